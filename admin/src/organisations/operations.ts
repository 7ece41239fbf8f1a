import { graphql } from '../gql';

// The organisation operations the Organisations screens send to the gateway (accounts subgraph).

export const ORGANISATION_SUMMARY = graphql(`
  fragment OrganisationSummary on Organisation {
    id
    name
    kind
    odsCode
    verified
    verifiedAt
    grantedScopes
    createdAt
  }
`);

export const ORGANISATION_DETAIL = graphql(`
  fragment OrganisationDetail on Organisation {
    ...OrganisationSummary
    members {
      id
      role
      addedAt
      user {
        id
        displayName
        email
      }
    }
    apiClients {
      id
      name
      scopes
      active
      createdAt
      lastUsedAt
      revokedAt
      secretCreatedAt
      previousSecretExpiresAt
    }
    history {
      id
      action
      actorId
      subjectId
      details
      createdAt
    }
  }
`);

export const ADMIN_ORGANISATIONS = graphql(`
  query AdminOrganisations($filter: AdminOrganisationFilter, $offset: Int!, $limit: Int!) {
    adminOrganisations(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...OrganisationSummary
      }
    }
  }
`);

export const ADMIN_ORGANISATION = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationDetail
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationSummary
    }
  }
`);

export const VERIFY_ORGANISATION = graphql(`
  mutation AdminVerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      ...OrganisationDetail
    }
  }
`);

export const ADD_ORGANISATION_MEMBER = graphql(`
  mutation AdminAddOrganisationMember($input: AddOrganisationMemberInput!) {
    addOrganisationMember(input: $input) {
      ...OrganisationDetail
    }
  }
`);

export const REMOVE_ORGANISATION_MEMBER = graphql(`
  mutation AdminRemoveOrganisationMember($input: RemoveOrganisationMemberInput!) {
    removeOrganisationMember(input: $input) {
      ...OrganisationDetail
    }
  }
`);

export const CREATE_API_CLIENT = graphql(`
  mutation AdminCreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      clientSecret
      apiClient {
        id
        name
      }
    }
  }
`);

export const REVOKE_API_CLIENT = graphql(`
  mutation AdminRevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      id
      active
    }
  }
`);

// Its webhook endpoints and their delivery logs (notifications subgraph, docs/adr/030). Caregraph's admins read
// them, replay a delivery and disable an endpoint; the graph never gives them a secret, and they never ask.

export const WEBHOOK_ENDPOINT_ROW = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    organisationId
    url
    description
    eventTypes
    status
    createdAt
    updatedAt
  }
`);

export const WEBHOOK_DELIVERY_ROW = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    eventId
    eventType
    status
    attempts
    replays
    lastStatusCode
    lastError
    createdAt
    updatedAt
    deliveredAt
  }
`);

export const ADMIN_WEBHOOK_ENDPOINTS = graphql(`
  query AdminWebhookEndpoints($organisationId: ID!) {
    webhookEndpoints(organisationId: $organisationId) {
      ...WebhookEndpointRow
    }
  }
`);

export const ADMIN_WEBHOOK_DELIVERIES = graphql(`
  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $offset: Int!, $limit: Int!) {
    webhookEndpoint(id: $endpointId) {
      id
      deliveries(status: $status, offset: $offset, limit: $limit) {
        total
        items {
          ...WebhookDeliveryRow
        }
      }
    }
  }
`);

export const DISABLE_WEBHOOK_ENDPOINT = graphql(`
  mutation AdminDisableWebhookEndpoint($id: ID!) {
    updateWebhookEndpoint(input: { id: $id, status: DISABLED }) {
      ...WebhookEndpointRow
    }
  }
`);

export const REPLAY_WEBHOOK_DELIVERY = graphql(`
  mutation AdminReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryRow
    }
  }
`);
