/** One readiness check's verdict, and what to show about it on `/ready` (no addresses, no secrets). */
export interface ReadinessReport {
  ready: boolean;
  details?: Record<string, unknown>;
}

/** What `/ready` answers: the last check's verdict, `starting` before the first, `stopping` once shutdown began. */
export interface ReadinessState {
  status: 'ok' | 'unavailable' | 'starting' | 'stopping';
  /** When the verdict was reached (ISO); absent before the first check. */
  checkedAt?: string;
  [detail: string]: unknown;
}

/** Keeps the result of a background readiness check, so `/ready` answers from memory. */
export interface ReadinessMonitor {
  /** Settles once the first check has finished (whatever it found). */
  firstCheck: Promise<void>;
  /** The last verdict; never runs a check. */
  current(): ReadinessState;
  /** True once a check has passed and shutdown has not begun. */
  isReady(): boolean;
  /** From now on `/ready` says `stopping` (503), whatever the checks find; checks stop. */
  markStopping(): void;
  /** Stops the checks (at shutdown). */
  stop(): void;
}

/** While not ready, the next check comes after at most this long. */
const NOT_READY_RETRY_MS = 500;

/**
 * Runs `check` now and then every `intervalMs` (every 500 ms at most while not ready) in the background (never two at once; a check
 * that throws counts as not ready), and keeps its last verdict. A probe on `/ready` then costs
 * nothing: no database query or subgraph call per probe, whoever sends them and however often.
 */
export function startReadinessMonitor(check: () => Promise<ReadinessReport>, intervalMs: number): ReadinessMonitor {
  let state: ReadinessState = { status: 'starting' };
  let stopped = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    let report: ReadinessReport;
    try {
      report = await check();
    } catch {
      report = { ready: false };
    }
    if (stopping) return;
    state = { status: report.ready ? 'ok' : 'unavailable', checkedAt: new Date().toISOString(), ...report.details };
    if (!stopped) {
      // Not ready yet (starting, or a dependency down): look again sooner, so recovery shows promptly.
      timer = setTimeout(() => void run(), report.ready ? intervalMs : Math.min(intervalMs, NOT_READY_RETRY_MS));
      timer.unref();
    }
  };
  const firstCheck = run();
  return {
    firstCheck,
    current: () => (stopping ? { status: 'stopping' } : state),
    isReady: () => !stopping && state.status === 'ok',
    markStopping() {
      stopping = true;
      this.stop();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
