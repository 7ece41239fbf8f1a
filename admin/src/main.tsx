import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionManager, SessionStore } from '@caregraph/client-kit';
import { App } from './App';
import { createAuthProvider } from './auth/auth-provider';
import { ADMIN_SESSION_KEY, ADMIN_SESSIONS } from './auth/admin-session';
import { gatewayUrl } from './config';
import { createDataProvider } from './data/data-provider';
import { createGraphClient } from './graphql/client';
import { labelRowCheckboxes } from './layout/row-checkbox-labels';

const store = new SessionStore(ADMIN_SESSION_KEY, window.sessionStorage);
let sessions: SessionManager | undefined;
const client = createGraphClient({ gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL), accessToken: () => sessions!.accessToken() });
sessions = new SessionManager(client, store, ADMIN_SESSIONS);

labelRowCheckboxes();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataProvider={createDataProvider(client)} authProvider={createAuthProvider(sessions)} />
  </StrictMode>,
);
