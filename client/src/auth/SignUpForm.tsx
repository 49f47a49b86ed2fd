import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@roundtable/shared';
import { useState, type FormEvent } from 'react';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { SignUpMutation } from './operations';
import { useSignedIn } from './useSignedIn';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  onSignedUp?: () => void;
}

export function SignUpForm({ onSignedUp }: Props) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string; password?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const signedIn = useSignedIn();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const next: typeof errors = {};
    if (!name.trim()) next.name = 'Enter the name other board members will see.';
    if (!email.trim()) next.email = 'Enter your email address.';
    else if (!EMAIL.test(email.trim())) next.email = 'Enter an email address like name@example.org.';
    if (password.length < LIMITS.passwordMin)
      next.password = `Use at least ${LIMITS.passwordMin} characters.`;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      const { data } = await signUp({
        variables: { input: { name: name.trim(), email: email.trim(), password } },
      });
      if (data?.signUp) {
        await signedIn(data.signUp);
        onSignedUp?.();
      }
    } catch (error) {
      setServerError(describeError(error).message);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create an account">
      <Field label="Name" hint="As other board members will see it." error={errors.name}>
        {(props) => (
          <input
            {...props}
            type="text"
            name="name"
            autoComplete="name"
            required
            maxLength={LIMITS.nameMax}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field label="Email" error={errors.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            name="email"
            autoComplete="email"
            required
            maxLength={LIMITS.emailMax}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Password"
        hint={`At least ${LIMITS.passwordMin} characters. A few unrelated words make a strong, memorable one.`}
        error={errors.password}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={LIMITS.passwordMin}
            maxLength={LIMITS.passwordMax}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {serverError && (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Creating your account…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
