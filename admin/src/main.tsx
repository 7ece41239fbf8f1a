import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BusyStore, SessionManager, SessionStore } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { App } from './App';
import { createAuthProvider } from './auth/auth-provider';
import { ADMIN_SESSION_KEY, ADMIN_SESSIONS } from './auth/admin-session';
import { gatewayUrl } from './config';
import { createDataProvider } from './data/data-provider';
import { createGraphClient } from './graphql/client';
import { labelRowCheckboxes } from './layout/row-checkbox-labels';

const store = new SessionStore(ADMIN_SESSION_KEY, window.sessionStorage);
let sessions: SessionManager | undefined;
// Waits after the gateway said it was overloaded, for the busy notice in the layout.
const busy = new BusyStore();
const client = createGraphClient({ gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL), accessToken: () => sessions!.accessToken(), busy });
sessions = new SessionManager(client, store, ADMIN_SESSIONS);

labelRowCheckboxes();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The bell asks the graph itself (the kit's notifications hooks); the screens go through the data provider. */}
    <ApolloProvider client={client}>
      <BusyProvider store={busy}>
        <App dataProvider={createDataProvider(client)} authProvider={createAuthProvider(sessions)} />
      </BusyProvider>
    </ApolloProvider>
  </StrictMode>,
);
