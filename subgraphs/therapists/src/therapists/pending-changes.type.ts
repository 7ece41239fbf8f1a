import { Field, ObjectType } from 'type-graphql';
import { Condition, SessionFormat } from '@caregraph/vocabulary';

/** Edits to checked fields of a published listing, waiting for an admin; the live listing keeps the approved values. */
@ObjectType({ description: 'Edits to the checked fields of a published listing, waiting for review. A null field is unchanged.' })
export class TherapistPendingChanges {
  @Field(() => String, { nullable: true, description: 'Proposed display name.' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'Proposed HCPC registration number.' })
  hcpcNumber!: string | null;

  @Field(() => [Condition], { nullable: true, description: 'Proposed conditions supported.' })
  conditions!: Condition[] | null;

  @Field(() => [SessionFormat], { nullable: true, description: 'Proposed session formats.' })
  sessionFormats!: SessionFormat[] | null;

  @Field(() => Date, { description: 'Since when the changes have been waiting for review.' })
  proposedAt!: Date;
}
