import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../app/format';
import { usePageTitle } from '../app/usePageTitle';
import { AuthAside } from './SignInPage';
import { SignUpForm } from './SignUpForm';
import { useMe } from './useMe';

export function SignUpPage() {
  usePageTitle('Create an account');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { me } = useMe();
  if (me) return <Navigate to={next} replace />;
  const signInLink = params.get('next') ? `/signin?next=${encodeURIComponent(next)}` : '/signin';
  return (
    <div className="auth-layout">
      <section className="card auth-card" aria-labelledby="signup-heading">
        <h1 id="signup-heading">Create your account</h1>
        <p className="lede">
          You will need an invitation link from a facilitator to join a board, or you can start your own.
        </p>
        <SignUpForm onSignedUp={() => navigate(next, { replace: true })} />
        <p className="auth-switch">
          Already have an account? <Link to={signInLink}>Sign in</Link>
        </p>
      </section>
      <AuthAside />
    </div>
  );
}
