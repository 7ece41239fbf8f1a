import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { WebhookEndpointStatus } from './webhook-endpoint-status';
import { WebhookEventType } from './webhook-event-type';

/** Longest a previous signing secret may keep signing after a rotation: one week. */
export const MAX_PREVIOUS_WEBHOOK_SECRET_MINUTES = 7 * 24 * 60;

const EVENT_TYPES = Object.keys(WebhookEventType).length;

@InputType({ description: 'A new endpoint for an organisation’s events.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { nullable: true, description: "The organisation; an organisation's system may leave it out (its own)." })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId?: string | null;

  @Field({ description: 'Where to post events: an HTTPS URL reachable on the internet.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What the organisation calls it, up to 200 characters.' })
  @IsOptional()
  @Length(1, 200, { message: '$property must be 1 to 200 characters long.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'The events it receives: at least one.' })
  @ArrayMinSize(1, { message: '$property must hold at least one event type.' })
  @ArrayMaxSize(EVENT_TYPES, { message: `$property must hold at most ${EVENT_TYPES} event types.` })
  eventTypes!: WebhookEventType[];
}

@InputType({ description: 'Changes to an endpoint; what is left out stays as it is.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID('all', { message: '$property must be a webhook endpoint id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (HTTPS).' })
  @IsOptional()
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description, up to 200 characters.' })
  @IsOptional()
  @Length(1, 200, { message: '$property must be 1 to 200 characters long.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events it receives from now on: at least one.' })
  @IsOptional()
  @ArrayMinSize(1, { message: '$property must hold at least one event type.' })
  @ArrayMaxSize(EVENT_TYPES, { message: `$property must hold at most ${EVENT_TYPES} event types.` })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => WebhookEndpointStatus, { nullable: true, description: 'DISABLED stops sending; ACTIVE starts again.' })
  @IsOptional()
  status?: WebhookEndpointStatus | null;
}

@InputType({ description: 'Gives an endpoint a new signing secret.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID('all', { message: '$property must be a webhook endpoint id.' })
  id!: string;

  @Field(() => Int, {
    defaultValue: 24 * 60,
    description: `How many minutes the previous secret keeps signing beside the new one, so the receiver can switch without missing an event: 0 to ${MAX_PREVIOUS_WEBHOOK_SECRET_MINUTES} (0 for a secret that leaked).`,
  })
  @IsInt({ message: '$property must be a whole number of minutes.' })
  @Min(0, { message: `$property must be 0 to ${MAX_PREVIOUS_WEBHOOK_SECRET_MINUTES}.` })
  @Max(MAX_PREVIOUS_WEBHOOK_SECRET_MINUTES, { message: `$property must be 0 to ${MAX_PREVIOUS_WEBHOOK_SECRET_MINUTES}.` })
  keepPreviousForMinutes!: number;
}
