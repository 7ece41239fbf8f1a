import { ConnectionType } from '@caregraph/runtime';
import { Booking } from './booking.entity';

/** `BookingConnection` / `BookingEdge`: a page of bookings. */
export const BookingConnection = ConnectionType(Booking, 'Booking');
export type BookingConnection = InstanceType<typeof BookingConnection>;
