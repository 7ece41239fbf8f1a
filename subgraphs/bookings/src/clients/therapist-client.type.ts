import { Field, Int, ObjectType } from 'type-graphql';
import { UserStub } from '../references/user.stub';

/** One client of the calling therapist, summarised from their bookings together (names live in accounts). */
@ObjectType({ description: 'A client you have a care relationship with (a booking with you that was not cancelled or declined), summarised from your sessions together.' })
export class TherapistClient {
  /** accounts `User.id` of the client. */
  clientId!: string;

  /** The next session still going ahead, resolved to a `Booking` by its field. */
  nextSessionId!: string | null;

  @Field(() => UserStub, { description: 'The client (accounts resolves their name).' })
  client!: UserStub;

  @Field(() => Date, { description: 'When the earliest session with you that was not cancelled or declined starts (it may still be to come).' })
  firstSessionAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the latest session that took place (COMPLETED) started; null when none has yet.' })
  lastSessionAt!: Date | null;

  @Field(() => Int, { description: 'Sessions that took place (COMPLETED).' })
  completedSessions!: number;

  @Field(() => Int, { description: 'Sessions still going ahead: REQUESTED or CONFIRMED and starting later than now.' })
  upcomingSessions!: number;
}
