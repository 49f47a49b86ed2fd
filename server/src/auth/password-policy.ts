import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { LIMITS } from '@roundtable/shared';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import type { ReasonContext } from '../core/errors/validation';

/** Why a new password was refused: `extensions.reasons` of the BAD_USER_INPUT error. Stable; clients may rely on them. */
export enum PasswordProblem {
  TOO_SHORT = 'PASSWORD_TOO_SHORT',
  TOO_LONG = 'PASSWORD_TOO_LONG',
  /** On, or one small change away from, a list of commonly used (and leaked) passwords. */
  TOO_COMMON = 'PASSWORD_TOO_COMMON',
  /** A pattern (repeats, sequences, keyboard rows, dates, the person's own name or email) guessers try early. */
  TOO_GUESSABLE = 'PASSWORD_TOO_GUESSABLE',
}

/** zxcvbn's score 3: "safely unguessable", its authors' advice for new passwords. */
const MIN_SCORE = 3;
/**
 * zxcvbn's matching grows fast with length (a random 256-character password took over a second
 * of CPU here); a prefix this long already decides whether a password is guessable.
 */
const CHECKED_LENGTH = 32;

const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon', 'pwned']);
const WHY: Record<string, string> = {
  simpleRepeat: 'Repeated characters are easy to guess.',
  extendedRepeat: 'Repeated patterns are easy to guess.',
  sequences: 'Sequences such as "abc" or "1234" are easy to guess.',
  straightRow: 'Rows of keys on the keyboard are easy to guess.',
  keyPattern: 'Keyboard patterns are easy to guess.',
  recentYears: 'Recent years are easy to guess.',
  dates: 'Dates are easy to guess.',
  wordByItself: 'A single word is easy to guess.',
  namesByThemselves: 'Names are easy to guess.',
  commonNames: 'Common names are easy to guess.',
  userInputs: 'It contains your name or email address.',
};
const ADVICE = 'Try a few unrelated words, or a password manager.';

/** Loaded on the first sign-up, not at start: the dictionaries cost about a second to load and rank. */
let estimator: Promise<ZxcvbnFactory> | undefined;
async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [core, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  // No translations: warnings come back as stable keys ("similarToCommon"), worded above.
  return new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    l33tMaxSubstitutions: 10,
  });
}
async function strength(password: string, userInputs: string[]): Promise<ZxcvbnResult> {
  estimator ??= loadEstimator();
  return (await estimator).check(password.slice(0, CHECKED_LENGTH), userInputs);
}

export interface PasswordVerdict {
  problem: PasswordProblem;
  message: string;
}

/** What is wrong with a new password, or null when it may be used. `userInputs`: the person's name and email. */
export async function checkNewPassword(
  password: string,
  userInputs: string[] = [],
): Promise<PasswordVerdict | null> {
  if (password.length < LIMITS.passwordMin)
    return {
      problem: PasswordProblem.TOO_SHORT,
      message: `Your password must be at least ${LIMITS.passwordMin} characters.`,
    };
  if (password.length > LIMITS.passwordMax)
    return {
      problem: PasswordProblem.TOO_LONG,
      message: `Your password can be at most ${LIMITS.passwordMax} characters.`,
    };
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[\s@.]+/)])
    .filter((i) => i.length > 2);
  const result = await strength(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ?? '';
  if (COMMON_WARNINGS.has(warning))
    return {
      problem: PasswordProblem.TOO_COMMON,
      message: `That password is on lists of commonly used passwords, or close to one. ${ADVICE}`,
    };
  return {
    problem: PasswordProblem.TOO_GUESSABLE,
    message: `That password would be easy to guess. ${WHY[warning] ? `${WHY[warning]} ` : ''}${ADVICE}`,
  };
}

/**
 * The new-password rule as a class-validator decorator: one failure with the message and the
 * reason of what is wrong. Other string fields of the input (name, email) count as personal
 * words the password should not be built from.
 */
export function IsAcceptableNewPassword(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) => {
    for (const problem of Object.values(PasswordProblem)) {
      const context: ReasonContext = { reason: problem };
      registerDecorator({
        name: `password:${problem}`,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { ...options, context },
        validator: {
          async validate(value: unknown, args: ValidationArguments) {
            if (typeof value !== 'string') return true; // IsString reports that
            return (await verdictFor(value, args))?.problem !== problem;
          },
          // Called after validate has settled, so the verdict is there to read.
          defaultMessage(args: ValidationArguments) {
            return verdicts.get(args.object)?.verdict?.message ?? 'Please choose another password.';
          },
        },
      });
    }
  };
}

/** One estimate per input object and password, shared by the four rules above. */
interface CachedVerdict {
  password: string;
  pending: Promise<PasswordVerdict | null>;
  verdict?: PasswordVerdict | null;
}
const verdicts = new WeakMap<object, CachedVerdict>();
function verdictFor(password: string, args: ValidationArguments): Promise<PasswordVerdict | null> {
  const cached = verdicts.get(args.object);
  if (cached && cached.password === password) return cached.pending;
  const personal = Object.entries(args.object)
    .filter(([key, v]) => key !== args.property && typeof v === 'string')
    .map(([, v]) => v as string);
  const entry: CachedVerdict = { password, pending: checkNewPassword(password, personal) };
  entry.pending = entry.pending.then((verdict) => (entry.verdict = verdict));
  verdicts.set(args.object, entry);
  return entry.pending;
}
