import { BodyError, readBody, sendJson, type InternalTokenSigner, type Logger } from '@caregraph/kernel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRateLimits } from './rate-limit';
import { sendRateLimited } from './rate-limit';
import { rateLimitHeaders } from './rate-limit-headers';

/** Where organisations' systems ask for access tokens (OAuth 2.0 client-credentials grant, docs/adr/027). */
export const OAUTH_TOKEN_PATH = '/oauth/token';
/** The header that carries the gateway's internal token to accounts: `Authorization` holds the client's credentials. */
export const GATEWAY_AUTHORIZATION_HEADER = 'x-caregraph-gateway-authorization';
/** A token request is a few hundred bytes. */
const BODY_LIMIT_BYTES = 4096;
/** The answer headers passed back to the client; anything else accounts says stays inside. */
const PASSED_BACK = ['content-type', 'cache-control', 'pragma', 'www-authenticate', 'allow'];

const oauthError = (res: ServerResponse, status: number, error: string, description: string, code: string) => {
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { error, error_description: description, code });
};

/**
 * Serves `POST /oauth/token` by relaying it to accounts, which holds the clients and the signing key.
 * The per-address rate limit comes first, as for `/graphql`; the body is read with a small limit and sent on
 * as it came, with the client's Authorization header and the gateway's own token for accounts beside it.
 */
export function createOAuthTokenRelay(options: {
  accountsGraphqlUrl: string;
  signer: InternalTokenSigner;
  rateLimits: GatewayRateLimits;
  clientIpOf: (req: IncomingMessage) => string | null;
  timeoutMs: number;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void> {
  const target = new URL(OAUTH_TOKEN_PATH, options.accountsGraphqlUrl);
  return async (req, res, requestId) => {
    const clientIp = options.clientIpOf(req);
    const limited = await options.rateLimits.consumeIp(clientIp, rateLimitHeaders(res));
    if (limited) return sendRateLimited(res, limited);
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return oauthError(res, 405, 'invalid_request', 'Only POST is supported here.', 'BAD_USER_INPUT');
    }
    let body: unknown;
    try {
      body = await readBody(req, BODY_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof BodyError) return oauthError(res, error.status, 'invalid_request', error.message, 'BAD_USER_INPUT');
      throw error;
    }
    if (typeof body !== 'string') return oauthError(res, 400, 'invalid_request', 'Send the token request as application/x-www-form-urlencoded.', 'BAD_USER_INPUT');
    const token = await options.signer.sign('accounts', { userId: null, roles: [] }, requestId, clientIp);
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': req.headers['content-type'] ?? '',
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          [GATEWAY_AUTHORIZATION_HEADER]: `Bearer ${token}`,
          'x-request-id': requestId,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      options.logger.warn({ requestId, err: (error as Error).name }, 'token request: accounts did not answer');
      return oauthError(res, 503, 'temporarily_unavailable', 'Tokens cannot be issued right now. Please try again shortly.', 'INTERNAL_SERVER_ERROR');
    }
    const text = await response.text();
    for (const name of PASSED_BACK) {
      const value = response.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.writeHead(response.status);
    res.end(text);
  };
}
