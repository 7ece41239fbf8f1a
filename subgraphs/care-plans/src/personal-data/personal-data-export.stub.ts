import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `PersonalDataExport` (the document `exportMyData` returns), as far
 * as care-plans knows it: the key, to which care-plans adds `carePlans`. No description on the
 * type or key on purpose: the owner's are the ones the supergraph shows.
 */
@ObjectType('PersonalDataExport')
@Directive('@key(fields: "userId")')
export class PersonalDataExportStub {
  @Field(() => ID)
  userId!: string;
}
