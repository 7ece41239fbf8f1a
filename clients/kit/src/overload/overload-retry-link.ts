// Trying again, after a while, an operation the gateway refused as OVERLOADED. That code promises the
// platform did nothing with the request, so queries and mutations alike are safe to send again; any
// other refusal or failure (RATE_LIMITED, a 502, a network error) goes to the app untouched.
// Apollo's RetryLink is not used: it cannot read Retry-After, cap the total wait, stop on the app's
// AbortSignal, or say when the app is waiting (the BusyStore behind the "busy, trying again" notice).
import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable, type Subscription } from 'rxjs';
import { graphErrorsOf } from '../graphql/errors';
import type { BusyStore } from './busy-store';
import { overloadRetryDelay, overloadRetryPolicy, parseRetryAfter, type OverloadRetryPolicy } from './retry-policy';

export const OVERLOADED = 'OVERLOADED';

export interface OverloadRetryOptions {
  /** Where the app's waits are recorded for the busy notice. */
  busy?: BusyStore;
  /** Changes to DEFAULT_OVERLOAD_RETRY_POLICY. */
  policy?: Partial<OverloadRetryPolicy>;
  /** Source of jitter in [0, 1) (tests pass their own). */
  random?: () => number;
}

interface GraphResult {
  data?: unknown;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** The wait the gateway asked for when `error` is its OVERLOADED refusal (a 503 answer); undefined when it is not one. */
function refusalOfError(error: unknown): { retryAfterMs?: number } | undefined {
  if (!ServerError.is(error) || error.statusCode !== 503) return undefined;
  const overloaded = graphErrorsOf(error, { serverFailures: false }).find((e) => e.code === OVERLOADED);
  if (!overloaded) return undefined;
  return { retryAfterMs: parseRetryAfter(error.response.headers.get('retry-after')) ?? secondsToMs(overloaded.retryAfterSeconds) };
}

/** The same for an answer read as a GraphQL result (a 503 sent as application/graphql-response+json). */
function refusalOfResult(result: GraphResult, response: Response | undefined): { retryAfterMs?: number } | undefined {
  if (result.data != null) return undefined;
  const overloaded = result.errors?.find((e) => e.extensions?.code === OVERLOADED);
  if (!overloaded) return undefined;
  const seconds = overloaded.extensions?.retryAfterSeconds;
  return { retryAfterMs: parseRetryAfter(response?.headers?.get('retry-after')) ?? secondsToMs(typeof seconds === 'number' ? seconds : undefined) };
}

const secondsToMs = (seconds: number | undefined) => (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined);

/** Why an operation stopped waiting when the app aborted it. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A link that sends an operation again after an OVERLOADED refusal: after the Retry-After asked for
 * (capped) plus full jitter, at most `maxAttempts` tries and `maxTotalWaitMs` of waiting in all. After
 * the last try the refusal reaches the app as any error would. Unsubscribing (a screen closed) or the
 * operation's `fetchOptions.signal` aborting ends the wait at once.
 */
export class OverloadRetryLink extends ApolloLink {
  private readonly policy: OverloadRetryPolicy;

  constructor(private readonly options: OverloadRetryOptions = {}) {
    super();
    this.policy = overloadRetryPolicy(options.policy);
  }

  override request(operation: ApolloLink.Operation, forward: ApolloLink.ForwardFunction): Observable<ApolloLink.Result> {
    const { policy } = this;
    const { busy, random = Math.random } = this.options;
    return new Observable<ApolloLink.Result>((observer) => {
      const key = Symbol(operation.operationName ?? 'operation');
      const signal = (operation.getContext().fetchOptions as { signal?: AbortSignal } | undefined)?.signal;
      let tries = 0;
      let waitedMs = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let current: Subscription | undefined;
      let over = false;

      const end = () => {
        over = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        busy?.settled(key);
      };
      function onAbort() {
        if (over) return;
        current?.unsubscribe();
        end();
        observer.error(abortReason(signal!));
      }

      /** Schedules the next try, or returns false when the tries or the total wait are used up. */
      const scheduleRetry = (retryAfterMs: number | undefined): boolean => {
        const delay = overloadRetryDelay(tries, retryAfterMs, policy, random);
        if (tries >= policy.maxAttempts || waitedMs + delay > policy.maxTotalWaitMs || signal?.aborted) return false;
        waitedMs += delay;
        busy?.waitUntil(key, Date.now() + delay);
        timer = setTimeout(attempt, delay);
        return true;
      };

      function attempt() {
        tries += 1;
        let refused = false;
        current = forward(operation).subscribe({
          next(result) {
            const refusal = refusalOfResult(result as GraphResult, operation.getContext().response as Response | undefined);
            if (refusal) {
              refused = true;
              if (scheduleRetry(refusal.retryAfterMs)) return;
              end();
              observer.next(result);
              observer.complete();
              return;
            }
            busy?.settled(key);
            observer.next(result);
          },
          error(error) {
            const refusal = refusalOfError(error);
            if (refusal && scheduleRetry(refusal.retryAfterMs)) return;
            end();
            observer.error(error);
          },
          complete() {
            if (refused) return;
            end();
            observer.complete();
          },
        });
      }

      if (signal?.aborted) {
        observer.error(abortReason(signal));
        return;
      }
      signal?.addEventListener('abort', onAbort);
      attempt();
      return () => {
        current?.unsubscribe();
        if (!over) end();
      };
    });
  }
}
