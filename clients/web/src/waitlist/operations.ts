import { graphql } from '../gql';

/** What the app shows of a waitlist entry. */
export const WAITLIST_ENTRY = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    from
    to
    format
    joinedAt
    lastNotifiedAt
    therapist {
      id
      displayName
    }
  }
`);

export const MY_WAITLIST = graphql(`
  query MyWaitlist {
    myWaitlist {
      ...WaitlistEntryFields
    }
  }
`);

export const JOIN_WAITLIST = graphql(`
  mutation JoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      ...WaitlistEntryFields
    }
  }
`);

export const LEAVE_WAITLIST = graphql(`
  mutation LeaveWaitlist($id: ID!) {
    leaveWaitlist(id: $id) {
      id
      endedAt
    }
  }
`);
