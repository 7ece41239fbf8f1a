import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BookingStatus } from './booking-status';

/** Narrows a therapist's own list of bookings (the workspace's week agenda, its requests). */
@InputType({ description: "Narrows a therapist's bookings; every condition given must hold. With both bounds, the span is at most 93 days." })
export class TherapistBookingFilter {
  @Field(() => [BookingStatus], { nullable: true, description: 'Only bookings in one of these statuses; every status when left out.' })
  @IsOptional()
  @ArrayMaxSize(6, { message: '$property may list at most 6 statuses.' })
  @IsEnum(BookingStatus, { each: true, message: '$property must hold booking statuses.' })
  statuses?: BookingStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Only sessions starting at or after this instant.' })
  @IsOptional()
  startsFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only sessions starting before this instant: after `startsFrom`, and at most 93 days after it.' })
  @IsOptional()
  startsBefore?: Date | null;
}
