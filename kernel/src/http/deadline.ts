// A request's deadline, from its arrival to the latest moment its answer is still of use, carried with
// the request's asynchronous work (AsyncLocalStorage) so that what it starts deep down (a subgraph fetch,
// an SQL statement) can ask how long it may take and stop when the caller has gone (docs/adr/026).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Milliseconds the caller will still wait for the answer: sent by the gateway to each subgraph, and by a subgraph asking the graph. */
export const DEADLINE_HEADER = 'x-caregraph-deadline-ms';

/** Why a request's work stopped: its time ran out, or its caller hung up before the answer. */
export type DeadlineReason = 'deadline' | 'caller gone';

/** The reason an expired request's signal aborts with. */
export class RequestStoppedError extends Error {
  constructor(readonly reason: DeadlineReason) {
    super(reason === 'deadline' ? 'The request ran out of time.' : 'The caller went away before the answer.');
    this.name = 'RequestStoppedError';
  }
}

export interface RequestDeadline {
  /** Date.now() by which the answer is due. */
  readonly at: number;
  /** Aborts (with a RequestStoppedError) when the deadline passes or the caller hangs up before the answer. */
  readonly signal: AbortSignal;
  /** Milliseconds left, 0 once past. */
  remainingMs(): number;
}

const scope = new AsyncLocalStorage<RequestDeadline>();

/** The deadline of the request whose work is running, if any (none in start-up, sweeps, scripts). */
export function currentDeadline(): RequestDeadline | undefined {
  return scope.getStore();
}

/**
 * The time a request may take: the caller's remaining time from the deadline header when it is a whole
 * number of milliseconds (at most nine digits) below `ceilingMs`, else `ceilingMs`. A caller can shorten its own request,
 * never lengthen it past what this service allows.
 */
export function budgetOf(req: IncomingMessage, ceilingMs: number): number {
  const raw = req.headers[DEADLINE_HEADER];
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw.trim())) return ceilingMs;
  return Math.min(Number(raw), ceilingMs);
}

/**
 * Runs `work` (the request's handling) under a deadline `budgetMs` from now, given to it. The deadline's
 * signal aborts when the time is up or when the response closes before it finished (the caller hung up).
 * `inAsyncContext` (the default) also carries it with the work's asynchronous calls (currentDeadline()),
 * for code that cannot be handed it, such as the ORM's statements in a subgraph. That costs every promise
 * of the request a hook on Node 20 (about 3 % of the gateway's CPU, which hands the deadline on itself).
 */
export async function withDeadline<T>(res: ServerResponse, budgetMs: number, work: (deadline: RequestDeadline) => Promise<T>, { inAsyncContext = true } = {}): Promise<T> {
  const controller = new AbortController();
  const at = Date.now() + budgetMs;
  const timer = setTimeout(() => controller.abort(new RequestStoppedError('deadline')), budgetMs);
  timer.unref();
  const onClose = () => {
    if (!res.writableFinished) controller.abort(new RequestStoppedError('caller gone'));
  };
  res.once('close', onClose);
  const deadline: RequestDeadline = { at, signal: controller.signal, remainingMs: () => Math.max(0, at - Date.now()) };
  try {
    return await (inAsyncContext ? scope.run(deadline, work, deadline) : work(deadline));
  } finally {
    clearTimeout(timer);
    res.off('close', onClose);
  }
}

/**
 * Runs one outgoing call of the running request (a subgraph fetch, a call back into the graph: `call`, given
 * its signal): aborted after `timeoutMs`, or the time the request has left when that is shorter, or when the
 * request's caller hangs up; outside a request, a plain timeout. A request out of time makes no call
 * (RequestStoppedError). The timer and the listener on the request's signal go as soon as the call ends,
 * so the call reads its answer inside `call`. A timer of AbortSignal.timeout
 * stays until its signal is collected, and holds the request's asynchronous context (its deadline, and
 * through it the request and the response) until a major collection has run and its finalizer after it:
 * the gateway, which makes several calls per request, kept thousands of finished requests alive that way
 * (bench/results.md, "Memory soak"). The timeout aborts with the same TimeoutError as AbortSignal.timeout.
 * `deadline`: the request's, when the caller holds it; by default the one carried with the running work.
 */
export async function withCallSignal<T>(timeoutMs: number, call: (signal: AbortSignal) => Promise<T>, deadline: RequestDeadline | undefined = currentDeadline()): Promise<T> {
  if (deadline?.signal.aborted) throw deadline.signal.reason;
  const remaining = deadline ? deadline.remainingMs() : timeoutMs;
  if (remaining <= 0) throw new RequestStoppedError('deadline');
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    Math.min(timeoutMs, remaining),
  );
  timer.unref();
  const onRequestStopped = () => controller.abort(deadline?.signal.reason);
  deadline?.signal.addEventListener('abort', onRequestStopped, { once: true });
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
    deadline?.signal.removeEventListener('abort', onRequestStopped);
  }
}

/** The deadline header for an outgoing call of the request (by default the running one), if it has a deadline. */
export function deadlineHeader(deadline: RequestDeadline | undefined = currentDeadline()): Record<string, string> {
  return deadline ? { [DEADLINE_HEADER]: String(deadline.remainingMs()) } : {};
}
