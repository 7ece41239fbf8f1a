import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** What `eraseClientCarePlans` did. */
@ObjectType({ description: "What erasing a client's care plans did: how many plans were kept as clinical records, how many deleted." })
// The platform's own (SYSTEM): outside the public graph, like the mutation that returns it (docs/adr/006).
@Directive('@inaccessible')
export class CarePlanErasureResult {
  @Field(() => Int, {
    description:
      'Plans past the draft stage (ACTIVE, ON_HOLD, COMPLETED, CANCELLED), kept as clinical records: detached from the login, ' +
      'under a pseudonym, until their retention date. 0 when run again for the same person.',
  })
  retained!: number;

  @Field(() => Int, { description: 'DRAFT plans, never put to use, deleted. 0 when run again.' })
  deleted!: number;

  @Field(() => Date, {
    nullable: true,
    description: "The date until which the retained plans must be kept (the plans' last change + 20 years: NHS Records Management Code of Practice, mental health records); the retention purge deletes them after it. Null when nothing was retained.",
  })
  retainUntil!: Date | null;
}
