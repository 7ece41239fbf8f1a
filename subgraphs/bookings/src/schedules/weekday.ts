import { registerEnumType } from 'type-graphql';

/** A day of the week, as a therapist's working hours name it. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** ISO weekday numbers: MONDAY = 1 … SUNDAY = 7. */
export const ISO_WEEKDAY: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Monday' },
    TUESDAY: { description: 'Tuesday' },
    WEDNESDAY: { description: 'Wednesday' },
    THURSDAY: { description: 'Thursday' },
    FRIDAY: { description: 'Friday' },
    SATURDAY: { description: 'Saturday' },
    SUNDAY: { description: 'Sunday' },
  },
});
