// Signing out from a screen for signed-in people: the workspace goes to the sign-in screen with "You have signed
// out." and no way back to that screen in its address, even while accounts has not yet answered the sign-out (a
// therapist who signs in again meanwhile lands on Today, not on the screen they left). The whole loop in a browser
// is ../../../../test/client-apps/therapist-whole-loop.suite.ts.
import type { ApolloClient } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { SessionManager, SessionStore } from '@caregraph/client-kit';
import { UNREAD_NOTIFICATION_COUNT } from '@caregraph/client-kit/notifications';
import { RequireSignIn } from '@caregraph/client-kit/require-sign-in';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';

const HOUR = 3_600_000;

/** A session manager whose sign-out waits on accounts until the test lets it answer. */
function signedIn() {
  const store = new SessionStore('sign-out-test', window.sessionStorage);
  store.set({
    accessToken: 'access',
    accessTokenExpiresAt: new Date(Date.now() + HOUR).toISOString(),
    refreshToken: 'refresh',
    refreshTokenExpiresAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    user: { id: 'therapist-1', displayName: 'Test Therapist', email: 'therapist@caregraph.example', role: 'THERAPIST' },
  });
  let answer: () => void = () => undefined;
  const revoked: string[] = [];
  const accounts = {
    mutate: ({ variables }: { variables: { refreshToken: string } }) =>
      new Promise((resolve) => {
        revoked.push(variables.refreshToken);
        answer = () => resolve({ data: { logout: true } });
      }),
  } as unknown as ApolloClient;
  const sessions = new SessionManager(accounts, store, { describe: () => ({ message: 'failed', code: 'TEST' }), enrolment: { offer: false, refusal: 'no' } });
  return { store, sessions, revoked, answer: () => answer() };
}

describe('signing out', () => {
  it('goes to the sign-in screen with the notice and no screen to come back to, before accounts has answered', async () => {
    const { store, sessions, revoked, answer } = signedIn();
    const router = createMemoryRouter(
      [
        {
          element: <Layout />,
          children: [
            { path: '/sign-in', element: <h1>Sign in</h1> },
            { element: <RequireSignIn />, children: [{ path: '/listing', element: <h1>Your listing</h1> }] },
          ],
        },
      ],
      { initialEntries: ['/listing'] },
    );
    render(
      <MockedProvider mocks={[{ request: { query: UNREAD_NOTIFICATION_COUNT }, result: { data: { myUnreadNotificationCount: 0 } } }]}>
        <SessionProvider store={store} sessions={sessions}>
          <RouterProvider router={router} />
        </SessionProvider>
      </MockedProvider>,
    );
    await screen.findByRole('heading', { name: 'Your listing' });

    // React schedules as in a browser, not batched inside act(): ending the session renders at once, the
    // navigation as a transition after it.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      screen.getByRole('button', { name: /^Sign out/ }).click();
      for (let waited = 0; !screen.queryByText('You have signed out.') && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '' });
    expect(store.get()).toBeUndefined();
    expect(revoked).toEqual(['refresh']);
    expect(sessions.signingOut).toBe(true);

    await act(async () => answer());
    expect(sessions.signingOut).toBe(false);
    expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '' });
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
  });
});
