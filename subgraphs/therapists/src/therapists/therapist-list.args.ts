import { ConnectionArgs } from '@caregraph/runtime';
import { ArgsType, Field } from 'type-graphql';
import { ListingStatus } from './listing-status';

/** Arguments of `therapists`: a page window and the moderation status to list. */
@ArgsType()
export class TherapistListArgs extends ConnectionArgs {
  @Field(() => ListingStatus, {
    defaultValue: ListingStatus.APPROVED,
    description: 'List only listings with this status. Defaults to APPROVED, the listings clients see; other statuses are for admins.',
  })
  status!: ListingStatus;
}
