import { Field, Int, ObjectType } from 'type-graphql';
import { AccountAuditEntry } from './account-audit.entity';

/** One page of the account audit, newest first. */
@ObjectType({ description: 'A page of account audit records, newest first, with the number matching the filter.' })
export class AccountAuditPage {
  @Field(() => [AccountAuditEntry], { description: 'The records on this page.' })
  items!: AccountAuditEntry[];

  @Field(() => Int, { description: 'How many records match the filter in all.' })
  total!: number;
}
