import { AdminPageArgs } from '@caregraph/runtime';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AdminBookingFilter } from './admin-booking-filter.input';

/** Filter, order and page of `adminBookings`. */
@ArgsType()
export class AdminBookingsArgs extends AdminPageArgs {
  @Field(() => AdminBookingFilter, { nullable: true, description: 'Conditions; none lists every booking.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminBookingFilter | null;

  @Field(() => Boolean, { defaultValue: false, description: 'true: earliest start first; false (the default): latest start first.' })
  @IsBoolean({ message: '$property must be true or false.' })
  earliestFirst!: boolean;
}
