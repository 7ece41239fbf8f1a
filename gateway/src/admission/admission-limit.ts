import { Priority } from './priority';

/** How the gateway bounds the work in flight. */
export interface AdmissionSettings {
  /** Requests in flight at first; the limit then follows what the machine sustains. */
  initialLimit: number;
  minLimit: number;
  maxLimit: number;
  /** The answer time the limit steers for: slower answers shrink it, faster ones let it grow. */
  targetLatencyMs: number;
  /** The longest a request waits for a place before it is refused. */
  maxQueueMs: number;
  /** The most requests waiting at once; beyond it the lowest priority is refused first. */
  maxQueueLength: number;
}

export const DEFAULT_ADMISSION: AdmissionSettings = {
  // Room for a burst at start (50 clients booking at once); slow answers then bring it to what the machine does.
  initialLimit: 64,
  minLimit: 8,
  maxLimit: 512,
  // 250 ms, not 500: measured with npm run bench:overload, 500 let the admitted p99 reach 1.3 s at 4× the
  // sustainable load on 2 cores; 250 kept it at 0.6 s with the same goodput at 1× (bench/results.md).
  targetLatencyMs: 250,
  maxQueueMs: 300,
  maxQueueLength: 256,
};

/** A place taken: call `release` when the answer is sent, whatever it was. */
export interface Admitted {
  admitted: true;
  release(): void;
}
export interface Refused {
  admitted: false;
  /** Why, for the metrics: the queue was full (or this request was pushed out of it), or the wait ran out. */
  reason: 'queue_full' | 'queue_timeout';
}

interface Waiter {
  priority: Priority;
  settle(outcome: Admitted | Refused): void;
  timer: NodeJS.Timeout;
}

/**
 * An adaptive concurrency limit (AIMD) with a short priority queue. While answers come back within
 * the target the limit grows by one per limit's worth of answers; an answer slower than the target
 * cuts it by a tenth (at most once per target interval, so one slow burst is one cut). A request over
 * the limit waits at most `maxQueueMs`, highest priority first; when the queue is full the lowest
 * priority waiting (or the newcomer, if it is the lowest) is refused at once. Nothing waits long.
 */
export class AdmissionLimit {
  private limitValue: number;
  private inFlightCount = 0;
  private successesSinceGrowth = 0;
  private lastCutAt = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    private readonly settings: AdmissionSettings = DEFAULT_ADMISSION,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.limitValue = settings.initialLimit;
  }

  get limit(): number {
    return Math.floor(this.limitValue);
  }
  get inFlight(): number {
    return this.inFlightCount;
  }
  get waiting(): number {
    return this.queue.length;
  }

  /** A place now, a place after a short wait, or a refusal; never a long wait. */
  acquire(priority: Priority): Promise<Admitted | Refused> {
    if (this.inFlightCount < this.limit && this.queue.length === 0) return Promise.resolve(this.take());
    if (this.queue.length >= this.settings.maxQueueLength) {
      // The queue is kept in priority order: its last waiter is the lowest.
      const lowest = this.queue[this.queue.length - 1];
      if (lowest === undefined || lowest.priority >= priority) return Promise.resolve({ admitted: false, reason: 'queue_full' });
      this.queue.pop();
      clearTimeout(lowest.timer);
      lowest.settle({ admitted: false, reason: 'queue_full' });
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        priority,
        settle: resolve,
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          resolve({ admitted: false, reason: 'queue_timeout' });
        }, this.settings.maxQueueMs),
      };
      // Highest priority first; first come, first served within one.
      const at = this.queue.findIndex((other) => other.priority < priority);
      if (at < 0) this.queue.push(waiter);
      else this.queue.splice(at, 0, waiter);
    });
  }

  private take(): Admitted {
    this.inFlightCount += 1;
    const started = this.now();
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.inFlightCount -= 1;
        this.observe(this.now() - started);
        this.admitWaiting();
      },
    };
  }

  private admitWaiting(): void {
    while (this.queue.length && this.inFlightCount < this.limit) {
      const next = this.queue.shift()!;
      clearTimeout(next.timer);
      next.settle(this.take());
    }
  }

  /** AIMD on one answer's time. */
  private observe(latencyMs: number): void {
    const { minLimit, maxLimit, targetLatencyMs } = this.settings;
    if (latencyMs > targetLatencyMs) {
      const now = this.now();
      if (now - this.lastCutAt >= targetLatencyMs) {
        this.limitValue = Math.max(minLimit, this.limitValue * 0.9);
        this.lastCutAt = now;
        this.successesSinceGrowth = 0;
      }
      return;
    }
    // Grow only when the limit is what holds requests back: an idle gateway's limit stays where it is.
    if (this.inFlightCount + 1 < this.limit / 2) return;
    this.successesSinceGrowth += 1;
    if (this.successesSinceGrowth >= this.limit) {
      this.successesSinceGrowth = 0;
      this.limitValue = Math.min(maxLimit, this.limitValue + 1);
      this.admitWaiting();
    }
  }
}
