import { Field, ObjectType } from 'type-graphql';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from './booking-action';
import { BookingParty } from '../bookings/booking-party';

@ObjectType({ description: "One step in a booking's history." })
export class BookingHistoryEntry {
  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => BookingAction, { description: 'What happened.' })
  action!: BookingAction;

  @Field(() => BookingParty, { description: 'Who did it.' })
  actor!: BookingParty;

  @Field(() => BookingStatus, { description: 'The status before.' })
  fromStatus!: BookingStatus;

  @Field(() => BookingStatus, { description: 'The status after.' })
  toStatus!: BookingStatus;

  @Field(() => Date, { nullable: true, description: 'For a reschedule: the start before the move.' })
  previousStartsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'For a reschedule: the start after the move.' })
  newStartsAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason given (cancel, decline); only the two people in the session see it.' })
  reason!: string | null;
}
