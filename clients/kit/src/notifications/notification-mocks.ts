// Made-up notifications and the graph's answers about them, for the bell's tests (no personal data, no
// clinical content).
import { MARK_ALL_NOTIFICATIONS_READ, MARK_NOTIFICATIONS_READ, NOTIFICATIONS_PAGE, UNREAD_NOTIFICATION_COUNT } from './operations';

type Item = { id: string; title: string; link: string; readAt: string | null };

export function notification({ id, title, link, readAt }: Item) {
  return { __typename: 'Notification' as const, id, kind: 'BOOKING_CONFIRMED', title, link, createdAt: '2026-03-02T09:30:00.000Z', readAt };
}

export function countMock(count: number) {
  return { request: { query: UNREAD_NOTIFICATION_COUNT }, result: { data: { myUnreadNotificationCount: count } } };
}

export function pageMock(items: Item[]) {
  return {
    request: { query: NOTIFICATIONS_PAGE, variables: { first: 20, unreadOnly: false } },
    result: {
      data: {
        myNotifications: {
          __typename: 'NotificationConnection',
          totalCount: items.length,
          edges: items.map((item) => ({ __typename: 'NotificationEdge', node: notification(item) })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

export function markAllMock(count: number) {
  return { request: { query: MARK_ALL_NOTIFICATIONS_READ }, result: { data: { markAllNotificationsRead: count } } };
}

export function markReadMock(item: Item, onCalled: () => void) {
  return {
    request: { query: MARK_NOTIFICATIONS_READ, variables: { ids: [item.id] } },
    result: () => {
      onCalled();
      return { data: { markNotificationsRead: [notification({ ...item, readAt: '2026-03-02T10:00:00.000Z' })] } };
    },
  };
}
