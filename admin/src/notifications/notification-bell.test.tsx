// The admin's bell and panel as an admin (or a screen reader) meets them, on fixed answers from the graph
// (MockedProvider); test/api/admin-dashboard.suite.ts runs them on the real platform.
import { MockedProvider } from '@apollo/client/testing/react';
import { MARK_ALL_NOTIFICATIONS_READ, MARK_NOTIFICATIONS_READ, NOTIFICATIONS_PAGE, UNREAD_NOTIFICATION_COUNT } from '@caregraph/client-kit/notifications';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, testDataProvider } from 'react-admin';
import { NotificationBell } from './NotificationBell';

type Item = { id: string; title: string; link: string; readAt: string | null };
const escalation: Item = { id: 'n-1', title: 'Urgent: a risk flag has not been acknowledged', link: '/safety', readAt: null };
const older: Item = { id: 'n-2', title: 'Urgent: a risk flag has not been acknowledged', link: '/safety', readAt: '2026-03-01T08:00:00.000Z' };

const node = (item: Item) => ({ __typename: 'Notification' as const, kind: 'RISK_FLAG_ESCALATED', createdAt: '2026-03-02T09:30:00.000Z', ...item });
const countMock = (count: number) => ({ request: { query: UNREAD_NOTIFICATION_COUNT }, result: { data: { myUnreadNotificationCount: count } } });
const pageMock = (items: Item[]) => ({
  request: { query: NOTIFICATIONS_PAGE, variables: { first: 20, unreadOnly: false } },
  result: {
    data: {
      myNotifications: {
        __typename: 'NotificationConnection',
        totalCount: items.length,
        edges: items.map((item) => ({ __typename: 'NotificationEdge', node: node(item) })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

function renderBell(mocks: object[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <AdminContext dataProvider={testDataProvider()}>
        <NotificationBell />
      </AdminContext>
    </MockedProvider>,
  );
}

describe('the admin’s notifications bell', () => {
  it('names the unread count, opens the panel with unread ones marked, and marks all as read', async () => {
    renderBell([countMock(1), pageMock([escalation, older]), countMock(1), { request: { query: MARK_ALL_NOTIFICATIONS_READ }, result: { data: { markAllNotificationsRead: 1 } } }, pageMock([{ ...escalation, readAt: '2026-03-02T10:00:00.000Z' }, older]), countMock(0)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 1 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(bell);
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    expect(await screen.findByText('New: Urgent: a risk flag has not been acknowledged')).toBeInTheDocument();
    expect(await axeViolations(panel)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.queryByText(/^New:/)).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread', hidden: true })).toBeInTheDocument();
  });

  it('marks one read when it is followed', async () => {
    let marked = 0;
    const markOne = {
      request: { query: MARK_NOTIFICATIONS_READ, variables: { ids: [escalation.id] } },
      result: () => {
        marked += 1;
        return { data: { markNotificationsRead: [node({ ...escalation, readAt: '2026-03-02T10:00:00.000Z' })] } };
      },
    };
    renderBell([countMock(1), pageMock([escalation]), countMock(1), markOne, countMock(0)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    await userEvent.click(await screen.findByText('New: Urgent: a risk flag has not been acknowledged'));
    await waitFor(() => expect(marked).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
  });

  it('says so when there are no notifications', async () => {
    renderBell([countMock(0), pageMock([]), countMock(0)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 0 unread' }));
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
  });
});
