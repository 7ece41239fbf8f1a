import { PageInfo, PublicCache, PUBLIC_LISTING_MAX_AGE } from '@caregraph/runtime';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Therapist } from '../therapists/therapist.entity';
import { EXACT_TOTAL_BOUND } from './search-query';

/** One search result: the listing and, when searching near a postcode, how far away it is. */
@ObjectType({ description: 'One directory search result, with its cursor.' })
@PublicCache(PUBLIC_LISTING_MAX_AGE)
export class TherapistSearchEdge {
  @Field(() => Therapist, { description: 'The listing.' })
  node!: Therapist;

  @Field({ description: 'Opaque position of this result in the list.' })
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Distance in km (to 0.1 km) from the searched postcode to the centre of the therapist's postcode district; null when no postcode was given.",
  })
  distanceKm!: number | null;
}

/** A page of search results. */
@ObjectType({ description: 'A page of directory search results.' })
@PublicCache(PUBLIC_LISTING_MAX_AGE)
export class TherapistSearchConnection {
  @Field(() => [TherapistSearchEdge], { description: 'The results on this page.' })
  edges!: TherapistSearchEdge[];

  @PublicCache(PUBLIC_LISTING_MAX_AGE)
  @Field(() => PageInfo, { description: 'How to fetch the next page.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      `Number of listings matching the search: exact whenever at most ${EXACT_TOTAL_BOUND} match, and often beyond. ` +
      `When more match, counting may stop at ${EXACT_TOTAL_BOUND}: totalCount is then ${EXACT_TOTAL_BOUND} and totalCountIsExact is false, ` +
      `meaning more than ${EXACT_TOTAL_BOUND} listings match.`,
  })
  totalCount!: number;

  @Field({
    description:
      'True when totalCount is the exact number of matching listings. False when more than totalCount match and counting ' +
      'stopped there (a lower bound, not a count): page on with pageInfo.hasNextPage.',
  })
  totalCountIsExact!: boolean;
}
