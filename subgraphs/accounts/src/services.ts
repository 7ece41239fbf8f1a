import type { LoginGuard } from './auth/login-guard';
import type { AccountsConfig } from './config';
import type { SigningKeys } from './jwks/signing-keys';
import type { MailDispatcher } from './mail/mail-dispatcher';
import type { TotpSecretCipher } from './mfa/totp-secret-cipher';

/**
 * What the accounts resolvers share across requests: configuration, signing keys, outgoing mail and
 * the login counters. Built once per start by the composition root (`composition.ts`) and handed to
 * each resolver's constructor; nothing imports a process-wide instance.
 */
export interface AccountsServices {
  config: AccountsConfig;
  signingKeys: SigningKeys;
  mail: MailDispatcher;
  loginGuard: LoginGuard;
  /** Encrypts and decrypts the authenticator (TOTP) secrets stored in the database. */
  totpCipher: TotpSecretCipher;
  /** Waits for mail in flight and closes the counters' store. */
  close(): Promise<void>;
}
