import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoot, wireApp } from './app-root';
import { gatewayUrl } from './config';
import { SERVER_STATE_ID } from './server/page-document';
// The look the apps share; the client app has no styles of its own beyond it.
import '@caregraph/client-kit/styles.css';

// A public page (the directory, a profile, the pages about the service) arrives rendered by the server,
// with the graph's answers it drew from: the app takes over that HTML (hydrates) instead of drawing again.
const serverState = document.getElementById(SERVER_STATE_ID)?.textContent;
const wiring = wireApp(
  {
    gatewayUrl: gatewayUrl(import.meta.env.VITE_GATEWAY_URL),
    // While taking over, queries answer from the server's answers, so the first render matches its HTML.
    ssrForceFetchDelay: serverState ? 1_000 : undefined,
  },
  window.sessionStorage,
);
if (serverState) wiring.client.cache.restore(JSON.parse(serverState));

const container = document.getElementById('root')!;
const app = <AppRoot wiring={wiring} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />;
if (serverState) hydrateRoot(container, app);
else createRoot(container).render(app);
