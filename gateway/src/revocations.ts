import type { Logger } from '@caregraph/kernel';

/** How the gateway follows the accounts revocation list. */
export interface RevocationWatchOptions {
  /** `GET <url>?since=<cursor>` on the accounts subgraph. */
  url: URL;
  /** Poll this often (REVOCATION_POLL_MS). */
  pollMs: number;
  /** Past this long without a successful poll, signed-in requests are refused (REVOCATION_MAX_STALENESS_MS). */
  maxStalenessMs: number;
  /** Longest wait for one poll. */
  timeoutMs: number;
  /** An internal token for the accounts subgraph: only the gateway may read the list. */
  authorize: () => Promise<string>;
  logger?: Logger;
}

/** What the list says about one access token. */
export type RevocationVerdict = 'valid' | 'revoked' | 'unknown';

/** The claims of a verified access token the list is checked against. */
export interface TokenSession {
  userId: string;
  /** The session (refresh-token family); absent on tokens signed before sessions were named. */
  sessionId?: string;
  /** `iat`, seconds since the epoch. */
  issuedAt: number;
}

interface Page {
  cursor: number;
  more: boolean;
  revocations: Array<{ kind: 'session'; sessionId: string; expiresAt: string } | { kind: 'user'; userId: string; notBefore: string; expiresAt: string }>;
}

/**
 * The revocation list, polled from accounts and held in memory (docs/adr/020). Each gateway replica
 * polls for itself, so a revocation bites on every replica within one poll interval. When polling
 * has failed for longer than `maxStalenessMs` the verdict is `unknown`: the gateway then refuses
 * signed-in requests rather than accept tokens that may have been revoked.
 */
export class RevocationWatch {
  /** Session id → when its entry may be forgotten (ms). */
  private readonly sessions = new Map<string, number>();
  /** User id → the instant (ms) before which their tokens are void, and when that may be forgotten. */
  private readonly users = new Map<string, { notBefore: number; until: number }>();
  private cursor = 0;
  private lastSuccess: number | undefined;
  private failing = false;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly options: RevocationWatchOptions) {}

  /** True while the list is recent enough to rely on. */
  get fresh(): boolean {
    return this.lastSuccess !== undefined && Date.now() - this.lastSuccess <= this.options.maxStalenessMs;
  }

  /** Milliseconds since the last successful poll, or null before the first. */
  get ageMs(): number | null {
    return this.lastSuccess === undefined ? null : Date.now() - this.lastSuccess;
  }

  /** Whether a token of this session and issue time may still be used. */
  verdict(token: TokenSession): RevocationVerdict {
    if (!this.fresh) return 'unknown';
    if (token.sessionId && this.sessions.has(token.sessionId)) return 'revoked';
    const user = this.users.get(token.userId);
    // `iat` has whole seconds: a token from the second of the revocation is left to the session rows,
    // which name every session that was live, so a sign-in just after a reset keeps working.
    if (user && token.issuedAt < Math.floor(user.notBefore / 1000)) return 'revoked';
    return 'valid';
  }

  /** Polls until caught up (one poll at a time); rejects when accounts cannot be reached. */
  poll(): Promise<void> {
    this.inFlight ??= this.catchUp().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** Polls every `pollMs` until stopped; the first poll runs at once and is returned. */
  start(): Promise<void> {
    const tick = () => {
      this.timer = setTimeout(() => void this.poll().catch(() => undefined).finally(() => this.timer && tick()), this.options.pollMs);
      this.timer.unref();
    };
    tick();
    return this.poll();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async catchUp(): Promise<void> {
    try {
      for (let pages = 0; pages < 100; pages += 1) {
        const page = await this.fetchPage();
        this.apply(page);
        if (!page.more) break;
      }
      this.forgetExpired();
      this.lastSuccess = Date.now();
      if (this.failing) this.options.logger?.info('revocation list reachable again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.options.logger?.warn({ reason: (error as Error).message }, 'revocation list poll failed');
      this.failing = true;
      throw error;
    }
  }

  private async fetchPage(): Promise<Page> {
    const url = new URL(this.options.url);
    url.searchParams.set('since', String(this.cursor));
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await this.options.authorize()}`, accept: 'application/json' },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) {
      await response.arrayBuffer();
      throw new Error(`accounts answered ${response.status}`);
    }
    const page = (await response.json()) as Page;
    if (!Array.isArray(page?.revocations) || !Number.isSafeInteger(page.cursor)) throw new Error('accounts sent a revocation page of the wrong shape');
    return page;
  }

  private apply(page: Page): void {
    for (const entry of page.revocations) {
      const until = Date.parse(entry.expiresAt);
      if (entry.kind === 'session') {
        this.sessions.set(entry.sessionId, until);
      } else if (entry.kind === 'user') {
        const notBefore = Date.parse(entry.notBefore);
        const known = this.users.get(entry.userId);
        if (!known || known.notBefore < notBefore) this.users.set(entry.userId, { notBefore, until: Math.max(until, known?.until ?? 0) });
      }
    }
    this.cursor = Math.max(this.cursor, page.cursor);
  }

  private forgetExpired(now = Date.now()): void {
    for (const [sessionId, until] of this.sessions) if (until <= now) this.sessions.delete(sessionId);
    for (const [userId, entry] of this.users) if (entry.until <= now) this.users.delete(userId);
  }
}
