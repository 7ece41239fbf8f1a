/** A signed-in person's session, as accounts issues it. */
export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; displayName: string; email: string | null; role: string };
}

/** Where the session is kept between page loads (the browser's sessionStorage, or a stand-in in tests). */
export interface SessionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Holds the current session under the app's own `key` (ADR 016), so two apps on one origin never
 * share one. In the browser it lives in `sessionStorage`: it survives a reload but not closing the
 * tab, and no other tab or later user of a shared computer inherits it.
 */
export class SessionStore {
  private session: StoredSession | undefined;
  private readonly listeners = new Set<(session: StoredSession | undefined) => void>();

  constructor(
    private readonly key: string,
    private readonly storage: SessionStorage | undefined = globalThis.sessionStorage,
  ) {
    const saved = storage?.getItem(key);
    if (saved) {
      try {
        this.session = JSON.parse(saved) as StoredSession;
      } catch {
        storage?.removeItem(key);
      }
    }
  }

  get(): StoredSession | undefined {
    return this.session;
  }

  set(session: StoredSession | undefined): void {
    this.session = session;
    if (session) this.storage?.setItem(this.key, JSON.stringify(session));
    else this.storage?.removeItem(this.key);
    for (const listener of this.listeners) listener(session);
  }

  /** Calls `listener` whenever the session changes; returns the unsubscribe function. */
  subscribe(listener: (session: StoredSession | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
