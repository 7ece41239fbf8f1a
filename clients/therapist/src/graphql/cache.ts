import type { TypePolicies } from '@apollo/client';

// Entities are keyed by `id` (Booking, CarePlan, Goal, User: Apollo's default). Lists the graph answers
// whole (a plan's goals, a booking's history) replace what the cache had.
export const typePolicies: TypePolicies = {
  Query: { fields: { me: { merge: true } } },
  Booking: { fields: { history: { merge: false } } },
};
