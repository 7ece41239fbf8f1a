import type { Caller } from '@caregraph/kernel';
import { totpCode } from '../mfa/totp';
import { hashPassword } from '../passwords/password-hasher';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { DEFAULT_PASSWORD, type AccountsHarness } from './accounts-harness';

export const START_ENROLMENT = `mutation Start($mfaToken: String, $password: String, $currentCode: String) {
  startMfaEnrolment(mfaToken: $mfaToken, password: $password, currentCode: $currentCode) { secret otpauthUri }
}`;
export const CONFIRM_ENROLMENT = `mutation Confirm($input: ConfirmMfaEnrolmentInput!) {
  confirmMfaEnrolment(input: $input) { recoveryCodes session { accessToken refreshToken user { id role email } } }
}`;
export const COMPLETE_MFA_LOGIN = `mutation Complete($mfaToken: String!, $code: String!) {
  completeMfaLogin(mfaToken: $mfaToken, code: $code) { accessToken refreshToken accessTokenExpiresAt user { id role email } }
}`;
export const DISABLE_MFA = 'mutation Disable($code: String!) { disableMfa(code: $code) }';
export const REGENERATE_CODES = 'mutation Regenerate($code: String!) { regenerateMfaRecoveryCodes(code: $code) }';
export const MFA_ENABLED = 'query($id: ID!) { user(id: $id) { mfaEnabled } }';

/** The caller object the gateway would send for a user. */
export function callerFor(user: { id: string }, role: Role | 'ADMIN' | 'CLIENT' | 'THERAPIST' = 'CLIENT'): Caller {
  return { userId: user.id, roles: [role as Caller['roles'][number]] };
}

/**
 * Codes from one 30-second step work once. Tests that need several right codes within one
 * step forget the last step used, as if the next step had come.
 */
export async function nextTimeStep(accounts: AccountsHarness, userId: string): Promise<void> {
  await accounts.subgraph.db.orm.em.getConnection().execute('update mfa_totp_factors set last_used_step = null where user_id = ?', [userId]);
}

/** Opens an account of any role (admins cannot sign up) with the default password, directly in the database. */
export async function createUser(accounts: AccountsHarness, email: string, role: Role): Promise<User> {
  const em = accounts.subgraph.db.orm.em.fork();
  const user = em.create(User, { email, displayName: `Test ${role}`, role, passwordHash: await hashPassword(DEFAULT_PASSWORD) });
  await em.flush();
  return user;
}

/** Sets up an authenticator for a signed-in user through the API; returns its secret and the recovery codes. */
export async function enrol(accounts: AccountsHarness, caller: Caller): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await accounts.request<{ startMfaEnrolment: { secret: string } }>(START_ENROLMENT, { password: DEFAULT_PASSWORD }, caller);
  if (started.errors) throw new Error(`startMfaEnrolment failed: ${JSON.stringify(started.errors)}`);
  const secret = started.data!.startMfaEnrolment.secret;
  const confirmed = await accounts.request<{ confirmMfaEnrolment: { recoveryCodes: string[] } }>(CONFIRM_ENROLMENT, { input: { code: totpCode(secret) } }, caller);
  if (confirmed.errors) throw new Error(`confirmMfaEnrolment failed: ${JSON.stringify(confirmed.errors)}`);
  return { secret, recoveryCodes: confirmed.data!.confirmMfaEnrolment.recoveryCodes };
}

/** Signs in with password and authenticator code through the API; returns the session. */
export async function signInWithCode(accounts: AccountsHarness, email: string, secret: string, userId: string) {
  await nextTimeStep(accounts, userId);
  const login = await accounts.login(email, DEFAULT_PASSWORD);
  const result = await accounts.request<{ completeMfaLogin: { accessToken: string; refreshToken: string; user: { id: string; role: string } } }>(COMPLETE_MFA_LOGIN, {
    mfaToken: login.mfaToken,
    code: totpCode(secret),
  });
  if (result.errors) throw new Error(`completeMfaLogin failed: ${JSON.stringify(result.errors)}`);
  return result.data!.completeMfaLogin;
}
