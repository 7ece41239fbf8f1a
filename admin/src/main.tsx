import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAuthProvider } from './auth/auth-provider';
import { SessionManager } from './auth/session-manager';
import { SessionStore } from './auth/session-store';
import { gatewayUrl } from './config';
import { createDataProvider } from './data/data-provider';
import { createGraphClient } from './graphql/client';
import { labelRowCheckboxes } from './layout/row-checkbox-labels';

const store = new SessionStore(window.sessionStorage);
let sessions: SessionManager | undefined;
const client = createGraphClient({ gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL), accessToken: () => sessions!.accessToken() });
sessions = new SessionManager(client, store);

labelRowCheckboxes();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataProvider={createDataProvider(client)} authProvider={createAuthProvider(sessions)} />
  </StrictMode>,
);
