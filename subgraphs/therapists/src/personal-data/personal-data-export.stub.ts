import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `PersonalDataExport`, as far as therapists knows it: the key, to which
 * therapists adds `therapistListing`. No description on purpose: the owner's is the one shown.
 */
@ObjectType('PersonalDataExport')
@Directive('@key(fields: "userId")')
export class PersonalDataExportStub {
  @Field(() => ID)
  userId!: string;
}
