import { ConflictError, UserInputError } from '@caregraph/kernel';

/**
 * Optimistic locking: the caller says which version they edited. A stale one is CONFLICT and nothing is
 * written; the UPDATE's own `where version = …` catches an edit that lands between this check and the flush.
 */
export function assertCurrentVersion(record: { version: number }, expectedVersion: number, what: string): void {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1) throw new UserInputError('expectedVersion', 'expectedVersion must be the version you last read.');
  if (record.version !== expectedVersion) {
    throw new ConflictError(
      `This ${what} was changed by someone else since you read it (you had version ${expectedVersion}, it is now ${record.version}). Reload it and try again.`,
      'CONFLICT',
      'expectedVersion',
    );
  }
}
