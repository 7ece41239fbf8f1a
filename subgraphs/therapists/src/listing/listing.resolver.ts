import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { ListingNoteArgs, ListingVersionArgs } from '../moderation/listing-mutation.args';
import { ModerationService } from '../moderation/moderation.service';
import type { TherapistsServices } from '../services';
import { Therapist } from '../therapists/therapist.entity';
import { CreateTherapistListingInput } from './create-listing.input';
import { ListingEditor } from './listing-editor.service';
import { UpdateTherapistListingInput } from './update-listing.input';

/** What a therapist does with their own listing. Each answers with the listing as it now is. */
@Resolver()
export class ListingResolver {
  constructor(private readonly services: TherapistsServices) {}

  @Authorized('THERAPIST')
  @Mutation(() => Therapist, { description: 'Therapists: create your listing (one per therapist) as a DRAFT.' })
  createTherapistListing(
    @Arg('input', () => CreateTherapistListingInput, { description: 'The new listing.' }) input: CreateTherapistListingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Therapist> {
    return new ListingEditor(ctx, this.services.geocoder).create(input);
  }

  @Authorized()
  @Mutation(() => Therapist, {
    description: 'Owner: edit your listing (not while PENDING_REVIEW, nor once REJECTED). On a published listing, changes to the name, HCPC number, conditions and formats wait for review.',
  })
  updateTherapistListing(
    @Args(() => ListingVersionArgs) args: ListingVersionArgs,
    @Arg('input', () => UpdateTherapistListingInput, { description: 'The fields to change.' }) input: UpdateTherapistListingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Therapist> {
    return new ListingEditor(ctx, this.services.geocoder).update(args.id, args.expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => Therapist, { description: 'Owner: send a DRAFT or CHANGES_REQUESTED listing for review (PENDING_REVIEW). Refused with the list of missing fields when incomplete.' })
  submitTherapistListing(@Args(() => ListingNoteArgs) args: ListingNoteArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).submit(args.id, args.expectedVersion, args.note);
  }

  @Authorized()
  @Mutation(() => Therapist, { description: 'Owner: take your APPROVED listing out of the directory for now (it stays approved).' })
  hideTherapistListing(@Args(() => ListingVersionArgs) args: ListingVersionArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).setHidden(args.id, args.expectedVersion, true);
  }

  @Authorized()
  @Mutation(() => Therapist, { description: 'Owner: show your hidden APPROVED listing in the directory again.' })
  unhideTherapistListing(@Args(() => ListingVersionArgs) args: ListingVersionArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).setHidden(args.id, args.expectedVersion, false);
  }
}
