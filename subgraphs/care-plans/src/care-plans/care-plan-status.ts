import { registerEnumType } from 'type-graphql';

/** Where a care plan is in its life. */
export enum CarePlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CarePlanStatus, {
  name: 'CarePlanStatus',
  description: 'Where a care plan is in its life.',
  valuesConfig: {
    DRAFT: { description: 'The therapist and client are still writing the plan; it is not in use yet.' },
    ACTIVE: { description: 'The client is working through the plan.' },
    ON_HOLD: { description: 'Paused for now (for example during a hospital stay); it can be picked up again.' },
    COMPLETED: { description: 'The plan ran its course: its goals were met or reviewed to a close.' },
    CANCELLED: { description: 'The plan was stopped before it was completed.' },
  },
});
