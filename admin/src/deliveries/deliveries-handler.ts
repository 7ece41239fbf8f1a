import type { ApolloClient } from '@apollo/client';
import type { GetListParams, UpdateParams } from 'ra-core';
import type { DeliveryChannel, DeliveryRowFragment, DeliveryStatus, NotificationKind } from '../gql/graphql';
import { DELIVERY_CHANNEL_NAMES, DELIVERY_STATUS_NAMES, NOTIFICATION_KIND_NAMES } from '../format/delivery';
import { toHttpError } from '../graphql/errors';
import { checkedId } from '../resource-kit/checks';
import { badInput, notAllowed, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADMIN_DELIVERIES, RETRY_DELIVERY } from './operations';

/** The statuses an admin can retry: the graph retries DEAD deliveries only (CONFLICT otherwise). */
export const RETRYABLE: readonly DeliveryStatus[] = ['DEAD'];

/** Filters of the deliveries screen. */
export interface DeliveryScreenFilter {
  status?: string;
  kind?: string;
  channel?: string;
}

/** One of `labels`' keys, or a 400 naming `field`. */
function oneOf<T extends string>(field: string, value: unknown, labels: Readonly<Record<T, string>>, what: string): T | undefined {
  if (value == null || value === '') return undefined;
  if (!Object.hasOwn(labels, String(value))) badInput(field, `Choose one of the ${what}.`);
  return value as T;
}

/** The graph's filter for the screen's, checked before anything is sent. */
export function graphDeliveryFilter(filter: DeliveryScreenFilter) {
  return {
    status: oneOf<DeliveryStatus>('status', filter.status, DELIVERY_STATUS_NAMES, 'delivery statuses'),
    kind: oneOf<NotificationKind>('kind', filter.kind, NOTIFICATION_KIND_NAMES, 'kinds of notification'),
    channel: oneOf<DeliveryChannel>('channel', filter.channel, DELIVERY_CHANNEL_NAMES, 'channels'),
  };
}

/** Messages for the retry's errors: the graph's own CONFLICT ("only a DEAD delivery can be retried") is the clearest. */
const RETRY_MESSAGES = { CONFLICT: null, NOT_FOUND: 'This delivery no longer exists (the person’s account may have been erased). Reload the list.' };

/**
 * The `deliveries` resource: every delivery of a notification, newest first (filters `status`, `kind`,
 * `channel`), and `update` with `data.action = 'retry'` to queue a DEAD one again. Never the text,
 * the recipient or an address: the graph does not give them.
 */
export function deliveriesHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const filter = graphDeliveryFilter((params.filter ?? {}) as DeliveryScreenFilter);
      const { offset, limit } = offsetWindow(params);
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_DELIVERIES, variables: { filter, offset: o, limit: l }, fetchPolicy: 'network-only' });
        return data!.deliveries;
      });
      return { data: items, total };
    },

    getOne: async () => notAllowed('Deliveries are shown in the deliveries list; they have no page of their own.'),

    async update(params: UpdateParams): Promise<DeliveryRowFragment> {
      if ((params.data as { action?: unknown } | undefined)?.action !== 'retry') badInput('action', 'A delivery cannot be edited; a dead one can be retried.');
      const id = checkedId('id', params.id, 'Delivery');
      if (!id) badInput('id', 'Delivery: which one?');
      try {
        const { data } = await client.mutate({ mutation: RETRY_DELIVERY, variables: { id } });
        return data!.retryDelivery;
      } catch (error) {
        throw toHttpError(error, RETRY_MESSAGES);
      }
    },

    readOnlyMessage: onlyReads('deliveries'),
  };
}
