import type { ApolloClient } from '@apollo/client';
import type { GetListParams, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { WebhookDeliveryRowFragment, WebhookDeliveryStatus, WebhookEndpointRowFragment } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { checkedId } from '../resource-kit/checks';
import { badInput, notAllowed, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { WEBHOOK_DELIVERY_STATUS_NAMES } from './labels';
import { ADMIN_WEBHOOK_DELIVERIES, ADMIN_WEBHOOK_ENDPOINTS, DISABLE_WEBHOOK_ENDPOINT, REPLAY_WEBHOOK_DELIVERY } from './operations';

/** What an admin does to an endpoint (`update` data): disable it; only the organisation turns it back on. */
export type WebhookEndpointActionData = { action: 'disable' };
/** What an admin does to a delivery (`update` data): send it again. */
export type WebhookDeliveryActionData = { action: 'replay' };

/** Filters of an endpoint's delivery log: whose endpoint, which one, and optionally one status. */
export interface WebhookDeliveryFilter {
  organisationId?: string;
  endpointId?: string;
  status?: string;
}

/** Whether the dashboard offers Replay: the graph refuses (CONFLICT) a queued delivery and any of a disabled endpoint. */
export function mayReplay(delivery: Pick<WebhookDeliveryRowFragment, 'status'>, endpoint: Pick<WebhookEndpointRowFragment, 'status'>): boolean {
  return delivery.status !== 'PENDING' && endpoint.status === 'ACTIVE';
}

const ENDPOINT_GONE = 'This endpoint no longer exists: the organisation may have deleted it. Reload the page.';
// The graph's CONFLICTs ("already queued", "the endpoint is disabled") say exactly why a replay was refused.
const ENDPOINT_MESSAGES = { NOT_FOUND: ENDPOINT_GONE };
const DELIVERY_MESSAGES = { CONFLICT: null, NOT_FOUND: 'This delivery no longer exists: the organisation may have deleted its endpoint. Reload the page.' };

/** The organisation's id from a filter, or a 400 naming `organisationId` before anything is sent. */
function organisationOf(filter: { organisationId?: unknown }): string {
  const id = checkedId('organisationId', filter.organisationId, 'Organisation');
  if (!id) badInput('organisationId', 'Organisation: webhook endpoints are listed per organisation.');
  return id;
}

/** One of the delivery statuses, or a 400 naming `status`. */
function statusOf(value: unknown): WebhookDeliveryStatus | undefined {
  if (value == null || value === '') return undefined;
  if (!Object.hasOwn(WEBHOOK_DELIVERY_STATUS_NAMES, String(value))) badInput('status', 'Status: choose one of the delivery statuses.');
  return value as WebhookDeliveryStatus;
}

/**
 * The `webhookEndpoints` resource: an organisation's endpoints, oldest first (filter `organisationId`, required),
 * and `update` with `data.action = 'disable'`. No page of their own, no creating, no secrets: those are the
 * organisation's (docs/adr/030).
 */
export function webhookEndpointsHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const organisationId = organisationOf(params.filter ?? {});
      try {
        const { data } = await client.query({ query: ADMIN_WEBHOOK_ENDPOINTS, variables: { organisationId }, fetchPolicy: 'network-only' });
        const endpoints = data!.webhookEndpoints;
        return { data: endpoints, total: endpoints.length };
      } catch (error) {
        throw toHttpError(error);
      }
    },

    getOne: async () => notAllowed('Webhook endpoints are shown on their organisation’s page.'),

    async update(params: UpdateParams): Promise<WebhookEndpointRowFragment> {
      const action = (params.data as Partial<WebhookEndpointActionData> | undefined)?.action;
      if (action !== 'disable') badInput('action', 'Caregraph’s admins can only disable an endpoint; the organisation changes it or turns it back on.');
      const id = checkedId('id', params.id, 'Webhook endpoint');
      if (!id) badInput('id', 'Webhook endpoint: which one?');
      try {
        const { data } = await client.mutate({ mutation: DISABLE_WEBHOOK_ENDPOINT, variables: { id } });
        return data!.updateWebhookEndpoint;
      } catch (error) {
        throw toHttpError(error, ENDPOINT_MESSAGES);
      }
    },

    readOnlyMessage: 'The dashboard only disables webhook endpoints; the organisation adds, changes and deletes them.',
  };
}

/**
 * The `webhookDeliveries` resource: one endpoint's delivery log, newest first and paged (filters
 * `organisationId` and `endpointId`, both required, and `status`), and `update` with `data.action = 'replay'`.
 */
export function webhookDeliveriesHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const filter = (params.filter ?? {}) as WebhookDeliveryFilter;
      // The log is shown on its organisation's page, which the filter names.
      organisationOf(filter);
      const endpointId = checkedId('endpointId', filter.endpointId, 'Webhook endpoint');
      if (!endpointId) badInput('endpointId', 'Webhook endpoint: the delivery log is one endpoint’s.');
      const status = statusOf(filter.status);
      const { offset, limit } = offsetWindow(params);
      try {
        const { items, total } = await readWindow(offset, limit, async (o, l) => {
          const { data } = await client.query({ query: ADMIN_WEBHOOK_DELIVERIES, variables: { endpointId, status, offset: o, limit: l }, fetchPolicy: 'network-only' });
          const endpoint = data?.webhookEndpoint;
          if (!endpoint) throw new HttpError(ENDPOINT_GONE, 404, { code: 'NOT_FOUND' });
          return endpoint.deliveries;
        });
        return { data: items, total };
      } catch (error) {
        throw error instanceof HttpError ? error : toHttpError(error, ENDPOINT_MESSAGES);
      }
    },

    getOne: async () => notAllowed('Webhook deliveries are shown in their endpoint’s log.'),

    async update(params: UpdateParams): Promise<WebhookDeliveryRowFragment> {
      if ((params.data as Partial<WebhookDeliveryActionData> | undefined)?.action !== 'replay') badInput('action', 'A webhook delivery cannot be edited; it can be replayed.');
      const id = checkedId('id', params.id, 'Webhook delivery');
      if (!id) badInput('id', 'Webhook delivery: which one?');
      try {
        const { data } = await client.mutate({ mutation: REPLAY_WEBHOOK_DELIVERY, variables: { id } });
        return data!.replayWebhookDelivery;
      } catch (error) {
        throw toHttpError(error, DELIVERY_MESSAGES);
      }
    },

    readOnlyMessage: 'The dashboard only replays webhook deliveries.',
  };
}
