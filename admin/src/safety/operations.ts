import { graphql } from '../gql';

// The Safety screen's operation (care-plans subgraph): escalated risk flags nobody has acknowledged,
// ids and times only. The plan's content stays behind break-glass on the care plan's screen.

export const ESCALATED_RISK_FLAGS = graphql(`
  query AdminEscalatedRiskFlags($offset: Int!, $limit: Int!) {
    escalatedRiskFlags(offset: $offset, limit: $limit) {
      total
      items {
        id
        carePlanId
        raisedAt
        escalatedAt
        hoursOpen
      }
    }
  }
`);
