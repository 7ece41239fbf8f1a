import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A therapist's cancellation policy, shown to a client before booking and before cancelling." })
export class CancellationPolicy {
  @Field(() => Int, {
    description:
      'Cancelling is free until this many hours before a session starts (0 to 168); a client cancelling later is recorded as a late ' +
      'cancellation. A booking keeps the policy in force when it was made (`Booking.freeCancellationUntil`).',
  })
  freeCancellationHours!: number;
}
