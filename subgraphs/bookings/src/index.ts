export { bookingsSubgraph } from './subgraph';
export { Booking } from './bookings/booking.entity';
export { BookingStatus } from './bookings/booking-status';
