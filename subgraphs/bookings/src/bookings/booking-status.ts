import { registerEnumType } from 'type-graphql';

/** Where a booking is in its life: requested, then confirmed or declined, then held or not. */
export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
  DECLINED = 'DECLINED',
}

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking is in its life.',
  valuesConfig: {
    REQUESTED: { description: 'The client asked for the session; the therapist has not answered yet.' },
    CONFIRMED: { description: 'The therapist accepted the session; it will go ahead.' },
    COMPLETED: { description: 'The session took place.' },
    NO_SHOW: { description: 'The client did not come to the session and did not cancel.' },
    CANCELLED: { description: 'The client or the therapist called the session off before it started.' },
    DECLINED: { description: 'The therapist turned the request down.' },
  },
});
