import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BookingStatus } from '../bookings/booking-status';

/** Narrows the admin booking list. */
@InputType({ description: 'Narrows the admin list of bookings; every condition given must hold.' })
export class AdminBookingFilter {
  @Field(() => [BookingStatus], { nullable: true, description: 'Only bookings in one of these statuses; every status when left out.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: '$property may list at most 10 statuses.' })
  @IsEnum(BookingStatus, { each: true, message: '$property must hold booking statuses.' })
  statuses?: BookingStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Only sessions starting at or after this instant.' })
  @IsOptional()
  startsFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only sessions starting before this instant.' })
  @IsOptional()
  startsBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: "Only sessions with this therapist (the listing's id, `Therapist.id`)." })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a listing id.' })
  therapistId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions booked by this client (`User.id`).' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id.' })
  clientId?: string | null;
}
