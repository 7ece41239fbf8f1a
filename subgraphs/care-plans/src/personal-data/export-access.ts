import { ForbiddenError, type Caller } from '@caregraph/runtime';

/**
 * The right of access belongs to the person alone: the caller must be the user the export is
 * about. Admins are refused (they never see clinical records this way), and so is SYSTEM,
 * even were its own id asked for: the platform acting on its own behalf is nobody's export.
 */
export function assertOwnExport(caller: Caller, userId: string): void {
  if (caller.userId !== userId || caller.roles.includes('SYSTEM')) {
    throw new ForbiddenError('Only the person themselves can export their personal data.');
  }
}
