import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE, type SubgraphContext } from '@caregraph/runtime';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsServices } from '../services';
import { deliveriesOfEndpoint, replayWebhookDelivery } from './webhook-deliveries.service';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryPage } from './webhook-delivery-page.type';
import { WebhookDeliveryStatus } from './webhook-delivery-status';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput } from './webhook-endpoint.input';
import { WebhookEndpointWithSecret } from './webhook-endpoint-secret.type';
import { createWebhookEndpoint, deleteWebhookEndpoint, findWebhookEndpoint, listWebhookEndpoints, rotateWebhookSecret, updateWebhookEndpoint, WEBHOOK_HISTORY_SHOWN, webhookHistory } from './webhook-endpoints.service';
import { WebhookAuditEntry } from './webhook-audit.entity';

const WHO =
  "For the organisation's systems (token with `events:manage`) and its admins; Caregraph's admins may read, replay and disable. UNAUTHENTICATED without a token; FORBIDDEN for a system without the scope or a member who is not an admin; NOT_FOUND for anyone outside the organisation.";

@ArgsType()
class WebhookDeliveriesArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  @IsIn(Object.values(WebhookDeliveryStatus))
  status?: WebhookDeliveryStatus | null;

  @Field(() => Int, { defaultValue: 25, description: `How many to return: 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: `$property must be between 1 and ${MAX_PAGE_SIZE}.` })
  @Max(MAX_PAGE_SIZE, { message: `$property must be between 1 and ${MAX_PAGE_SIZE}.` })
  limit!: number;

  @Field(() => Int, { defaultValue: 0, description: 'How many to skip (0 or more).' })
  @IsInt()
  @Min(0, { message: '$property must be 0 or more.' })
  offset!: number;
}

/** Organisations' webhook endpoints and their delivery logs (docs/adr/030). */
@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  constructor(private readonly services: NotificationsServices) {}

  @Query(() => [WebhookEndpoint], { description: `An organisation's webhook endpoints, oldest first. ${WHO}` })
  webhookEndpoints(
    @Arg('organisationId', () => ID, { nullable: true, description: "The organisation; an organisation's system may leave it out (its own)." }) organisationId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WebhookEndpoint[]> {
    return listWebhookEndpoints(ctx, organisationId);
  }

  @Query(() => WebhookEndpoint, { description: `One webhook endpoint, with its delivery log. BAD_USER_INPUT naming \`id\` for a malformed id. ${WHO}` })
  webhookEndpoint(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<WebhookEndpoint> {
    return findWebhookEndpoint(ctx, id);
  }

  @Query(() => [WebhookAuditEntry], { description: `What was done to an organisation's webhooks and by whom, newest first (the latest ${WEBHOOK_HISTORY_SHOWN}). ${WHO}` })
  webhookHistory(
    @Arg('organisationId', () => ID, { nullable: true, description: "The organisation; an organisation's system may leave it out (its own)." }) organisationId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WebhookAuditEntry[]> {
    return webhookHistory(ctx, organisationId);
  }

  @FieldResolver(() => WebhookDeliveryPage, { description: 'What was sent to it, newest first: the delivery log.' })
  deliveries(@Root() endpoint: WebhookEndpoint, @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: SubgraphContext): Promise<WebhookDeliveryPage> {
    // Reached only through webhookEndpoints, which checked the caller for the endpoint's organisation.
    return deliveriesOfEndpoint(ctx, endpoint, args);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: `Subscribes an HTTPS endpoint to events about the organisation's referrals, and shows its signing secret once. BAD_USER_INPUT naming \`url\` (not HTTPS, a local address, credentials in it) or \`eventTypes\`; CONFLICT naming \`url\` when the organisation already has it, or when it has 10 endpoints; FORBIDDEN when the organisation may not read referrals. ${WHO}`,
  })
  createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint.' }) input: CreateWebhookEndpointInput, @Ctx() ctx: SubgraphContext): Promise<WebhookEndpointWithSecret> {
    return createWebhookEndpoint(ctx, input, this.services.config);
  }

  @Mutation(() => WebhookEndpoint, { description: `Changes an endpoint's URL, description, events or status (DISABLED stops sending). BAD_USER_INPUT and CONFLICT as for creating. ${WHO}` })
  updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and its changes.' }) input: UpdateWebhookEndpointInput, @Ctx() ctx: SubgraphContext): Promise<WebhookEndpoint> {
    return updateWebhookEndpoint(ctx, input, this.services.config);
  }

  @Mutation(() => WebhookEndpointWithSecret, { description: `Gives an endpoint a new signing secret, shown once; the previous one keeps signing beside it for \`keepPreviousForMinutes\`. ${WHO}` })
  rotateWebhookSecret(@Arg('input', () => RotateWebhookSecretInput, { description: 'The endpoint and the overlap.' }) input: RotateWebhookSecretInput, @Ctx() ctx: SubgraphContext): Promise<WebhookEndpointWithSecret> {
    return rotateWebhookSecret(ctx, input, this.services.config);
  }

  @Mutation(() => ID, { description: `Deletes an endpoint with its secrets and delivery log; returns its id. ${WHO}` })
  deleteWebhookEndpoint(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<string> {
    return deleteWebhookEndpoint(ctx, id);
  }

  @Mutation(() => WebhookDelivery, {
    description: `Sends a delivery again (same event id, new timestamp and signature), whatever happened to it before. CONFLICT when it is already queued or the endpoint is disabled; NOT_FOUND for a delivery the caller may not see. ${WHO}`,
  })
  replayWebhookDelivery(@Arg('id', () => ID, { description: 'The delivery.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<WebhookDelivery> {
    return replayWebhookDelivery(ctx, id, this.services.config.deliveryMaxAttempts);
  }
}

