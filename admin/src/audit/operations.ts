import { graphql } from '../gql';

// The audit trails the Audit log screen merges: moderation decisions (therapists), account
// actions (accounts) and break-glass uses (care-plans).

export const MODERATION_EVENTS = graphql(`
  query AdminModerationEvents($filter: ModerationEventFilter, $offset: Int!, $limit: Int!) {
    adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        action
        fromStatus
        toStatus
        reason
        occurredAt
        actor {
          id
          displayName
        }
        listing {
          id
          displayName
        }
      }
    }
  }
`);

export const ACCOUNT_AUDIT = graphql(`
  query AdminAccountAudit($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {
    adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {
      total
      items {
        id
        action
        reason
        before
        after
        createdAt
        actor {
          id
          displayName
        }
        subject {
          id
          displayName
        }
        subjectId
        actorId
      }
    }
  }
`);

export const BREAK_GLASS_ACCESSES = graphql(`
  query AdminBreakGlassAccesses($actorId: ID, $carePlanId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {
    breakGlassAccesses(actorId: $actorId, carePlanId: $carePlanId, from: $from, to: $to, offset: $offset, limit: $limit) {
      total
      items {
        id
        carePlanId
        reason
        at
        actor {
          id
          displayName
        }
      }
    }
  }
`);
