import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { Therapist } from '../therapists/therapist.entity';
import { ApproveListingArgs, HcpcLapsedArgs, ListingReasonArgs, RequestChangesArgs, VerifyHcpcArgs } from './listing-mutation.args';
import { ModerationService } from './moderation.service';

/** The admins' moderation steps. Each answers with the listing as it now is. */
@Resolver()
export class ModerationResolver {
  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: approve and publish a PENDING_REVIEW listing. Needs a verified HCPC registration (give `hcpcRegisterExpiresOn` to verify it in the same step).' })
  approveTherapistListing(@Args(() => ApproveListingArgs) args: ApproveListingArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).approve(args.id, args.expectedVersion, args.hcpcRegisterExpiresOn, args.note);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: send a PENDING_REVIEW listing back to the therapist (CHANGES_REQUESTED) with a message.' })
  requestTherapistListingChanges(@Args(() => RequestChangesArgs) args: RequestChangesArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).requestChanges(args.id, args.expectedVersion, args.message);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: refuse a PENDING_REVIEW listing (REJECTED, final) with a reason.' })
  rejectTherapistListing(@Args(() => ListingReasonArgs) args: ListingReasonArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).reject(args.id, args.expectedVersion, args.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: take an APPROVED listing out of the directory (SUSPENDED) with a reason, e.g. a lapsed registration or a complaint.' })
  suspendTherapistListing(@Args(() => ListingReasonArgs) args: ListingReasonArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).suspend(args.id, args.expectedVersion, args.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: lift a suspension (SUSPENDED → APPROVED) with a reason.' })
  reinstateTherapistListing(@Args(() => ListingReasonArgs) args: ListingReasonArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).reinstate(args.id, args.expectedVersion, args.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: "Admins: make a published listing's pending changes live. A new HCPC number needs `hcpcRegisterExpiresOn`." })
  approveTherapistListingChanges(@Args(() => ApproveListingArgs) args: ApproveListingArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).approveChanges(args.id, args.expectedVersion, args.hcpcRegisterExpiresOn, args.note);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: "Admins: discard a published listing's pending changes with a reason; the approved values stay." })
  declineTherapistListingChanges(@Args(() => ListingReasonArgs) args: ListingReasonArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).declineChanges(args.id, args.expectedVersion, args.reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: record that the HCPC number is on the register, valid until `registerExpiresOn`.' })
  verifyTherapistHcpcRegistration(@Args(() => VerifyHcpcArgs) args: VerifyHcpcArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).verifyHcpc(args.id, args.expectedVersion, args.registerExpiresOn, args.notes);
  }

  @Authorized('ADMIN')
  @Mutation(() => Therapist, { description: 'Admins: record that the HCPC registration has lapsed. The listing stays as it is: suspend it separately if needed.' })
  markTherapistHcpcLapsed(@Args(() => HcpcLapsedArgs) args: HcpcLapsedArgs, @Ctx() ctx: SubgraphContext): Promise<Therapist> {
    return new ModerationService(ctx).markHcpcLapsed(args.id, args.expectedVersion, args.notes);
  }
}
