import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { unstorableCharacter } from '@roundtable/shared';
import { badInput } from '../errors/app-error';

/** GraphQL resolver arguments (`GqlParamtype.ARGS` in @nestjs/graphql) and HTTP route inputs. */
const INPUT_TYPES = new Set<unknown>([3, 'body', 'query', 'param']);
/** Deeper than any input type we declare; a guard against walking forever, not a limit on people. */
const MAX_DEPTH = 32;

function findUnstorable(value: unknown, path: string, depth: number): { path: string; char: string } | null {
  if (typeof value === 'string') {
    const char = unstorableCharacter(value);
    return char ? { path, char } : null;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value instanceof Date || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorable(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, for every resolver argument and HTTP input at once, text PostgreSQL cannot store
 * (NUL makes the insert fail, which surfaced as a masked internal error) or that is not text
 * (a lone surrogate, silently stored as U+FFFD). Variables and literals alike arrive here as
 * coerced argument values, so one walk covers both. The error names the field.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!INPUT_TYPES.has(metadata.type)) return value;
    const found = findUnstorable(value, metadata.data ?? '', 0);
    if (found) {
      const field = found.path || 'The input';
      throw badInput(
        `${field} contains a character that cannot be saved (${found.char}). Remove it and try again.`,
        { field: found.path || null },
      );
    }
    return value;
  }
}
