import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A free session time in a therapist\'s diary, bookable with `createBooking`.' })
export class TimeSlot {
  @Field(() => Date, { description: 'When the session would start.' })
  startsAt!: Date;

  @Field(() => Date, { description: "When it would end (start + the therapist's session length)." })
  endsAt!: Date;
}
