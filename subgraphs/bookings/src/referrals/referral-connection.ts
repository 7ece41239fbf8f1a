import { ConnectionArgs, ConnectionType } from '@caregraph/runtime';
import { ArgsType, Field } from 'type-graphql';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

/** `ReferralConnection` / `ReferralEdge`: a page of referrals. */
export const ReferralConnection = ConnectionType(Referral, 'Referral');
export type ReferralConnection = InstanceType<typeof ReferralConnection>;

@ArgsType()
export class ReferralListArgs extends ConnectionArgs {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Only referrals in these statuses.' })
  statuses?: ReferralStatus[] | null;
}
