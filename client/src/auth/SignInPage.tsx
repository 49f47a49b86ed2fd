import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../app/format';
import { usePageTitle } from '../app/usePageTitle';
import { SignInForm } from './SignInForm';
import { useMe } from './useMe';

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { me } = useMe();
  if (me) return <Navigate to={next} replace />;
  const signUpLink = params.get('next') ? `/signup?next=${encodeURIComponent(next)}` : '/signup';
  return (
    <div className="auth-layout">
      <section className="card auth-card" aria-labelledby="signin-heading">
        <h1 id="signin-heading">Welcome back</h1>
        <p className="lede">Sign in to pick up where your board left off.</p>
        <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
        <p className="auth-switch">
          New to Roundtable? <Link to={signUpLink}>Create an account</Link>
        </p>
      </section>
      <AuthAside />
    </div>
  );
}

export function AuthAside() {
  return (
    <aside className="auth-aside" aria-label="About Roundtable">
      <h2>Policy, written together</h2>
      <p>
        Roundtable is where community advisory boards draft use-of-force policy side by side: members write
        and debate, facilitators run meetings and votes, and officials follow along.
      </p>
    </aside>
  );
}
