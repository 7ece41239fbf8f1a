import { sendJson } from '@caregraph/kernel';
import type { PublicRouteHandler } from '@caregraph/runtime';
import { revocationsSince } from './revocation-list';

/** Where the gateway polls the revocation list (docs/adr/020-revoking-sessions-within-seconds.md). */
export const REVOCATIONS_PATH = '/revocations';

/**
 * Serves the revocation list from a cursor: `GET /revocations?since=<cursor>`. Only for the gateway:
 * the request must carry an internal token it signed for this subgraph (401 otherwise). The list holds
 * session and user ids and times, nothing else; it is never cached.
 */
export const revocationsRoute: PublicRouteHandler = async (req, res, { orm, verifier }) => {
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    sendJson(res, 405, { error: 'Only GET is supported here.' });
    return;
  }
  try {
    await verifier.verify(req.headers.authorization);
  } catch {
    sendJson(res, 401, { error: 'Only the Caregraph gateway may read the revocation list.' });
    return;
  }
  const since = new URL(req.url ?? '/', 'http://accounts').searchParams.get('since') ?? '0';
  if (!/^\d{1,15}$/.test(since)) {
    sendJson(res, 400, { error: '"since" must be a cursor from an earlier answer (a whole number), or 0.' });
    return;
  }
  const page = await revocationsSince(orm.em.fork(), Number(since));
  res.setHeader('cache-control', 'no-store');
  sendJson(res, 200, page);
};
