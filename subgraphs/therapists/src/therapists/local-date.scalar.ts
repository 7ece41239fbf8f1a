import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time or zone (`2027-03-31`), e.g. when an HCPC registration is due for renewal. */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: 'A calendar date with no time or time zone, as `YYYY-MM-DD`, e.g. `2027-03-31`.',
});
