import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** What `eraseClientBookings` did. */
@ObjectType({ description: "What erasing a client's bookings did: how many records were kept as clinical records, how many deleted." })
// The platform's own (SYSTEM): outside the public graph, like the mutation that returns it (docs/adr/006).
@Directive('@inaccessible')
export class BookingErasureResult {
  @Field(() => Int, {
    description:
      'Sessions that took place (COMPLETED, NO_SHOW, or CONFIRMED and already started), kept as clinical records: detached from the login, ' +
      'under a pseudonym, until their retention date. 0 when run again for the same person.',
  })
  retained!: number;

  @Field(() => Int, {
    description: 'Bookings that were never held (REQUESTED, CANCELLED, DECLINED, CONFIRMED in the future), deleted. 0 when run again.',
  })
  deleted!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'The date until which the retained records must be kept (last session end + 20 years: NHS Records Management Code of Practice, mental health records); the retention purge deletes them after it. Null when nothing was retained.',
  })
  retainUntil!: Date | null;
}
