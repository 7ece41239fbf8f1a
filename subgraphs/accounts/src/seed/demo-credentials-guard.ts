import type { EntityManager } from '@mikro-orm/postgresql';
import { ALLOW_DEMO_CREDENTIALS_VARIABLE, ConfigError, refusesDemoCredentials } from '@caregraph/kernel';
import { type PublicRouteHandler, type SubgraphDefinition } from '@caregraph/runtime';
import { findPublishedDemoCredentials, type PublishedDemoCredentials } from './published-demo-credentials';

/** Where accounts says whether a published demo credential exists; the gateway asks it before serving in production. */
export const DEMO_CREDENTIALS_PATH = '/demo-credentials';

const found = (c: PublishedDemoCredentials) => c.passwords + c.authenticators + c.apiClients > 0;

/** What the refusal says: counts only, never an address. */
function refusal(c: PublishedDemoCredentials): string {
  const what = [
    c.passwords ? `${c.passwords} demo or scale account(s) still have a published password (demo seed or seed:scale)` : '',
    c.authenticators ? `${c.authenticators} still have an authenticator on the published demo secret` : '',
    c.apiClients ? `${c.apiClients} API client(s) still have the demo practice's published secret (revoke them)` : '',
  ].filter(Boolean).join('; ');
  return (
    `refusing to serve with NODE_ENV=production: ${what}. These published demo credentials come from the demo seed or seed:scale: ` +
    `delete those accounts or change their password and authenticator. (${ALLOW_DEMO_CREDENTIALS_VARIABLE}=true is for test rigs, never a deployment.)`
  );
}

/** `beforeServe`: in production, no start while an account has a published demo credential. */
export const refuseDemoCredentialsInProduction: NonNullable<SubgraphDefinition['beforeServe']> = async ({ orm, logger }) => {
  if (!refusesDemoCredentials()) return;
  const credentials = await findPublishedDemoCredentials(orm.em.fork() as EntityManager);
  if (found(credentials)) {
    logger.error(credentials, 'published demo credentials found');
    throw new ConfigError(refusal(credentials));
  }
};

/**
 * GET `/demo-credentials`: `{ "demoCredentials": true|false }`, whether any account has a published demo
 * credential now. Served without a token like /health (subgraphs sit on an internal network); it says
 * nothing about whom.
 */
export const demoCredentialsRoute: PublicRouteHandler = async (req, res, { orm }) => {
  if (req.method !== 'GET') {
    res.writeHead(405, { allow: 'GET', 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'Only GET is supported here.' }));
    return;
  }
  // Asked once per gateway start: a query, and one argon2 verification only when demo accounts exist.
  const body = JSON.stringify({ demoCredentials: found(await findPublishedDemoCredentials(orm.em.fork() as EntityManager)) });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};
