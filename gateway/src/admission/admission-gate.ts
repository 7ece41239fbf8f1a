import { setBounded, type Admit } from '@caregraph/kernel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdmissionLimit, type AdmissionSettings } from './admission-limit';
import { sendTryAgainLater } from '../try-again-later';
import { PRIORITY_NAMES, priorityOf, rememberedOperationTypes, type OperationType, type Priority } from './priority';

/** Seconds a refused client is asked to wait: the queue clears in well under that. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 1;
const OVERLOADED_MESSAGE = 'Caregraph is very busy at the moment and did not take this request: nothing was done. Try again in a moment.';
/** Operation types remembered by persisted-query hash, for requests that send only the hash. */
const MAX_REMEMBERED_HASHES = 5000;

export interface AdmissionObserver {
  admitted(priority: string): void;
  refused(priority: string, reason: string): void;
  limit(limit: number, inFlight: number): void;
}

/** The request body fields the gate reads (GraphQL over HTTP, with Apollo's persisted-query extension). */
interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** Answers a request the gate refused: 503, Retry-After and OVERLOADED, at once. */
export function sendOverloaded(res: ServerResponse): void {
  sendTryAgainLater(res, 503, 'OVERLOADED', OVERLOADED_MESSAGE, OVERLOADED_RETRY_AFTER_SECONDS);
}

/**
 * The gateway's admission control (docs/adr/024): one adaptive limit on GraphQL requests in flight,
 * writes and sign-in before signed-in reads before anonymous reads, and an immediate OVERLOADED beyond it.
 * A subgraph's call back through the gateway on a caller's behalf (a delegation) is part of a request
 * already admitted and passes: holding it would deadlock the parent against its own limit.
 * The operation type comes from the document's text; a request that sends only a persisted-query hash
 * gets the type this gateway saw for that hash, else it counts as a read.
 */
export function createAdmissionGate(
  settings: AdmissionSettings,
  observer: AdmissionObserver,
  /** True for a valid delegation (verified, not merely present: a forged header must not skip the queue). */
  isDelegated: (req: IncomingMessage) => Promise<boolean>,
): { admit: Admit; limit: AdmissionLimit } {
  const limit = new AdmissionLimit(settings);
  const typeByHash = new Map<string, NonNullable<OperationType>>();
  const typeOfDocument = rememberedOperationTypes();

  const shapeOf = (req: IncomingMessage, body: unknown): Priority => {
    const signedIn = /^Bearer \S/i.test(req.headers.authorization ?? '');
    if ((req.method ?? 'GET').toUpperCase() === 'GET') return priorityOf({ signedIn, operationType: 'query' });
    const { query, operationName, extensions } = (body ?? {}) as GraphQLBody;
    const hash = typeof extensions?.persistedQuery?.sha256Hash === 'string' ? extensions.persistedQuery.sha256Hash : undefined;
    let operationType = typeof query === 'string' ? typeOfDocument(query, typeof operationName === 'string' ? operationName : undefined) : undefined;
    if (hash && operationType) {
      setBounded(typeByHash, hash, operationType, MAX_REMEMBERED_HASHES);
    } else if (hash) {
      operationType = typeByHash.get(hash);
    }
    return priorityOf({ signedIn, operationType });
  };

  const admit: Admit = async (req, body, res) => {
    if (await isDelegated(req)) return () => undefined;
    const priority = shapeOf(req, body);
    const name = PRIORITY_NAMES[priority];
    const outcome = await limit.acquire(priority);
    observer.limit(limit.limit, limit.inFlight);
    if (!outcome.admitted) {
      observer.refused(name, outcome.reason);
      sendOverloaded(res);
      return undefined;
    }
    observer.admitted(name);
    return () => {
      outcome.release();
      observer.limit(limit.limit, limit.inFlight);
    };
  };
  return { admit, limit };
}
