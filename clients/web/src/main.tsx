import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { BusyStore, SessionManager, SessionStore } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { App } from './App';
import { WEB_SESSION_KEY, WEB_SESSIONS } from './auth/web-session';
import { gatewayUrl } from './config';
import { createWebClient } from './graphql/client';
// The look the apps share; the client app has no styles of its own beyond it.
import '@caregraph/client-kit/styles.css';

const store = new SessionStore(WEB_SESSION_KEY, window.sessionStorage);
let sessions: SessionManager | undefined;
// Waits after the gateway said it was overloaded, for the busy notice in the layout.
const busy = new BusyStore();
const client = createWebClient({
  busy,
  gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL),
  accessToken: () => sessions!.accessToken(),
  // The token was refused (the session ended elsewhere): forget it, so the screen asks to sign in again.
  onSessionRefused: () => sessions!.forget(),
});
sessions = new SessionManager(client, store, WEB_SESSIONS);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BusyProvider store={busy}>
        <SessionProvider store={store} sessions={sessions}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </SessionProvider>
      </BusyProvider>
    </ApolloProvider>
  </StrictMode>,
);
