import { registerEnumType } from 'type-graphql';

/** A therapist's gender, when they choose to show it (some clients ask for a therapist of a given gender). */
export enum TherapistGender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
}

registerEnumType(TherapistGender, {
  name: 'TherapistGender',
  description: "A therapist's gender, shown only when the therapist chooses to give it.",
  valuesConfig: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    NON_BINARY: { description: 'Non-binary.' },
  },
});
