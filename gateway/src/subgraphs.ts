/**
 * The subgraphs the gateway serves: their names as they appear in the supergraph, the SDL file
 * under schema/, the variable holding each one's URL, and the local development URL that the
 * committed supergraph carries (docs/architecture.md#static-supergraph and #ports).
 */
export const SUBGRAPHS = [
  { name: 'accounts', sdlFile: 'accounts.graphql', urlVariable: 'ACCOUNTS_URL', localUrl: 'http://127.0.0.1:4101/graphql' },
  { name: 'therapists', sdlFile: 'therapists.graphql', urlVariable: 'THERAPISTS_URL', localUrl: 'http://127.0.0.1:4102/graphql' },
  { name: 'bookings', sdlFile: 'bookings.graphql', urlVariable: 'BOOKINGS_URL', localUrl: 'http://127.0.0.1:4103/graphql' },
  { name: 'care-plans', sdlFile: 'care-plans.graphql', urlVariable: 'CARE_PLANS_URL', localUrl: 'http://127.0.0.1:4104/graphql' },
  { name: 'notifications', sdlFile: 'notifications.graphql', urlVariable: 'NOTIFICATIONS_URL', localUrl: 'http://127.0.0.1:4105/graphql' },
] as const;

/** Name of one of the five subgraphs. */
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
