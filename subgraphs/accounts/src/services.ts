import { LoginGuard } from './auth/login-guard';
import { connectRedis, memoryLimiterStore, redisLimiterStore, type LimiterStore } from './auth/login-limiters';
import { readAccountsConfig, type AccountsConfig } from './config';
import { loadSigningKeys, type SigningKeys } from './jwks/signing-keys';
import { MailDispatcher } from './mail/mail-dispatcher';
import { dummyPasswordHash } from './passwords/password-hasher';
import { createMailer } from './mail/nodemailer-mailer';
import { loadTotpCipher, type TotpSecretCipher } from './mfa/totp-secret-cipher';

/**
 * What the accounts resolvers share across requests: configuration, signing keys, outgoing
 * mail and the login counters. Built once per process from the environment.
 */
export interface AccountsServices {
  config: AccountsConfig;
  signingKeys: SigningKeys;
  mail: MailDispatcher;
  loginGuard: LoginGuard;
  /** Encrypts and decrypts the authenticator (TOTP) secrets stored in the database. */
  totpCipher: TotpSecretCipher;
  /** True while a user may be sent another reset link (at most 3 an hour: no mail-bombing). */
  resetMailAllowance(userId: string): Promise<boolean>;
  /** Waits for mail in flight and closes the counters' store. */
  close(): Promise<void>;
}

let current: Promise<AccountsServices> | undefined;

async function createAccountsServices(): Promise<AccountsServices> {
  const config = readAccountsConfig();
  const signingKeys = await loadSigningKeys(config.signingKeysPem);
  const totpCipher = loadTotpCipher(config.mfa.totpKeys);
  // Ready before the first sign-in, so an unknown email costs one argon2 run, like a known one.
  await dummyPasswordHash();
  const store: LimiterStore = config.redisUrl ? redisLimiterStore(await connectRedis(config.redisUrl)) : memoryLimiterStore();
  const resetMails = store.create('reset-mails', 3, 3600);
  const mail = new MailDispatcher(createMailer(config));
  return {
    config,
    signingKeys,
    mail,
    loginGuard: new LoginGuard(config.login, store),
    totpCipher,
    resetMailAllowance: (userId) => resetMails.consume(userId).then(() => true, () => false),
    async close() {
      await mail.idle();
      await store.close();
    },
  };
}

/**
 * The process's accounts services, created on first use. Rejects with a ConfigError naming the
 * variable when configuration is missing (e.g. ACCOUNTS_SIGNING_KEYS); `main.ts` calls this
 * before serving, so a misconfigured subgraph refuses to start.
 */
export function accountsServices(): Promise<AccountsServices> {
  if (!current) {
    current = createAccountsServices();
    current.catch(() => {
      current = undefined;
    });
  }
  return current;
}

/**
 * Waits for mail in flight, closes the services and forgets them: the next `accountsServices()`
 * reads the environment again (used by tests, e.g. to rotate the signing keys).
 */
export async function resetAccountsServices(): Promise<void> {
  const previous = current;
  current = undefined;
  const services = await previous?.catch(() => undefined);
  await services?.close();
}
