import { registerEnumType } from 'type-graphql';

/** Orders of the directory search. */
export enum TherapistSearchSort {
  DISTANCE = 'DISTANCE',
  FEE = 'FEE',
  NEWEST = 'NEWEST',
}

registerEnumType(TherapistSearchSort, {
  name: 'TherapistSearchSort',
  description: 'How directory search results are ordered.',
  valuesConfig: {
    DISTANCE: { description: 'Nearest first. Needs `filter.near`.' },
    FEE: { description: 'Lowest fee per session first.' },
    NEWEST: { description: 'Most recently published first.' },
  },
});
