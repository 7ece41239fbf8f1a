import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context';

/**
 * Screens for signed-in people: anyone else is sent to the app's `/sign-in`, and comes back here afterwards. While
 * the person is signing out, nothing: the app is taking them elsewhere, and this screen must not send them to sign in
 * again (with itself to come back to) after it.
 */
export function RequireSignIn() {
  const { session, sessions } = useSession();
  const location = useLocation();
  if (!session && sessions.signingOut) return null;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/** Only paths inside this app are followed after signing in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
