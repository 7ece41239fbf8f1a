import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListingAction } from './listing-action';

/** Narrows the admin list of moderation events. */
@InputType({ description: 'Narrows the list of moderation events; every condition given must hold.' })
export class ModerationEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this person did (an admin, or the therapist on their own listing).' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this listing.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a listing id.' })
  listingId?: string | null;

  @Field(() => [ListingAction], { nullable: true, description: 'Only these kinds of event (e.g. the admin decisions); all kinds when left out.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '$property may list at most 20 actions.' })
  @IsEnum(ListingAction, { each: true, message: '$property must hold listing actions.' })
  actions?: ListingAction[] | null;

  @Field(() => Date, { nullable: true, description: 'Only events from this instant on (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events before this instant (exclusive).' })
  @IsOptional()
  to?: Date | null;
}
