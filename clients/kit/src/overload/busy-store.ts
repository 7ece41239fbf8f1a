// Whether the app is waiting to try again because the platform was busy, for one calm notice however
// many requests are waiting (never one per request). Shaped for React's useSyncExternalStore.

/** What the app is waiting for; undefined while nothing is. */
export interface BusySnapshot {
  /** Operations refused as OVERLOADED and not yet settled (waiting, or being tried again). */
  waiting: number;
  /** When the soonest of them will be tried again (epoch milliseconds); in the past while it is being tried. */
  retryAt: number;
}

/** The waits of one app's operations; the Apollo link writes, the notice reads. */
export class BusyStore {
  private readonly waits = new Map<symbol, number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: BusySnapshot | undefined;

  /** Records that `operation` will be tried again at `retryAt`; the same key again moves its time. */
  waitUntil(operation: symbol, retryAt: number): void {
    this.waits.set(operation, retryAt);
    this.changed();
  }

  /** `operation` is over (answered, given up or cancelled): it no longer keeps the app busy. */
  settled(operation: symbol): void {
    if (this.waits.delete(operation)) this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BusySnapshot | undefined => this.snapshot;

  private changed(): void {
    this.snapshot = this.waits.size ? { waiting: this.waits.size, retryAt: Math.min(...this.waits.values()) } : undefined;
    for (const listener of [...this.listeners]) listener();
  }
}
