import { ForbiddenError, UnauthenticatedError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { GraphQLError } from 'graphql';
import { RefreshTokenService } from '../auth/refresh-token.service';
import { verifyPassword } from '../passwords/password-hasher';
import type { AccountsServices } from '../services';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import type { AccountDeletionResult } from './account-deletion.type';
import { callGraphAsSystem, GraphCallError } from './system-graph-client';

/**
 * Erases the person's data held by bookings, care-plans and notifications; each part is idempotent. The mutations are the
 * platform's own, outside the public graph (@inaccessible): each goes to its subgraph through the gateway's
 * SYSTEM relay (docs/adr/006).
 */
const ERASE_BOOKINGS = 'mutation EraseClientBookings($userId: ID!) { part: eraseClientBookings(userId: $userId) { retained deleted retainUntil } }';
const ERASE_CARE_PLANS = 'mutation EraseClientCarePlans($userId: ID!) { part: eraseClientCarePlans(userId: $userId) { retained deleted retainUntil } }';
const ERASE_NOTIFICATIONS = 'mutation EraseUserNotifications($userId: ID!) { part: eraseUserNotifications(userId: $userId) { retained deleted retainUntil } }';

interface ErasurePart {
  retained: number;
  deleted: number;
  retainUntil: string | null;
}

/**
 * Deletes the signed-in client's account (UK GDPR right to erasure), as a saga that can be
 * repeated safely: first the other subgraphs erase or detach their records (through the graph,
 * as SYSTEM); only when all of them succeeded is the account deleted here, with its sessions and
 * tokens (foreign keys cascade) and put on the revocation list. If any part fails, the account stays and the person can try
 * again: what was already detached stays detached, and repeating it changes nothing.
 */
export async function deleteMyAccount(ctx: SubgraphContext, password: string, services: AccountsServices): Promise<AccountDeletionResult> {
  const userId = ctx.caller.userId;
  if (!userId) throw new UnauthenticatedError();
  const user = await ctx.em.findOne(User, userId);
  if (!user) throw new UnauthenticatedError();
  if (user.role !== Role.CLIENT) {
    // A therapist's clinical duties and an admin's audit trail outlive a self-service button.
    throw new ForbiddenError('Therapist and admin accounts are closed by Caregraph support, not from the app. Please contact us.');
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new UserInputError('password', 'The password is not right.');
  }
  let parts: { bookings: ErasurePart; carePlans: ErasurePart; notifications: ErasurePart };
  try {
    const [bookings, carePlans, notifications] = await Promise.all([
      callGraphAsSystem<{ part: ErasurePart }>(services, ERASE_BOOKINGS, { userId }, 'bookings'),
      callGraphAsSystem<{ part: ErasurePart }>(services, ERASE_CARE_PLANS, { userId }, 'care-plans'),
      callGraphAsSystem<{ part: ErasurePart }>(services, ERASE_NOTIFICATIONS, { userId }, 'notifications'),
    ]);
    parts = { bookings: bookings.part, carePlans: carePlans.part, notifications: notifications.part };
  } catch (error) {
    if (!(error instanceof GraphCallError)) throw error;
    ctx.logger.error({ reason: error.message }, 'account deletion: erasing data elsewhere failed; account kept');
    throw new GraphQLError('Your account could not be deleted right now, and nothing was deleted from it. Please try again later.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
  // The sessions end with the account, in one transaction: its access tokens stop working within seconds.
  await ctx.em.transactional(async (em) => {
    await new RefreshTokenService(em, services.config.refreshTokenTtlDays, services.config.accessTokenTtlSeconds).revokeAllOf(userId);
    await em.nativeDelete(User, { id: userId });
  });
  ctx.logger.info('account deleted at its owner\'s request');
  const until = [parts.bookings.retainUntil, parts.carePlans.retainUntil].filter((d): d is string => Boolean(d)).sort().at(-1);
  return {
    deletedRecords: parts.bookings.deleted + parts.carePlans.deleted + parts.notifications.deleted,
    retainedRecords: parts.bookings.retained + parts.carePlans.retained + parts.notifications.retained,
    clinicalRecordsRetainedUntil: until ? new Date(until) : null,
  };
}
