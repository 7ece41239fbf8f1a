// The bell, the panel, the settings and the unsubscribe page as a person (or a screen reader) meets
// them. The graph's answers here are fixed (MockedProvider); the browser tests in
// test/web-client.e2e.test.ts run the same screens on the real platform.
import { MockedProvider } from '@apollo/client/testing/react';
import { NOTIFICATION_PREFERENCES, UNSUBSCRIBE, UPDATE_NOTIFICATION_PREFERENCES } from '@caregraph/client-kit/notifications';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { axeViolations, countMock, markAllMock, markReadMock, pageMock } from './fixtures';
import { NotificationBell } from './NotificationBell';
import { NotificationSettingsSection } from './NotificationSettingsSection';
import { UnsubscribePage, BAD_LINK } from './UnsubscribePage';

const confirmed = { id: 'n-1', title: 'Your session is confirmed', link: '/bookings', readAt: null };
const invitation = { id: 'n-2', title: 'How are you getting on? Check in now', link: '/care-plan', readAt: null };
const older = { id: 'n-3', title: 'Your session was moved', link: '/bookings', readAt: '2026-03-01T08:00:00.000Z' };

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderWith(mocks: readonly object[], element: ReactNode, at = '/') {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={[at]}>
        {element}
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the notifications bell', () => {
  it('names the unread count, opens the panel (focus on its heading) with unread ones marked, and marks all as read', async () => {
    const { container } = renderWith([countMock(2), pageMock([confirmed, invitation, older]), markAllMock(2), pageMock([{ ...confirmed, readAt: '2026-03-02T10:00:00.000Z' }, { ...invitation, readAt: '2026-03-02T10:00:00.000Z' }, older]), countMock(0)], <NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications 2 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('bell-badge')).toHaveTextContent('2');
    await userEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const heading = screen.getByRole('heading', { name: 'Notifications' });
    expect(heading).toHaveFocus();
    const links = await screen.findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['New: Your session is confirmed', 'New: How are you getting on? Check in now', 'Your session was moved']);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
    expect(screen.queryByTestId('bell-badge')).not.toBeInTheDocument();
    expect(screen.queryByText(/New:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('follows a notification inside the app with the router, marks it read and closes the panel', async () => {
    let marked = 0;
    renderWith([countMock(1), pageMock([invitation]), markReadMock(invitation, () => (marked += 1)), countMock(0)], <NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    const link = await screen.findByRole('link', { name: 'New: How are you getting on? Check in now' });
    expect(link).toHaveAttribute('href', '/care-plan');
    await userEvent.click(link);
    expect(screen.getByTestId('where')).toHaveTextContent('/care-plan');
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    await waitFor(() => expect(marked).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the bell; says when there is nothing', async () => {
    renderWith([countMock(0), pageMock([])], <NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications 0 unread' });
    await userEvent.click(bell);
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
    expect(bell).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks for the count again when the window regains focus', async () => {
    renderWith([countMock(0), countMock(4)], <NotificationBell />);
    await screen.findByRole('button', { name: 'Notifications 0 unread' });
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Notifications 4 unread' })).toBeInTheDocument();
  });
});

describe('the notification settings', () => {
  const preferences = (reminders: boolean, invitations: boolean) => ({
    __typename: 'NotificationPreferences' as const,
    reminders,
    invitations,
  });

  it('explains essential messages, shows the choices and saves one as soon as it changes', async () => {
    const { container } = renderWith(
      [
        { request: { query: NOTIFICATION_PREFERENCES }, result: { data: { myNotificationPreferences: preferences(true, true) } } },
        { request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input: { reminders: false } } }, result: { data: { updateNotificationPreferences: preferences(false, true) } } },
      ],
      <NotificationSettingsSection />,
    );
    const reminders = await screen.findByRole('checkbox', { name: 'Session reminders' });
    expect(screen.getByText(/Messages about your bookings .* are always sent/)).toBeInTheDocument();
    expect(reminders).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(reminders);
    expect(await screen.findByText('Session reminders are now off.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Session reminders' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
  });

  it('says when a change was not saved and keeps the box as it was', async () => {
    renderWith(
      [
        { request: { query: NOTIFICATION_PREFERENCES }, result: { data: { myNotificationPreferences: preferences(true, true) } } },
        { request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input: { invitations: false } } }, result: { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] } },
      ],
      <NotificationSettingsSection />,
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Check-in invitations' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
  });
});

describe('the unsubscribe page', () => {
  const page = <Routes><Route path="/unsubscribe" element={<UnsubscribePage />} /></Routes>;

  it('turns the kind off with one press, signed out, and says what changed', async () => {
    const { container } = renderWith([{ request: { query: UNSUBSCRIBE, variables: { token: 'tok-123' } }, result: { data: { unsubscribe: { __typename: 'UnsubscribeResult', category: 'REMINDER' } } } }], page, '/unsubscribe?token=tok-123');
    expect(screen.getByRole('heading', { name: 'Unsubscribe', level: 1 })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Turn these off' }));
    expect(await screen.findByRole('status')).toHaveTextContent('you will no longer get session reminders or waitlist alerts, by e-mail or in the app');
    expect(screen.queryByRole('button', { name: 'Turn these off' })).not.toBeInTheDocument();
  });

  it('says the link is not right when the token is refused', async () => {
    renderWith([{ request: { query: UNSUBSCRIBE, variables: { token: 'forged' } }, result: { errors: [{ message: 'token is not valid.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] } }], page, '/unsubscribe?token=forged');
    await userEvent.click(screen.getByRole('button', { name: 'Turn these off' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(BAD_LINK);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says the link is not right when it has no token, with nothing to press', () => {
    renderWith([], page, '/unsubscribe');
    expect(screen.getByRole('alert')).toHaveTextContent(BAD_LINK);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
