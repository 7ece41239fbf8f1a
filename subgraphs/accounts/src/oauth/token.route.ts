import { BodyError, readBody, sendJson } from '@caregraph/kernel';
import type { PublicRouteHandler } from '@caregraph/runtime';
import type { ServerResponse } from 'node:http';
import type { AccountsServices } from '../services';
import { issueClientToken } from './client-credentials.service';
import { OAuthError, readTokenRequest } from './token-request';

/** The OAuth 2.0 token endpoint, which the gateway serves to the world at the same path (docs/adr/027). */
export const TOKEN_PATH = '/oauth/token';
/** A token request is a few hundred bytes. */
const BODY_LIMIT_BYTES = 4096;

const NOT_CACHED = { 'cache-control': 'no-store', pragma: 'no-cache' };

function sendOAuthError(res: ServerResponse, error: OAuthError, basic: boolean): void {
  if (error.status === 401 && basic) res.setHeader('www-authenticate', 'Basic realm="Caregraph", error="invalid_client"');
  for (const [name, value] of Object.entries(NOT_CACHED)) res.setHeader(name, value);
  sendJson(res, error.status, { error: error.error, error_description: error.message, code: error.code });
}

/**
 * `POST /oauth/token`: the client-credentials grant for organisations' systems. Only through the gateway
 * (an internal token it signed for accounts, as for the revocation list): the gateway applies its limits
 * per address first. Logs who got a token, never the secret or the token.
 */
export function tokenRoute(services: AccountsServices): PublicRouteHandler {
  return async (req, res, { orm, logger, verifier }) => {
    const basic = /^Basic /i.test(req.headers.authorization ?? '');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendOAuthError(res, new OAuthError(405, 'invalid_request', 'Only POST is supported here.'), false);
    }
    try {
      await verifier.verify(req.headers['x-caregraph-gateway-authorization'] as string | undefined);
    } catch {
      return sendJson(res, 401, { error: 'invalid_request', error_description: 'Ask for tokens at the Caregraph gateway.', code: 'UNAUTHENTICATED' });
    }
    try {
      const body = await readBody(req, BODY_LIMIT_BYTES).catch((error: unknown) => {
        throw error instanceof BodyError ? new OAuthError(error.status === 413 ? 413 : 400, 'invalid_request', error.message) : error;
      });
      const request = readTokenRequest(req, typeof body === 'string' ? body : '');
      const { answer, issuedTo } = await issueClientToken(orm.em.fork(), services.signingKeys, services.config.accessTokenTtlSeconds, request);
      logger.info({ apiClientId: issuedTo.clientId, organisationId: issuedTo.organisationId, scopes: issuedTo.scopes }, 'access token issued to an API client');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...NOT_CACHED });
      res.end(JSON.stringify(answer));
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      if (error.error === 'invalid_client') logger.warn({ oauthError: error.error }, 'token request refused: client not authenticated');
      sendOAuthError(res, error, basic);
    }
  };
}
