import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/** ISO-8601 instants in UTC (docs/architecture.md#time-and-money). Serialises a JS Date as `2026-03-29T09:00:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An instant in time, exchanged as an ISO-8601 string in UTC, e.g. `2026-03-29T09:00:00.000Z`.',
});

/** A calendar date without time or zone (`2027-03-31`): HCPC renewals, care-plan start and review days. One definition for every subgraph. */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: 'A calendar date with no time or time zone, as `YYYY-MM-DD`, e.g. `2027-03-31`.',
});
