import { ConflictError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import type { Geocoder } from '../geocoding/geocoder';
import { ListingAction } from '../moderation/listing-action';
import { ListingEvent } from '../moderation/listing-event.entity';
import { changeListing } from '../moderation/listing-change';
import { assertEditable } from '../moderation/listing-lifecycle';
import { isPublished, requireOwner } from '../therapists/listing-access';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import { applyListingFields } from './apply-listing-fields';
import { applyCheckedValues, checkedValuesOf, proposeCheckedValues } from './checked-fields';
import type { CreateTherapistListingInput } from './create-listing.input';
import { assertHcpcNumberFree } from './hcpc-number-availability';
import { IncompleteListingError, missingFields } from './listing-completeness';
import { locateListing } from './listing-location';
import type { UpdateTherapistListingInput } from './update-listing.input';

/** Therapists writing their own listing: creating it and editing it. Each call is one transaction. */
export class ListingEditor {
  constructor(
    private readonly ctx: SubgraphContext,
    private readonly geocoder: Geocoder,
  ) {}

  /** Creates the caller's listing as a DRAFT. CONFLICT when they already have one or the HCPC number is taken. */
  async create(input: CreateTherapistListingInput): Promise<Therapist> {
    const location = await locateListing(this.geocoder, input.postcode);
    const userId = this.ctx.caller.userId!;
    return this.ctx.em.transactional(async (em) => {
      if ((await em.count(Therapist, { userId })) > 0) {
        throw new ConflictError('You already have a listing: edit it instead of creating another.');
      }
      await assertHcpcNumberFree(em, input.hcpcNumber, null);
      const listing = em.create(Therapist, { userId, displayName: input.displayName.trim(), hcpcNumber: input.hcpcNumber });
      applyListingFields(listing, input, location);
      if (input.conditions != null) listing.conditions = input.conditions;
      if (input.sessionFormats != null) listing.sessionFormats = input.sessionFormats;
      em.persist(em.create(ListingEvent, { therapist: listing, action: ListingAction.CREATED, fromStatus: null, toStatus: ListingStatus.DRAFT, actorId: userId }));
      return listing;
    });
  }

  /**
   * Edits the caller's listing. Unchecked fields change at once. Checked fields (name, HCPC
   * number, conditions, formats) change at once on an unpublished listing; on a published one
   * they wait for review while the approved values stay live. A published listing must stay
   * complete.
   */
  async update(id: string, expectedVersion: number, input: UpdateTherapistListingInput): Promise<Therapist> {
    if (input.displayName === null) throw new UserInputError('displayName', 'displayName cannot be removed: a listing always has a name.');
    if (input.hcpcNumber === null) throw new UserInputError('hcpcNumber', 'hcpcNumber cannot be removed: a listing always has an HCPC number.');
    const location = await locateListing(this.geocoder, input.postcode);
    return changeListing(this.ctx, id, expectedVersion, async ({ em, listing, now, record }) => {
      requireOwner(this.ctx.caller, listing, 'edit it');
      assertEditable(listing);
      if (input.hcpcNumber) await assertHcpcNumberFree(em, input.hcpcNumber, listing.id);
      applyListingFields(listing, input, location);
      const checked = checkedValuesOf(input);
      if (!isPublished(listing)) {
        applyCheckedValues(listing, checked);
        return;
      }
      if (proposeCheckedValues(listing, checked, now)) record(ListingAction.CHANGES_PROPOSED, listing.status);
      const missing = missingFields({ ...listing, ...listing.pendingChanges } as Therapist);
      if (missing.length > 0) throw new IncompleteListingError(missing, 'A published listing must stay complete');
    });
  }
}
