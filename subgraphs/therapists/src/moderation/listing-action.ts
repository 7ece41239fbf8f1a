import { registerEnumType } from 'type-graphql';

/** Something that happened to a listing, as recorded in its moderation history. */
export enum ListingAction {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  HIDDEN = 'HIDDEN',
  UNHIDDEN = 'UNHIDDEN',
  CHANGES_PROPOSED = 'CHANGES_PROPOSED',
  CHANGES_APPROVED = 'CHANGES_APPROVED',
  CHANGES_DECLINED = 'CHANGES_DECLINED',
  HCPC_VERIFIED = 'HCPC_VERIFIED',
  HCPC_LAPSED = 'HCPC_LAPSED',
}

registerEnumType(ListingAction, {
  name: 'ListingAction',
  description: "Something that happened to a listing, as recorded in its moderation history.",
  valuesConfig: {
    CREATED: { description: 'The therapist created the listing as a DRAFT.' },
    SUBMITTED: { description: 'The therapist sent the listing for review (to PENDING_REVIEW).' },
    APPROVED: { description: 'An admin approved and published the listing.' },
    CHANGES_REQUESTED: { description: 'An admin sent the listing back to the therapist with changes to make.' },
    REJECTED: { description: 'An admin refused the listing.' },
    SUSPENDED: { description: 'An admin took a published listing out of the directory.' },
    REINSTATED: { description: 'An admin lifted a suspension: the listing is APPROVED again.' },
    HIDDEN: { description: 'The therapist hid their approved listing from the directory.' },
    UNHIDDEN: { description: 'The therapist showed their hidden listing in the directory again.' },
    CHANGES_PROPOSED: { description: 'The therapist edited checked fields of a published listing: the changes wait for review.' },
    CHANGES_APPROVED: { description: 'An admin approved the pending changes: they are live.' },
    CHANGES_DECLINED: { description: 'An admin declined the pending changes: the approved values stay.' },
    HCPC_VERIFIED: { description: 'An admin found the HCPC registration on the register.' },
    HCPC_LAPSED: { description: 'An admin recorded that the HCPC registration has lapsed.' },
  },
});
