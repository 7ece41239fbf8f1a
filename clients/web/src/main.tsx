import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { SessionProvider } from './auth/session-context';
import { SessionManager } from './auth/session-manager';
import { SessionStore } from './auth/session-store';
import { gatewayUrl } from './config';
import { createWebClient } from './graphql/client';
import './styles.css';

const store = new SessionStore(window.sessionStorage);
let sessions: SessionManager | undefined;
const client = createWebClient({
  gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL),
  accessToken: () => sessions!.accessToken(),
  // The token was refused (the session ended elsewhere): forget it, so the screen asks to sign in again.
  onSessionRefused: () => sessions!.forget(),
});
sessions = new SessionManager(client, store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider store={store} sessions={sessions}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
