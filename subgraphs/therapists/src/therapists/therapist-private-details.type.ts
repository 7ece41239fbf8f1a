import { Field, ObjectType } from 'type-graphql';
import { TherapistPendingChanges } from './pending-changes.type';
import type { Therapist } from './therapist.entity';

/**
 * The unpublished part of a listing, for its owner and admins only. Built by
 * `Therapist.privateDetails`, which returns null to anyone else; the history and the verifying
 * admin are resolved in TherapistPrivateDetailsResolver.
 */
@ObjectType({ description: 'The unpublished part of a listing: only its owner and admins can read it.' })
export class TherapistPrivateDetails {
  /** The listing these details belong to (for the field resolvers). */
  listing!: Therapist;

  @Field(() => String, { nullable: true, description: 'The full base postcode, e.g. `LS6 2AB` (the public sees only `outwardCode`).' })
  postcode!: string | null;

  @Field({ description: 'True when the owner has hidden the approved listing from the directory.' })
  hidden!: boolean;

  @Field(() => Date, { nullable: true, description: 'Since when the listing has waited in the moderation queue; null when it is not waiting.' })
  reviewRequestedAt!: Date | null;

  @Field(() => TherapistPendingChanges, { nullable: true, description: 'Edits to checked fields waiting for review; null when there are none.' })
  pendingChanges!: TherapistPendingChanges | null;

  @Field(() => String, { nullable: true, description: "The admins' notes on the HCPC registration check." })
  hcpcVerificationNotes!: string | null;
}

/** Builds the private view of a listing (the caller's right to it is checked by the caller). */
export function privateDetailsOf(listing: Therapist): TherapistPrivateDetails {
  const pending = listing.pendingChanges;
  return {
    listing,
    postcode: listing.postcode,
    hidden: listing.hidden,
    reviewRequestedAt: listing.reviewRequestedAt,
    pendingChanges: pending
      ? {
          displayName: pending.displayName ?? null,
          hcpcNumber: pending.hcpcNumber ?? null,
          conditions: pending.conditions ?? null,
          sessionFormats: pending.sessionFormats ?? null,
          proposedAt: listing.reviewRequestedAt ?? listing.updatedAt,
        }
      : null,
    hcpcVerificationNotes: listing.hcpcVerificationNotes,
  };
}
