import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { SignOutMutation } from '../auth/operations';
import { useMe } from '../auth/useMe';
import { clearLocalDrafts } from '../editor/localCopies';
import { NotificationsBell } from '../notifications/NotificationsBell';

/** Header, skip link and the main landmark around every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { me } = useMe();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After moving to another page, start screen readers and keyboards at the new page's heading.
  // Focusing <main> itself scrolled it to the top of the window, hiding the header; instead the
  // window goes to the top and the heading takes focus without scrolling. A page still loading
  // gets its heading a moment later, so wait for it briefly.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const container = main.current;
    if (!container) return;
    window.scrollTo(0, 0);
    const focusHeading = () => {
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    container.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      // Only while nobody has moved focus on their own.
      if (document.activeElement !== container) return observer.disconnect();
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [location.pathname]);

  async function handleSignOut() {
    try {
      await signOut();
      await clearLocalDrafts();
    } finally {
      // A full load empties Apollo's cache, so the next person at this computer sees nothing of ours.
      window.location.assign('/signin');
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={me ? '/boards' : '/'} className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Roundtable
          </Link>
          {me && (
            <nav aria-label="Main" className="site-nav">
              <NavLink to="/boards">My boards</NavLink>
            </nav>
          )}
          <div className="site-account">
            {me ? (
              <>
                <NotificationsBell />
                <Link to="/account" className="site-account-name">
                  <span className="visually-hidden">Signed in as </span>
                  {me.name}
                  <span className="visually-hidden">: your account and email settings</span>
                </Link>
                <button type="button" className="button-quiet" onClick={handleSignOut} disabled={signingOut}>
                  Sign out
                </button>
              </>
            ) : (
              location.pathname !== '/signin' && (
                <Link
                  to={
                    location.pathname.startsWith('/invite/')
                      ? `/signin?next=${encodeURIComponent(location.pathname)}`
                      : '/signin'
                  }
                  className="button-quiet"
                >
                  Sign in
                </Link>
              )
            )}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>Roundtable helps community advisory boards write use-of-force policy in the open.</p>
      </footer>
    </>
  );
}
