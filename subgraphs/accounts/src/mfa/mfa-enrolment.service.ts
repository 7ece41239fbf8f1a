import { ConflictError, ForbiddenError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { LockMode } from '@mikro-orm/core';
import { startSession } from '../auth/session.service';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import { verifyPassword } from '../passwords/password-hasher';
import type { AccountsServices } from '../services';
import { accountLockedError } from '../users/account-lock';
import { Role } from '../users/role';
import { signedInUser } from '../users/signed-in-user';
import { User } from '../users/user.entity';
import { guardedCodeCheck } from './guarded-code-check';
import type { ConfirmMfaEnrolmentInput, StartMfaEnrolmentArgs } from './mfa.input';
import { MfaEnrolment, MfaEnrolmentResult } from './mfa.type';
import { findMfaToken, mfaTokenExpired } from './mfa-token';
import { mfaSubject } from './mfa-subject';
import { RecoveryCode } from './recovery-code.entity';
import { confirmedFactorOf, replaceRecoveryCodes, verifySecondFactor } from './second-factor';
import { newTotpSecret, otpauthUri, verifyTotpCode } from './totp';
import { TotpFactor } from './totp-factor.entity';

const WRONG_CODE = 'That code is not right. Check that the app shows Caregraph with your email address, and type the code it shows now.';
const WRONG_PASSWORD = 'That password is not right: enter the password you sign in with.';
const WRONG_CURRENT_CODE = 'That code is not right: enter the code your current authenticator app shows now, or one of your recovery codes.';

/**
 * Starts setting up an authenticator app: a new secret, kept as a pending factor until the
 * first code confirms it (a second call replaces the pending one). When one is already set
 * up, moving to a new app needs a current code (`currentCode`), so a stolen session alone
 * cannot replace the second factor. When signed in (no enrolment `mfaToken`), the current
 * password is needed too, so a borrowed or stolen session cannot tie the account to someone
 * else's authenticator app; a wrong one counts in the login guard like a wrong sign-in.
 */
export async function startMfaEnrolment(ctx: SubgraphContext, args: StartMfaEnrolmentArgs, services: AccountsServices): Promise<MfaEnrolment> {
  const { user, viaEnrolmentToken } = await mfaSubject(ctx, args.mfaToken);
  if (!viaEnrolmentToken) {
    if (!args.password) throw new UserInputError('password', 'Enter your password to set up two-step verification.');
    const proven = await guardedCodeCheck(ctx, services, user, false, async () => ((await verifyPassword(user.passwordHash, args.password!)) ? true : null));
    if (!proven) throw new UserInputError('password', WRONG_PASSWORD);
  }
  if (await confirmedFactorOf(ctx.em, user.id)) {
    if (!args.currentCode) {
      throw new UserInputError('currentCode', 'You already use an authenticator app: enter a current code from it (or a recovery code) to move to a new one.');
    }
    const proven = await guardedCodeCheck(ctx, services, user, false, (em) => verifySecondFactor(em, user.id, args.currentCode!, services.totpCipher));
    if (!proven) throw new UserInputError('currentCode', WRONG_CURRENT_CODE);
  }
  const secret = newTotpSecret();
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(TotpFactor, { user: user.id, confirmedAt: null });
    em.create(TotpFactor, { user: em.getReference(User, user.id), secretCiphertext: services.totpCipher.encrypt(secret, user.id) });
    await em.flush();
  });
  return Object.assign(new MfaEnrolment(), { secret, otpauthUri: otpauthUri(user.email, secret) });
}

/**
 * Confirms the pending authenticator app with its first code, in one transaction: it becomes
 * the second factor (replacing an earlier one), ten new recovery codes replace any earlier
 * ones, and, when confirmed with an enrolment `mfaToken`, the token is spent and the session
 * starts. Wrong codes count in the login guard.
 */
export async function confirmMfaEnrolment(ctx: SubgraphContext, input: ConfirmMfaEnrolmentInput, services: AccountsServices): Promise<MfaEnrolmentResult> {
  const { user, viaEnrolmentToken } = await mfaSubject(ctx, input.mfaToken);
  const result = await guardedCodeCheck(ctx, services, user, viaEnrolmentToken, async (em) => {
    const pending = await em.findOne(TotpFactor, { user: user.id, confirmedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!pending) throw new ConflictError('There is no authenticator app being set up: start with `startMfaEnrolment`.');
    const step = verifyTotpCode(services.totpCipher.decrypt(pending.secretCiphertext, user.id), input.code.replace(/\s/g, ''), null);
    if (step === null) return null;
    const token = viaEnrolmentToken ? await findMfaToken(em, input.mfaToken!, TokenPurpose.MFA_ENROLMENT, true) : null;
    if (viaEnrolmentToken && !token) throw mfaTokenExpired();
    await em.nativeDelete(TotpFactor, { user: user.id, confirmedAt: { $ne: null } });
    pending.confirmedAt = new Date();
    pending.lastUsedStep = step;
    await em.flush();
    const recoveryCodes = await replaceRecoveryCodes(em, user.id);
    if (!token) return Object.assign(new MfaEnrolmentResult(), { recoveryCodes, session: null });
    if (user.lockedAt) throw accountLockedError();
    token.usedAt = new Date();
    await em.flush();
    return Object.assign(new MfaEnrolmentResult(), { recoveryCodes, session: await startSession(em, user, services) });
  });
  if (!result) throw new UserInputError('code', WRONG_CODE);
  return result;
}

/**
 * Turns two-step verification off for the signed-in person, with a current code: removes the
 * authenticator app and the recovery codes. Admins cannot: they must keep a second factor
 * (they move to a new app with `startMfaEnrolment` instead).
 */
export async function disableMfa(ctx: SubgraphContext, code: string, services: AccountsServices): Promise<void> {
  const user = await signedInUser(ctx);
  if (user.role === Role.ADMIN) {
    throw new ForbiddenError('Admins must keep two-step verification on. To move to a new authenticator app, set it up with `startMfaEnrolment`.');
  }
  if (!(await confirmedFactorOf(ctx.em, user.id))) throw new ConflictError('Two-step verification is not on for this account.');
  const done = await guardedCodeCheck(ctx, services, user, false, async (em) => {
    if (!(await verifySecondFactor(em, user.id, code, services.totpCipher))) return null;
    await em.nativeDelete(TotpFactor, { user: user.id });
    await em.nativeDelete(RecoveryCode, { user: user.id });
    return true;
  });
  if (!done) throw new UserInputError('code', WRONG_CURRENT_CODE);
}

/** Replaces the signed-in person's recovery codes with ten new ones, with a current code. */
export async function regenerateRecoveryCodes(ctx: SubgraphContext, code: string, services: AccountsServices): Promise<string[]> {
  const user = await signedInUser(ctx);
  if (!(await confirmedFactorOf(ctx.em, user.id))) throw new ConflictError('Two-step verification is not on for this account.');
  const codes = await guardedCodeCheck(ctx, services, user, false, async (em) =>
    (await verifySecondFactor(em, user.id, code, services.totpCipher)) ? replaceRecoveryCodes(em, user.id) : null,
  );
  if (!codes) throw new UserInputError('code', WRONG_CURRENT_CODE);
  return codes;
}
