import { AdmissionLimit, DEFAULT_ADMISSION, type Admitted, type Refused } from './admission-limit';
import { Priority } from './priority';

const settings = (overrides: Partial<typeof DEFAULT_ADMISSION> = {}) => ({ ...DEFAULT_ADMISSION, initialLimit: 2, minLimit: 1, maxLimit: 10, maxQueueMs: 1000, maxQueueLength: 3, ...overrides });
const admitted = (outcome: Admitted | Refused) => {
  if (!outcome.admitted) throw new Error(`refused: ${outcome.reason}`);
  return outcome;
};

describe('AdmissionLimit', () => {
  it('admits up to the limit at once, queues the next and admits it when a place frees', async () => {
    const limit = new AdmissionLimit(settings());
    const a = admitted(await limit.acquire(Priority.ANONYMOUS_READ));
    admitted(await limit.acquire(Priority.ANONYMOUS_READ));
    let third: Admitted | Refused | undefined;
    void limit.acquire(Priority.ANONYMOUS_READ).then((outcome) => (third = outcome));
    await Promise.resolve();
    expect(third).toBeUndefined();
    expect(limit.waiting).toBe(1);
    a.release();
    await Promise.resolve();
    expect(third).toMatchObject({ admitted: true });
    expect(limit.inFlight).toBe(2);
  });

  it('serves writes first, then signed-in reads, then anonymous reads, first come first served within one', async () => {
    const limit = new AdmissionLimit(settings({ initialLimit: 1, maxQueueLength: 10 }));
    const holder = admitted(await limit.acquire(Priority.WRITE));
    const order: string[] = [];
    const wait = (priority: Priority, name: string) =>
      limit.acquire(priority).then((outcome) => {
        order.push(name);
        admitted(outcome).release();
      });
    const all = Promise.all([wait(Priority.ANONYMOUS_READ, 'anonymous 1'), wait(Priority.SIGNED_IN_READ, 'signed-in'), wait(Priority.ANONYMOUS_READ, 'anonymous 2'), wait(Priority.WRITE, 'write')]);
    holder.release();
    await all;
    expect(order).toEqual(['write', 'signed-in', 'anonymous 1', 'anonymous 2']);
  });

  it('refuses a request that waited its longest, and never holds one longer', async () => {
    const limit = new AdmissionLimit(settings({ initialLimit: 1, maxQueueMs: 50 }));
    admitted(await limit.acquire(Priority.WRITE));
    const started = Date.now();
    expect(await limit.acquire(Priority.WRITE)).toEqual({ admitted: false, reason: 'queue_timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(limit.waiting).toBe(0);
  });

  it('when the queue is full refuses the lowest priority at once: the newcomer if it is, else the last one waiting', async () => {
    const limit = new AdmissionLimit(settings({ initialLimit: 1, maxQueueLength: 2, maxQueueMs: 100 }));
    admitted(await limit.acquire(Priority.WRITE));
    const first = limit.acquire(Priority.ANONYMOUS_READ);
    const second = limit.acquire(Priority.SIGNED_IN_READ);
    const started = Date.now();
    expect(await limit.acquire(Priority.ANONYMOUS_READ)).toEqual({ admitted: false, reason: 'queue_full' });
    // At once: before the queue's 100 ms could run out (a loaded test machine can pause a process for tens of ms).
    expect(Date.now() - started).toBeLessThan(100);
    // A write pushes the anonymous read out and takes its place.
    const write = limit.acquire(Priority.WRITE);
    expect(await first).toEqual({ admitted: false, reason: 'queue_full' });
    expect(limit.waiting).toBe(2);
    // The place never frees here: both wait their longest, then are refused.
    expect(await write).toEqual({ admitted: false, reason: 'queue_timeout' });
    expect(await second).toEqual({ admitted: false, reason: 'queue_timeout' });
  });

  it('cuts the limit when answers come slower than the target, and grows it again when they are fast under load', async () => {
    let clock = 0;
    const limit = new AdmissionLimit(settings({ initialLimit: 10, minLimit: 2, maxLimit: 12, targetLatencyMs: 100 }), () => clock);
    // Ten slow answers, a target interval apart: each one cuts by a tenth.
    for (let i = 0; i < 5; i++) {
      const slot = admitted(await limit.acquire(Priority.ANONYMOUS_READ));
      clock += 200;
      slot.release();
    }
    expect(limit.limit).toBe(5); // 10 × 0.9^5 = 5.9
    // Slow answers in one burst count as one cut.
    const burst = await Promise.all([1, 2, 3].map(() => limit.acquire(Priority.ANONYMOUS_READ).then(admitted)));
    clock += 150;
    burst.forEach((slot) => slot.release());
    expect(limit.limit).toBe(5);
    // Fast answers with the limit full: one more place per limit's worth of answers.
    for (let round = 0; round < 4; round++) {
      const full = await Promise.all(Array.from({ length: limit.limit }, () => limit.acquire(Priority.ANONYMOUS_READ).then(admitted)));
      clock += 10;
      full.forEach((slot) => slot.release());
    }
    expect(limit.limit).toBeGreaterThanOrEqual(7);
    expect(limit.limit).toBeLessThanOrEqual(12);
  });

  it('never goes below its floor, and a release counts once', async () => {
    let clock = 0;
    const limit = new AdmissionLimit(settings({ initialLimit: 3, minLimit: 2, targetLatencyMs: 10 }), () => clock);
    for (let i = 0; i < 20; i++) {
      const slot = admitted(await limit.acquire(Priority.WRITE));
      clock += 100;
      slot.release();
      slot.release();
    }
    expect(limit.limit).toBe(2);
    expect(limit.inFlight).toBe(0);
  });
});
