import { ORGANISATION_GRANTS_PATH, organisationGrantsRoute } from './organisations/organisation-grants.route';
import { RECIPIENTS_PATH, recipientsRoute } from './recipients/recipients.route';
import type { SubgraphComposition } from '@caregraph/runtime';
import { LoginGuard } from './auth/login-guard';
import { connectRedis, memoryLimiterStore, redisLimiterStore, type LimiterStore } from './auth/login-limiters';
import { readAccountsConfig } from './config';
import { JWKS_PATH, jwksRoute } from './jwks/jwks.route';
import { REVOCATIONS_PATH, revocationsRoute } from './revocations/revocations.route';
import { TOKEN_PATH, tokenRoute } from './oauth/token.route';
import { loadSigningKeys } from './jwks/signing-keys';
import { MailDispatcher } from './mail/mail-dispatcher';
import { createMailer } from '@caregraph/kernel/mail';
import { loadTotpCipher } from './mfa/totp-secret-cipher';
import { dummyPasswordHash } from './passwords/password-hasher';
import type { AccountsServices } from './services';

/**
 * Builds the accounts services from the environment. Rejects with a ConfigError naming the variable
 * when configuration is missing (e.g. ACCOUNTS_SIGNING_KEYS), so a misconfigured subgraph refuses to start.
 */
export async function createAccountsServices(): Promise<AccountsServices> {
  const config = readAccountsConfig();
  const signingKeys = await loadSigningKeys(config.signingKeysPem);
  const totpCipher = loadTotpCipher(config.mfa.totpKeys);
  // Ready before the first sign-in, so an unknown email costs one argon2 run, like a known one.
  await dummyPasswordHash();
  const store: LimiterStore = config.redisUrl ? redisLimiterStore(await connectRedis(config.redisUrl)) : memoryLimiterStore();
  const mail = new MailDispatcher(createMailer(config));
  return {
    config,
    signingKeys,
    mail,
    loginGuard: new LoginGuard(config.login, store),
    totpCipher,
    async close() {
      await mail.idle();
      await store.close();
    },
  };
}

/** The accounts composition root's answer to the runtime: resolvers, the JWKS and the OAuth token routes get `services`; the gateway polls the revocation list. */
export function accountsComposition(services: AccountsServices): SubgraphComposition {
  return {
    services,
    publicRoutes: { [JWKS_PATH]: jwksRoute(services.signingKeys), [REVOCATIONS_PATH]: revocationsRoute, [RECIPIENTS_PATH]: recipientsRoute, [ORGANISATION_GRANTS_PATH]: organisationGrantsRoute, [TOKEN_PATH]: tokenRoute(services) },
    close: () => services.close(),
  };
}

/** Run by the runtime each time the subgraph starts serving. */
export async function composeAccounts(): Promise<SubgraphComposition> {
  return accountsComposition(await createAccountsServices());
}
