import { BodyError, readBody, sendJson, type Logger } from '@caregraph/kernel';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import type { PublicRouteHandler } from './definition';

/** The largest body a system route reads: lists of ids, never documents. */
const SYSTEM_ROUTE_BODY_LIMIT = 64 * 1024;

/** What a system route's work gets: the JSON body and the subgraph's ORM and logger. */
export interface SystemRouteInput {
  body: unknown;
  orm: MikroORM;
  logger: Logger;
  req: IncomingMessage;
}

/** A system route's answer: 200 with `body`, or another status with `{ error }`. */
export type SystemRouteAnswer = { status?: 200; body: unknown } | { status: 400 | 404 | 409; error: string };

/**
 * A route for the platform's own background work (the delivery worker asking for due reminders or for
 * recipients' addresses), never for a person: `POST` with a JSON body and an internal token for this
 * subgraph whose caller is SYSTEM. Anything else is refused before `work` runs (401, 403, 405, 400/413).
 * Answers are `no-store`; `work` must not log personal data.
 */
export function systemRoute(work: (input: SystemRouteInput) => Promise<SystemRouteAnswer>): PublicRouteHandler {
  return async (req, res, { orm, logger, verifier }) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: 'Only POST is supported here.' });
      return;
    }
    let roles: readonly string[];
    try {
      roles = (await verifier.verify(req.headers.authorization)).caller.roles;
    } catch {
      sendJson(res, 401, { error: 'An internal token for this subgraph is required.' });
      return;
    }
    if (!roles.includes('SYSTEM')) {
      sendJson(res, 403, { error: 'Only the platform itself (SYSTEM) may call this route.' });
      return;
    }
    let body: unknown;
    try {
      body = await readBody(req, SYSTEM_ROUTE_BODY_LIMIT);
    } catch (error) {
      sendJson(res, error instanceof BodyError ? error.status : 400, { error: (error as Error).message });
      return;
    }
    const answer = await work({ body, orm, logger, req });
    res.setHeader('cache-control', 'no-store');
    if ('error' in answer) sendJson(res, answer.status, { error: answer.error });
    else sendJson(res, 200, answer.body);
  };
}
