// The Apollo cache as the graph needs it (docs/architecture.md#entities, #time-and-money, #pagination):
// - entities are keyed by `id` (Therapist, Booking, User: Apollo's default), so a booking cancelled
//   on one screen shows cancelled everywhere, and a therapist opened from search starts from what
//   the search already fetched;
// - connections are Relay-style: pages fetched with `after` are appended to the list under one cache
//   entry per filter (relayStylePagination, keyed by every argument except first/after);
// - value objects without an identity (Money, TimeSlot, ConsentState, a care plan's trends) are
//   stored inside their parent, replaced whole.
import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One list per search (filter + sort); "Show more" appends the next page.
      searchTherapists: relayStylePagination(['filter', 'sort']),
      // A therapist already in the cache (from search results) is found by id without a request
      // for the fields it has; Apollo asks the network only for what is missing.
      therapist: {
        read(existing, { args, toReference }) {
          return existing ?? (args?.id ? toReference({ __typename: 'Therapist', id: args.id as string }) : undefined);
        },
      },
      booking: {
        read(existing, { args, toReference }) {
          return existing ?? (args?.id ? toReference({ __typename: 'Booking', id: args.id as string }) : undefined);
        },
      },
      me: { merge: true },
    },
  },
  User: {
    fields: {
      bookings: relayStylePagination(),
      consents: { merge: false },
    },
  },
  Therapist: {
    fields: {
      // Each (format, from, to) window is its own entry: Apollo keys fields by their arguments.
      availability: { merge: false },
    },
  },
  Booking: {
    fields: {
      history: { merge: false },
    },
  },
  CarePlan: {
    fields: {
      goals: { merge: false },
      activities: { merge: false },
      questionnaires: { merge: false },
    },
  },
  Activity: {
    fields: {
      // One list per window (`last: n`); a new log is appended by care-plan/cache-updates.ts.
      logs: { keyArgs: ['last'], merge: false },
    },
  },
  CarePlanTrends: { keyFields: false, merge: true },
  MeasureTrend: { keyFields: false },
  MeasurePoint: { keyFields: false },
  PersonalDataExport: { keyFields: ['userId'] },
  Money: { keyFields: false, merge: true },
  TimeSlot: { keyFields: false },
  ConsentState: { keyFields: false },
  HcpcVerification: { keyFields: false, merge: true },
};

/** A fresh cache with Caregraph's type policies. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}
