import { graphql } from '../gql';

// The bell, the notifications panel and the notification settings, as every Caregraph app shows them:
// the same documents from the admin dashboard, the client app and the therapist workspace. An app with
// trusted documents lists this file in its manifest.

export const NOTIFICATION_ITEM = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    link
    createdAt
    readAt
  }
`);

export const NOTIFICATIONS_PAGE = graphql(`
  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean! = false) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          ...NotificationItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      ...NotificationItem
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    myNotificationPreferences {
      reminders
      invitations
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      reminders
      invitations
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      category
    }
  }
`);
