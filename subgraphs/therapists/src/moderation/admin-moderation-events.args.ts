import { AdminPageArgs } from '@caregraph/runtime';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ModerationEventFilter } from './moderation-event-filter.input';

/** Filter and page of `adminModerationEvents`. */
@ArgsType()
export class AdminModerationEventsArgs extends AdminPageArgs {
  @Field(() => ModerationEventFilter, { nullable: true, description: 'Conditions; none lists every event.' })
  @IsOptional()
  @ValidateNested()
  filter?: ModerationEventFilter | null;
}
