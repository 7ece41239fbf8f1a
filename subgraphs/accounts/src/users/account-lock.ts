import { UnauthenticatedError } from '@caregraph/kernel';

/**
 * The answer to someone who proved who they are but whose account an admin has locked. Given
 * only after the password was right, so it tells a stranger nothing.
 */
export function accountLockedError(): UnauthenticatedError {
  return new UnauthenticatedError('This account is locked. Please contact Caregraph support.');
}
