import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BusyStore, SessionManager, SessionStore, type SessionStorage } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { StrictMode, type ReactNode } from 'react';
import { App } from './App';
import { WEB_SESSION_KEY, WEB_SESSIONS } from './auth/web-session';
import { createWebClient, type WebClientOptions } from './graphql/client';

/** The app's graph client, session and busy notice, wired as the browser and the server both need them. */
export interface AppWiring {
  client: ApolloClient;
  store: SessionStore;
  sessions: SessionManager;
  busy: BusyStore;
}

/** Wires the app: `storage` keeps the session (the browser's sessionStorage; none on the server). */
export function wireApp(options: Omit<WebClientOptions, 'accessToken' | 'onSessionRefused' | 'busy'>, storage: SessionStorage | undefined): AppWiring {
  const store = new SessionStore(WEB_SESSION_KEY, storage);
  let sessions: SessionManager | undefined;
  // Waits after the gateway said it was overloaded, for the busy notice in the layout.
  const busy = new BusyStore();
  const client = createWebClient({
    ...options,
    busy,
    accessToken: () => sessions!.accessToken(),
    // The token was refused (the session ended elsewhere): forget it, so the screen asks to sign in again.
    onSessionRefused: () => sessions!.forget(),
  });
  sessions = new SessionManager(client, store, WEB_SESSIONS);
  return { client, store, sessions, busy };
}

/** The whole app under its providers; `router` is the browser's router or the server's static one. */
export function AppRoot({ wiring, router }: { wiring: AppWiring; router: (app: ReactNode) => ReactNode }) {
  return (
    <StrictMode>
      <ApolloProvider client={wiring.client}>
        <BusyProvider store={wiring.busy}>
          <SessionProvider store={wiring.store} sessions={wiring.sessions}>
            {router(<App />)}
          </SessionProvider>
        </BusyProvider>
      </ApolloProvider>
    </StrictMode>
  );
}
