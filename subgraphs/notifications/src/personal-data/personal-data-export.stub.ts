import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `PersonalDataExport`, as far as notifications knows it: the key, to which
 * notifications adds `notifications`. No description on the type or key on purpose: the owner's are shown.
 */
@ObjectType('PersonalDataExport')
@Directive('@key(fields: "userId")')
export class PersonalDataExportStub {
  @Field(() => ID)
  userId!: string;
}
