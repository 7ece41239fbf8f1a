import { registerEnumType } from 'type-graphql';

/** What happened to a booking: each lifecycle step, as recorded in its history. */
export enum BookingAction {
  CONFIRM = 'CONFIRM',
  DECLINE = 'DECLINE',
  CANCEL = 'CANCEL',
  COMPLETE = 'COMPLETE',
  MARK_NO_SHOW = 'MARK_NO_SHOW',
  RESCHEDULE = 'RESCHEDULE',
}

registerEnumType(BookingAction, {
  name: 'BookingAction',
  description: 'A step in the life of a booking.',
  valuesConfig: {
    CONFIRM: { description: 'The therapist accepted a requested session.' },
    DECLINE: { description: 'The therapist turned a requested session down.' },
    CANCEL: { description: 'The client or the therapist called the session off.' },
    COMPLETE: { description: 'The therapist recorded that the session took place.' },
    MARK_NO_SHOW: { description: 'The therapist recorded that the client did not come.' },
    RESCHEDULE: { description: 'The session moved to another time.' },
  },
});
