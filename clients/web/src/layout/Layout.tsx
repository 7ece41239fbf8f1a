import { BusyNotice } from '@caregraph/client-kit/busy';
import { NotificationBell } from '@caregraph/client-kit/notifications/bell';
import { useSignOut } from '@caregraph/client-kit/require-sign-in';
import { useSession } from '@caregraph/client-kit/session-context';
import { Loading, Notice } from '@caregraph/client-kit/status';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ABOUT } from '../about/about-pages';
import { describeError } from '../graphql/errors';

/** The bell's words when notifications could not be loaded or marked read: this app's sentences. */
const notificationsFailure = (error: unknown) => describeError(error, 'load').message;

/** The footer's links to the pages about the service, in the footer's short words. */
const FOOTER_LINKS = [
  [ABOUT.overview, 'How Caregraph works'],
  [ABOUT.occupationalTherapy, 'About occupational therapy'],
  [ABOUT.conditions, 'Conditions'],
  [ABOUT.firstSession, 'Your first session'],
  [ABOUT.referrals, 'Referrals'],
  [ABOUT.funding, 'Paying for sessions'],
] as const;

/**
 * Marks the document once the app has drawn the screen, or taken over one the server drew: from then on
 * its controls are the app's (browser tests wait for it before they type).
 */
function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}

/** The frame of every screen: a skip link, the site header with navigation, the main content, a footer with the pages about the service and where to get help in a crisis. */
export function Layout() {
  const { session } = useSession();
  // A message for the screen being opened ("You have signed out."), carried in the navigation state.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const signOut = useSignOut('/');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            Caregraph
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/" end>
                  Find a therapist
                </NavLink>
              </li>
              {session && (
                <>
                  <li>
                    <NavLink to="/bookings">My bookings</NavLink>
                  </li>
                  <li>
                    <NavLink to="/care-plan">My care plan</NavLink>
                  </li>
                  <li>
                    <NavLink to="/referrals">My referrals</NavLink>
                  </li>
                  <li>
                    <NavLink to="/my-data">My data</NavLink>
                  </li>
                </>
              )}
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
                <>
                  <li>
                    <NavLink to="/sign-in">Sign in</NavLink>
                  </li>
                  <li>
                    <NavLink to="/sign-up">Create an account</NavLink>
                  </li>
                </>
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
          <AppReady />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label="About Caregraph">
            <ul className="site-footer__links">
              {FOOTER_LINKS.map(([page, words]) => (
                <li key={page.path}>
                  <Link to={page.path}>{words}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <p>
            Caregraph connects you with HCPC-registered occupational therapists. If you are in crisis or feel unsafe, call 999, or NHS 111 and choose the
            mental-health option. Samaritans are there day and night on 116 123.
          </p>
        </div>
      </footer>
    </>
  );
}
