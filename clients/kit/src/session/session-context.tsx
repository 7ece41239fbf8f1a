import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionManager } from './session-manager';
import type { SessionStore, StoredSession } from './session-store';

// The session for React: the app's SessionManager and SessionStore put in context once (main.tsx), and
// every screen reads the signed-in person's session from it, drawn again when it changes.

interface SessionContextValue {
  store: SessionStore;
  sessions: SessionManager;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ store, sessions, children }: SessionContextValue & { children: ReactNode }) {
  return <SessionContext.Provider value={{ store, sessions }}>{children}</SessionContext.Provider>;
}

/** The session manager, and the signed-in person's session (re-rendering when it changes). */
export function useSession(): { session: StoredSession | undefined; sessions: SessionManager } {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  const session = useSyncExternalStore(
    (onChange) => value.store.subscribe(onChange),
    () => value.store.get(),
    // A page rendered on the server is drawn for nobody in particular: hydration starts signed out and
    // then draws the person's own session, so the two renders match.
    () => undefined,
  );
  return { session, sessions: value.sessions };
}
