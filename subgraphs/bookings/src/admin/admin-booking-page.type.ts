import { Field, Int, ObjectType } from 'type-graphql';
import { Booking } from '../bookings/booking.entity';

/** One page of the admin booking list, with the total for react-admin's pagination. */
@ObjectType({ description: 'A page of bookings for admins, with the number matching the filter.' })
export class AdminBookingPage {
  @Field(() => [Booking], { description: "The bookings on this page. Admins never see the client's note, the video link, the visit postcode or reasons: those fields are null for them." })
  items!: Booking[];

  @Field(() => Int, { description: 'How many bookings match the filter in all.' })
  total!: number;
}
