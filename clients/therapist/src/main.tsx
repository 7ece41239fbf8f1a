import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { BusyStore, SessionManager, SessionStore } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { routes } from './App';
import { THERAPIST_SESSION_KEY, THERAPIST_SESSIONS } from './auth/therapist-session';
import { gatewayUrl } from './config';
import { createTherapistClient } from './graphql/client';
import '@caregraph/client-kit/styles.css';
import './styles.css';

const store = new SessionStore(THERAPIST_SESSION_KEY, window.sessionStorage);
let sessions: SessionManager | undefined;
// Waits after the gateway said it was overloaded, for the busy notice in the layout.
const busy = new BusyStore();
const client = createTherapistClient({
  busy,
  gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL),
  accessToken: () => sessions!.accessToken(),
  // The token was refused (the session ended elsewhere): forget it, so the screen asks to sign in again.
  onSessionRefused: () => sessions!.forget(),
});
sessions = new SessionManager(client, store, THERAPIST_SESSIONS);
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BusyProvider store={busy}>
        <SessionProvider store={store} sessions={sessions}>
          <RouterProvider router={router} />
        </SessionProvider>
      </BusyProvider>
    </ApolloProvider>
  </StrictMode>,
);
