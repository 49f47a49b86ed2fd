import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@roundtable/shared';
import { useState, type FormEvent } from 'react';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { SignInMutation } from './operations';
import { useSignedIn } from './useSignedIn';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  onSignedIn?: () => void;
}

export function SignInForm({ onSignedIn }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const signedIn = useSignedIn();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const next: typeof errors = {};
    if (!email.trim()) next.email = 'Enter your email address.';
    else if (!EMAIL.test(email.trim())) next.email = 'Enter an email address like name@example.org.';
    if (!password) next.password = 'Enter your password.';
    setErrors(next);
    if (next.email || next.password) return;
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data?.signIn) {
        await signedIn(data.signIn);
        onSignedIn?.();
      }
    } catch (error) {
      setServerError(describeError(error).message);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign in">
      <Field label="Email" error={errors.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            name="email"
            autoComplete="username"
            required
            maxLength={LIMITS.emailMax}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label="Password" error={errors.password}>
        {(props) => (
          <input
            {...props}
            type="password"
            name="password"
            autoComplete="current-password"
            required
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
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
