import { BusyNotice } from '@caregraph/client-kit/busy';
import { NotificationBell } from '@caregraph/client-kit/notifications/bell';
import { useSignOut } from '@caregraph/client-kit/require-sign-in';
import { useSession } from '@caregraph/client-kit/session-context';
import { Loading, Notice } from '@caregraph/client-kit/status';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { describeError } from '../graphql/errors';
import { navigationFor } from '../navigation';

/** The bell's words when notifications could not be loaded or marked read: this app's sentences. */
const notificationsFailure = (error: unknown) => describeError(error, 'load').message;

/** The frame of every screen: a skip link, the header with navigation, the main content, a footer. */
export function Layout() {
  const { session } = useSession();
  // A message for the screen being opened ("You have signed out."), carried in the navigation state.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const signOut = useSignOut('/sign-in');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            Caregraph <span className="brand__sub">for therapists</span>
          </Link>
          <nav aria-label="Main">
            <ul>
              {navigationFor(Boolean(session)).map((entry) => (
                <li key={entry.to}>
                  <NavLink to={entry.to} end={entry.to === '/'}>
                    {entry.label}
                  </NavLink>
                </li>
              ))}
              {session && (
                <li>
                  <NotificationBell describeError={notificationsFailure} />
                </li>
              )}
              {session ? (
                <li>
                  <button type="button" className="link-button" onClick={() => void signOut()}>
                    Sign out<span className="visually-hidden"> ({session.user.displayName})</span>
                  </button>
                </li>
              ) : (
                <li>
                  <NavLink to="/sign-in">Sign in</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {/* Says so, calmly, while a request waits to be tried again because Caregraph is overloaded. */}
        <BusyNotice className="busy-notice" />
        {notice && (
          <Notice>
            <p>{notice}</p>
          </Notice>
        )}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            If a client is at immediate risk, call 999. For urgent mental-health advice, NHS 111 (mental-health option) is there day and night, and Samaritans on 116
            123.
          </p>
        </div>
      </footer>
    </>
  );
}
