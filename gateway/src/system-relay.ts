import { BodyError, readBody, sendJson, type InternalTokenSigner, type Logger } from '@caregraph/kernel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SubgraphName } from './subgraphs';
import type { UserTokenVerifier } from './user-token';

/** `/system/<subgraph>/graphql`: where the platform's own SYSTEM operations reach one subgraph. */
const RELAY_PATH = /^\/system\/([a-z-]+)\/graphql$/;

/** True for a path the relay serves. */
export const isSystemRelayPath = (path: string): boolean => RELAY_PATH.test(path);

const refuse = (res: ServerResponse, status: number, code: string, message: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

/**
 * Relays an operation of the platform itself to one subgraph, for fields kept out of the public graph with
 * `@inaccessible` (the erasure mutations of accounts' deletion saga; docs/adr/006): the caller must present a
 * SYSTEM access token (only accounts can mint one); the subgraph gets the usual internal token, for SYSTEM, and
 * checks `@Authorized('SYSTEM')` itself. Anyone else is refused before any subgraph is asked.
 */
export function createSystemRelay(options: {
  subgraphUrls: Record<SubgraphName, string>;
  signer: InternalTokenSigner;
  userTokens: UserTokenVerifier;
  timeoutMs: number;
  bodyLimitBytes: number;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse, path: string, requestId: string) => Promise<void> {
  return async (req, res, path, requestId) => {
    const name = RELAY_PATH.exec(path)?.[1] as SubgraphName | undefined;
    const target = name && Object.hasOwn(options.subgraphUrls, name) ? options.subgraphUrls[name] : undefined;
    if (!name || !target) return refuse(res, 404, 'NOT_FOUND', `There is no subgraph "${name ?? ''}" to relay to.`);
    if (req.method !== 'POST') return refuse(res, 405, 'BAD_USER_INPUT', 'Only POST is supported here.');
    let roles: string[];
    let caller;
    try {
      caller = await options.userTokens.callerOf(req.headers.authorization);
      roles = caller.roles;
    } catch {
      return refuse(res, 401, 'UNAUTHENTICATED', 'The access token is not valid.');
    }
    if (!caller.userId) return refuse(res, 401, 'UNAUTHENTICATED', 'This path is for the platform itself: send a SYSTEM access token.');
    if (!roles.includes('SYSTEM')) return refuse(res, 403, 'FORBIDDEN', 'Only the platform itself (SYSTEM) may use this path.');
    let body: unknown;
    try {
      body = await readBody(req, options.bodyLimitBytes);
    } catch (error) {
      if (error instanceof BodyError) return refuse(res, error.status, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const token = await options.signer.sign(name, caller, requestId);
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      options.logger.warn({ requestId, subgraph: name, err: (error as Error).name }, 'system relay: the subgraph did not answer');
      return refuse(res, 502, 'INTERNAL_SERVER_ERROR', 'A part of the service is unavailable right now. Nothing was changed; please try again shortly.');
    }
    const text = await response.text();
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  };
}
