import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="card narrow" aria-labelledby="nf-heading">
      <h1 id="nf-heading">We could not find that page</h1>
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/boards">Go to your boards</Link>
      </p>
    </section>
  );
}
