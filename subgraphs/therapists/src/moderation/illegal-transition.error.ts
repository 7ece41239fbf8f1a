import { GraphQLError } from 'graphql';
import { ErrorCode } from '@caregraph/kernel';
import type { ListingStatus } from '../therapists/listing-status';
import type { ListingAction } from './listing-action';

/**
 * A moderation step the listing's current state does not allow. CONFLICT (the request clashes
 * with the record's state), naming the current state, the action and the state it would lead to.
 */
export class IllegalTransitionError extends GraphQLError {
  constructor(message: string, details: { action: ListingAction; currentStatus: ListingStatus; requestedStatus: ListingStatus }) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
  }
}
