import { ConnectionArgs } from '@caregraph/runtime';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TherapistBookingFilter } from './therapist-booking-filter.input';

/** Page, filter and order of `Therapist.bookings`. */
@ArgsType()
export class TherapistBookingsArgs extends ConnectionArgs {
  @Field(() => TherapistBookingFilter, { nullable: true, description: 'Conditions; none lists every booking.' })
  @IsOptional()
  @ValidateNested()
  filter?: TherapistBookingFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'true: earliest start first (an agenda); false or left out: latest start first.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false.' })
  earliestFirst?: boolean | null;
}
