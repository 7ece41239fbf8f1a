import path from 'node:path';
import { envInt, envString, readKeyMaterial, requireSharedStateForReplicas } from '@caregraph/kernel';
import { readSessionLifetimes, type SessionLifetimes } from './auth/session-lifetime';

/** Variable holding the Ed25519 private keys that sign access tokens (or `<name>_FILE`, a path). */
export const SIGNING_KEYS_VARIABLE = 'ACCOUNTS_SIGNING_KEYS';

/** The repository root: src/ and dist/ both sit three levels below it. */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Brute-force protection of `login` (see src/auth/login-guard.ts). */
export interface LoginLimits {
  /** Failures per account after which every further attempt must wait (exponential back-off). */
  backoffAfter: number;
  /** Back-off after the first failure past `backoffAfter`, doubled with each further failure. */
  backoffBaseSeconds: number;
  /** Failures per account that lock it. */
  lockAfter: number;
  /** How long a lock lasts. */
  lockSeconds: number;
  /** Failures older than this are forgotten. */
  failureWindowSeconds: number;
  /** Failures from one IP address (any accounts) after which that address is refused for `lockSeconds`. */
  ipMaxFailures: number;
}

/** Variable holding the AES-256 keys that encrypt TOTP secrets at rest (or `<name>_FILE`, a path). */
export const TOTP_KEYS_VARIABLE = 'ACCOUNTS_TOTP_KEYS';

/** Multi-factor authentication (src/mfa/). */
export interface MfaSettings {
  /** Lifetime of the `mfaToken` that `login` hands out when a code is still needed. */
  challengeTtlSeconds: number;
  /** Lifetime of the `mfaToken` an admin without a second factor gets to set one up. */
  enrolmentTtlSeconds: number;
  /** Base64 32-byte keys, separated by commas or white space: the first encrypts, all decrypt. */
  totpKeys: string | undefined;
}

/** Everything the accounts subgraph reads from its environment, with local defaults. */
export interface AccountsConfig {
  /** Ed25519 PKCS#8 PEM private keys, concatenated: the first signs, all are published. */
  signingKeysPem: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Longest a sign-in lasts, refreshes included (src/auth/session-lifetime.ts). */
  sessionLifetimes: SessionLifetimes;
  emailVerificationTtlHours: number;
  /** Sign-ups one client address may make an hour (src/sign-up/registration.service.ts). */
  signUpsPerCallerPerHour: number;
  passwordResetTtlMinutes: number;
  /** SMTP server for outgoing mail; unset writes each message as an .eml file into `mailDir`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  mailDir: string;
  /** Where the client app lives: links in e-mails to clients (and admins) point there. */
  appBaseUrl: string;
  /** Where the therapist workspace lives: links in e-mails to therapists point there. */
  therapistAppBaseUrl: string;
  /** Redis for login counters shared by every replica; unset keeps them in this process. */
  redisUrl: string | undefined;
  login: LoginLimits;
  mfa: MfaSettings;
  /** The gateway, for acting through the graph as the platform (erasing a deleted account's data elsewhere). */
  gatewayUrl: string;
}

/**
 * Reads the accounts configuration from the environment. Key material is read here but only
 * checked when the signing keys are loaded (src/jwks/signing-keys.ts).
 */
export function readAccountsConfig(): AccountsConfig {
  return {
    signingKeysPem: readKeyMaterial(SIGNING_KEYS_VARIABLE),
    accessTokenTtlSeconds: envInt('ACCESS_TOKEN_TTL_SECONDS', 900),
    refreshTokenTtlDays: envInt('REFRESH_TOKEN_TTL_DAYS', 30),
    sessionLifetimes: readSessionLifetimes(),
    emailVerificationTtlHours: envInt('EMAIL_VERIFICATION_TTL_HOURS', 48),
    signUpsPerCallerPerHour: envInt('SIGN_UPS_PER_CALLER_PER_HOUR', 20),
    passwordResetTtlMinutes: envInt('PASSWORD_RESET_TTL_MINUTES', 60),
    smtpUrl: envString('SMTP_URL'),
    mailFrom: envString('MAIL_FROM', 'Caregraph <no-reply@caregraph.example>'),
    mailDir: path.resolve(envString('MAIL_DIR', path.join(REPO_ROOT, '.data', 'mail'))),
    appBaseUrl: envString('APP_BASE_URL', 'http://localhost:5174').replace(/\/+$/, ''),
    therapistAppBaseUrl: envString('THERAPIST_APP_BASE_URL', 'http://localhost:5175').replace(/\/+$/, ''),
    redisUrl: sharedStateFor(envString('REDIS_URL')),
    gatewayUrl: envString('GATEWAY_URL', 'http://127.0.0.1:4000/graphql'),
    mfa: {
      challengeTtlSeconds: envInt('MFA_CHALLENGE_TTL_SECONDS', 300),
      enrolmentTtlSeconds: envInt('MFA_ENROLMENT_TTL_SECONDS', 900),
      totpKeys: readKeyMaterial(TOTP_KEYS_VARIABLE),
    },
    login: {
      backoffAfter: envInt('LOGIN_BACKOFF_AFTER', 5),
      backoffBaseSeconds: envInt('LOGIN_BACKOFF_BASE_SECONDS', 2),
      lockAfter: envInt('LOGIN_LOCK_AFTER', 10),
      lockSeconds: envInt('LOGIN_LOCK_SECONDS', 900),
      failureWindowSeconds: envInt('LOGIN_FAILURE_WINDOW_SECONDS', 3600),
      ipMaxFailures: envInt('LOGIN_IP_MAX_FAILURES', 50),
    },
  };
}

/** The Redis URL, required when accounts runs as several replicas (REPLICAS): see requireSharedStateForReplicas. */
function sharedStateFor(url: string | undefined): string | undefined {
  requireSharedStateForReplicas('accounts', url, 'the sign-in guard (attempts per address and per account)');
  return url;
}
