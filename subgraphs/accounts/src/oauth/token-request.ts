import type { IncomingMessage } from 'node:http';

/** An OAuth error answer (RFC 6749 §5.2), with the Caregraph catalogue code beside the OAuth one. */
export class OAuthError extends Error {
  constructor(
    readonly status: 400 | 401 | 405 | 413,
    readonly error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope',
    message: string,
  ) {
    super(message);
  }

  /** The catalogue code: UNAUTHENTICATED for a client that is not who it says, BAD_USER_INPUT otherwise. */
  get code(): 'UNAUTHENTICATED' | 'BAD_USER_INPUT' {
    return this.error === 'invalid_client' ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT';
  }
}

/** A client-credentials token request, read from its body and Authorization header. */
export interface TokenRequest {
  clientId: string;
  clientSecret: string;
  /** The scopes asked for; undefined asks for all the client holds. */
  scopes: string[] | undefined;
  /** How the client authenticated: the answer to a failed Basic attempt carries WWW-Authenticate. */
  authentication: 'basic' | 'post';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function basicCredentials(authorization: string): { clientId: string; clientSecret: string } {
  const encoded = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(authorization)?.[1];
  const decoded = encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthError(401, 'invalid_client', 'The Authorization header must be "Basic " and base64 of client_id:client_secret.');
  try {
    // RFC 6749 §2.3.1: both parts are form-encoded before they are joined.
    return { clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')), clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')) };
  } catch {
    throw new OAuthError(401, 'invalid_client', 'The client credentials in the Authorization header are not form-encoded correctly.');
  }
}

/**
 * Reads a token request (RFC 6749 §4.4.2): a form body with `grant_type=client_credentials` and an optional
 * `scope`, the client authenticated by HTTP Basic or by `client_id` and `client_secret` in the body, not both.
 */
export function readTokenRequest(req: IncomingMessage, body: string): TokenRequest {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
    throw new OAuthError(400, 'invalid_request', 'Send the token request as application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(body);
  for (const name of ['grant_type', 'scope', 'client_id', 'client_secret']) {
    if (form.getAll(name).length > 1) throw new OAuthError(400, 'invalid_request', `The parameter ${name} is given more than once.`);
  }
  const grantType = form.get('grant_type');
  if (!grantType) throw new OAuthError(400, 'invalid_request', 'grant_type is missing: it must be client_credentials.');
  if (grantType !== 'client_credentials') throw new OAuthError(400, 'unsupported_grant_type', `grant_type "${grantType.slice(0, 40)}" is not supported here: use client_credentials.`);
  const authorization = req.headers.authorization;
  const inBody = form.has('client_id') || form.has('client_secret');
  if (authorization && inBody) throw new OAuthError(400, 'invalid_request', 'Authenticate the client one way only: the Authorization header or client_id and client_secret in the body.');
  let credentials: { clientId: string; clientSecret: string };
  if (authorization) credentials = basicCredentials(authorization);
  else if (inBody) credentials = { clientId: form.get('client_id') ?? '', clientSecret: form.get('client_secret') ?? '' };
  else throw new OAuthError(401, 'invalid_client', 'The client is not authenticated: send client_id and client_secret with HTTP Basic or in the body.');
  if (!UUID.test(credentials.clientId) || !credentials.clientSecret) throw new OAuthError(401, 'invalid_client', 'The client id or secret is not valid.');
  const scope = form.get('scope');
  const scopes = scope === null ? undefined : scope.split(' ').filter(Boolean);
  if (scope !== null && (scopes!.length === 0 || /[^\x21\x23-\x5B\x5D-\x7E ]/.test(scope))) {
    throw new OAuthError(400, 'invalid_scope', 'scope must be scope names separated by single spaces, e.g. "referrals:write referrals:read".');
  }
  return { ...credentials, scopes, authentication: authorization ? 'basic' : 'post' };
}
