// The workspace's bell and panel as a therapist (or a screen reader) meets them. The graph's answers
// here are fixed (MockedProvider); test/therapist-workspace.e2e.test.ts runs them on the real platform.
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { axeViolations, countMock, markAllMock, markReadMock, pageMock } from './fixtures';
import { NotificationBell } from './NotificationBell';

const requested = { id: 'n-1', title: 'New booking request', link: '/bookings', readAt: null };
const decision = { id: 'n-2', title: 'Your listing was reviewed', link: '/listing', readAt: null };
const older = { id: 'n-3', title: 'A progress review is due', link: '/clients', readAt: '2026-03-01T08:00:00.000Z' };
const READ = '2026-03-02T10:00:00.000Z';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderBell(mocks: readonly object[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={['/']}>
        <NotificationBell />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the notifications bell', () => {
  it('names the unread count, opens the panel (focus on its heading) with unread ones marked, and marks all as read', async () => {
    const { container } = renderBell([countMock(2), pageMock([requested, decision, older]), markAllMock(2), pageMock([{ ...requested, readAt: READ }, { ...decision, readAt: READ }, older]), countMock(0)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 2 unread' });
    await userEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Notifications' })).toHaveFocus();
    const links = await screen.findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['New: New booking request', 'New: Your listing was reviewed', 'A progress review is due']);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
    expect(screen.queryByText(/New:/)).not.toBeInTheDocument();
  });

  it('follows a notification to its page in the workspace, marks it read and closes the panel', async () => {
    let marked = 0;
    renderBell([countMock(1), pageMock([decision]), markReadMock(decision, () => (marked += 1)), countMock(0)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 1 unread' }));
    await userEvent.click(await screen.findByRole('link', { name: 'New: Your listing was reviewed' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/listing');
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    await waitFor(() => expect(marked).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications 0 unread' })).toBeInTheDocument();
  });

  it('does not mark again one that is already read', async () => {
    let marked = 0;
    renderBell([countMock(0), pageMock([older]), markReadMock(older, () => (marked += 1))]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications 0 unread' }));
    await userEvent.click(await screen.findByRole('link', { name: 'A progress review is due' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/clients');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(marked).toBe(0);
  });

  it('closes on Escape, gives focus back to the bell, and refreshes the count when the window regains focus', async () => {
    renderBell([countMock(0), pageMock([]), countMock(3)]);
    const bell = await screen.findByRole('button', { name: 'Notifications 0 unread' });
    await userEvent.click(bell);
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(bell).toHaveFocus();
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Notifications 3 unread' })).toBeInTheDocument();
  });
});
