import { useApolloClient } from '@apollo/client/react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
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

/**
 * The app frame's sign-out: to `to` (a screen anyone may see) with "You have signed out.", then the session
 * forgotten and the Apollo cache cleared. Navigating first matters: RequireSignIn shows nothing while the person
 * signs out, so the screen left behind never sends them to sign in again with itself to come back to.
 */
export function useSignOut(to: string): () => Promise<void> {
  const { sessions } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  return async () => {
    await navigate(to, { state: { notice: 'You have signed out.' } });
    // Forgotten here at once; accounts is told meanwhile (clearing the cache never cancels that mutation).
    const ended = sessions.signOut();
    // Nothing of the person's stays in memory for whoever uses the device next.
    await client.clearStore();
    await ended;
  };
}
