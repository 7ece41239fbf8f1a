import type { PublicRouteHandler } from '@caregraph/runtime';
import type { SigningKeys } from './signing-keys';

/** Path of the JWKS document: where the gateway fetches the keys that verify access tokens. */
export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * Serves the public signing keys as a JWKS document (RFC 7517). Public by nature: it holds
 * public keys only. Cached briefly; verifiers refetch when they meet an unknown `kid`.
 */
export function jwksRoute(signingKeys: SigningKeys): PublicRouteHandler {
  const body = JSON.stringify(signingKeys.jwks);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: 'Only GET is supported here.' }));
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'public, max-age=300',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
