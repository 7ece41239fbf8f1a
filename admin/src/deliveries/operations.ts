import { graphql } from '../gql';

// The delivery operations the Deliveries screen sends to the gateway. The graph never gives a message's
// text, its recipient or an address here, and the dashboard does not ask.

export const DELIVERY_ROW = graphql(`
  fragment DeliveryRow on Delivery {
    id
    kind
    recipientRole
    channel
    status
    attempts
    lastError
    createdAt
    updatedAt
    deliveredAt
  }
`);

export const ADMIN_DELIVERIES = graphql(`
  query AdminDeliveries($filter: DeliveryFilter, $offset: Int!, $limit: Int!) {
    deliveries(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...DeliveryRow
      }
    }
  }
`);

export const RETRY_DELIVERY = graphql(`
  mutation AdminRetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      ...DeliveryRow
    }
  }
`);
