import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Everything Caregraph holds on one person (UK GDPR right of access), assembled through the
 * graph: accounts owns the entity and the account part; the other subgraphs add their parts.
 */
@ObjectType({
  description:
    'Everything Caregraph holds on you, as one machine-readable document: your account here, and (added by the other services) your therapist listing, bookings and care plans. Only you can read your own.',
})
@Directive('@key(fields: "userId")')
export class PersonalDataExport {
  @Field(() => ID, { description: 'Whose data this is: always the signed-in person.' })
  userId!: string;

  @Field(() => Date, { description: 'When this export was put together.' })
  generatedAt!: Date;
}
