import { graphql } from '../gql';

// The account operations the Users screens send to the gateway (accounts subgraph).

export const USER_SUMMARY = graphql(`
  fragment UserSummary on User {
    id
    displayName
    email
    role
    createdAt
    emailVerified
    lockedAt
    mfaEnabled
    hasHealthDataConsent
  }
`);

export const USER_DETAIL = graphql(`
  fragment UserDetail on User {
    ...UserSummary
    consents {
      kind
      given
      version
      currentVersion
      upToDate
      changedAt
    }
    therapistProfile {
      id
      displayName
      status
    }
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsers($filter: AdminUserFilter, $offset: Int!, $limit: Int!, $sort: AdminUserSort) {
    adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {
      total
      items {
        ...UserSummary
      }
    }
  }
`);

export const ADMIN_USER = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...UserDetail
    }
  }
`);

export const LOCK_USER = graphql(`
  mutation AdminLockUser($input: AccountLockInput!) {
    lockUser(input: $input) {
      ...UserDetail
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation AdminUnlockUser($input: AccountLockInput!) {
    unlockUser(input: $input) {
      ...UserDetail
    }
  }
`);

export const CHANGE_USER_ROLE = graphql(`
  mutation AdminChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UserDetail
    }
  }
`);
