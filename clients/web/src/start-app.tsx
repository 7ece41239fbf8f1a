import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoot, wireApp } from './app-root';
import { gatewayUrl } from './config';
import { SERVER_STATE_ID } from './server/page-document';

/**
 * Starts the app: takes over a page the server rendered (hydrates it, from the graph's answers it was
 * drawn from), or draws the page from nothing.
 */
export function startApp(): void {
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
  // As a transition, taking over the page is done in short slices the browser can interrupt, not one long task.
  if (serverState) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}
