import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One problem the client chose, rated for the COPM (Canadian Occupational Performance Measure) style ratings.' })
export class CopmRatingView {
  @Field({ description: 'The everyday activity the client finds hard, in their words, e.g. "Getting to the shops".' })
  problem!: string;

  @Field(() => Int, { description: 'How well the client does it now, 1 (not able) to 10 (extremely well).' })
  performance!: number;

  @Field(() => Int, { description: 'How satisfied the client is with how they do it, 1 (not at all) to 10 (extremely).' })
  satisfaction!: number;
}
