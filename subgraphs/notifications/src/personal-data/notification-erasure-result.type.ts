import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** What `eraseUserNotifications` did. */
@ObjectType({ description: "What erasing a person's notifications did: everything is deleted, nothing is kept." })
// The platform's own (SYSTEM): outside the public graph, like the mutation that returns it (docs/adr/006).
@Directive('@inaccessible')
export class NotificationErasureResult {
  @Field(() => Int, { description: 'Always 0: no notification is a clinical record that must be kept.' })
  retained!: number;

  @Field(() => Int, { description: 'Rows deleted: in-app notifications, deliveries addressed to the person, preferences and unsubscribe links. 0 when run again.' })
  deleted!: number;

  @Field(() => Date, { nullable: true, description: 'Always null: nothing is retained.' })
  retainUntil!: Date | null;
}
