import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context';

/** Screens for signed-in people: anyone else is sent to the app's `/sign-in`, and comes back here afterwards. */
export function RequireSignIn() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/** Only paths inside this app are followed after signing in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
