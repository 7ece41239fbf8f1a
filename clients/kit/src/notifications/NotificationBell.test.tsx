/**
 * @jest-environment jsdom
 */
// The bell and its panel as a person (or a screen reader) meets them, in either app. The graph's answers
// here are fixed (MockedProvider); the browser tests (test/client-apps.e2e.test.ts) run them on the real
// platform in each app's frame.
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { axeViolations } from '../test/axe';
import { NotificationBell } from './NotificationBell';
import { countMock, markAllMock, markReadMock, pageMock } from './notification-mocks';
import { MARK_ALL_NOTIFICATIONS_READ, NOTIFICATIONS_PAGE } from './operations';

const confirmed = { id: 'n-1', title: 'Your session is confirmed', link: '/bookings', readAt: null };
const invitation = { id: 'n-2', title: 'How are you getting on? Check in now', link: '/care-plan', readAt: null };
const older = { id: 'n-3', title: 'A progress review is due', link: '/clients', readAt: '2026-03-01T08:00:00.000Z' };
const READ = '2026-03-02T10:00:00.000Z';

/** The app's words: here a fixed sentence that names the error's code, so a test sees they are used. */
function describeError(error: unknown): string {
  const code = (error as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
  return `The app's words for ${code ?? 'a failure'}.`;
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderBell(mocks: readonly object[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={['/']}>
        <NotificationBell describeError={describeError} />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const refused = { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('the notifications bell', () => {
  it('names the unread count, opens the panel (focus on its heading) with unread ones marked, and marks all as read', async () => {
    const { container } = renderBell([countMock(2), pageMock([confirmed, invitation, older]), countMock(2), markAllMock(2), pageMock([{ ...confirmed, readAt: READ }, { ...invitation, readAt: READ }, older]), countMock(0)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 2 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('bell-badge')).toHaveTextContent('2');
    await userEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Notifications' })).toHaveFocus();
    const links = await screen.findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['New: Your session is confirmed', 'New: How are you getting on? Check in now', 'A progress review is due']);
    expect(screen.getAllByText('Monday 2 March 2026 at 09:30')).toHaveLength(3);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
    expect(screen.queryByTestId('bell-badge')).not.toBeInTheDocument();
    expect(screen.queryByText(/New:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it("follows a notification inside the app with the app's router, marks it read and closes the panel", async () => {
    let marked = 0;
    renderBell([countMock(1), pageMock([invitation]), countMock(1), markReadMock(invitation, () => (marked += 1)), countMock(0)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    const link = await screen.findByRole('link', { name: 'New: How are you getting on? Check in now' });
    expect(link).toHaveAttribute('href', '/care-plan');
    await userEvent.click(link);
    expect(screen.getByTestId('where')).toHaveTextContent('/care-plan');
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    await waitFor(() => expect(marked).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
  });

  it('does not mark again one that is already read', async () => {
    let marked = 0;
    renderBell([countMock(0), pageMock([older]), countMock(0), markReadMock(older, () => (marked += 1))]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 0 unread' }));
    await userEvent.click(await screen.findByRole('link', { name: 'A progress review is due' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/clients');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(marked).toBe(0);
  });

  it('closes on Escape and gives focus back to the bell; says when there is nothing', async () => {
    renderBell([countMock(0), pageMock([]), countMock(0)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 0 unread' });
    await userEvent.click(bell);
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
    expect(bell).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with its Close button and gives focus back to the bell', async () => {
    renderBell([countMock(0), pageMock([]), countMock(0)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 0 unread' });
    await userEvent.click(bell);
    await userEvent.click(await screen.findByRole('button', { name: 'Close notifications' }));
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
  });

  it('counts on the bell what the panel shows new: one that came after the bell last asked is counted once the panel is in', async () => {
    let asked = 0;
    const counting = { ...countMock(2), result: () => ((asked += 1), countMock(2).result), maxUsageCount: 10 };
    renderBell([countMock(1), pageMock([confirmed, invitation]), counting]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    expect(await screen.findAllByRole('link', { name: /^New: / })).toHaveLength(2);
    expect(await screen.findByRole('button', { name: 'Notifications 2 unread' })).toBeInTheDocument();
    // Once: the panel's page does not set the bell asking over and over.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(asked).toBe(1);
  });

  it('asks for the count again when the window regains focus', async () => {
    renderBell([countMock(0), countMock(4)]);
    await screen.findByRole('button', { name: 'Notifications 0 unread' });
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Notifications 4 unread' })).toBeInTheDocument();
  });

  it('shows no count from before "Mark all as read" when an ask was already on its way', async () => {
    // A count asked for on coming back to the tab is still on its way (its answer, 2, from before the change, comes
    // in 300 ms) when all are marked read: the bell asks once more after it, and shows 0.
    let asked = 0;
    const askedOnceOpen = { ...countMock(2), result: () => ((asked += 1), countMock(2).result) };
    renderBell([countMock(2), pageMock([confirmed, invitation]), askedOnceOpen, { ...countMock(2), delay: 300 }, markAllMock(2), pageMock([{ ...confirmed, readAt: READ }, { ...invitation, readAt: READ }]), countMock(0)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 2 unread' }));
    await screen.findAllByRole('link');
    // The count asked for once the panel is in has come back; the one asked for on coming back to the tab has not.
    await waitFor(() => expect(asked).toBe(1));
    await act(() => Promise.resolve());
    act(() => void window.dispatchEvent(new Event('focus')));
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
  });

  it("says in the app's words when the notifications could not be loaded", async () => {
    const { container } = renderBell([countMock(1), { request: { query: NOTIFICATIONS_PAGE, variables: { first: 20, unreadOnly: false } }, result: refused }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your notifications could not be loaded');
    expect(alert).toHaveTextContent("The app's words for UNAUTHENTICATED.");
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says in the app's words when marking all as read failed, and keeps them marked new", async () => {
    renderBell([countMock(1), pageMock([confirmed]), countMock(1), { request: { query: MARK_ALL_NOTIFICATIONS_READ }, result: refused }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your notifications were not marked as read');
    expect(alert).toHaveTextContent("The app's words for UNAUTHENTICATED.");
    expect(screen.getByRole('link', { name: 'New: Your session is confirmed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notifications 1 unread' })).toBeInTheDocument();
  });
});
