// The dashboard's figures and chart as an admin (or a screen reader) meets them. The data provider
// here answers fixed figures (dashboard-figures.ts is tested on the real graph in data/admin-resources.suite.ts).
import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import type { DashboardFigures } from './dashboard-figures';
import { Dashboard } from './Dashboard';

const figures: DashboardFigures = {
  listingsByStatus: [
    { status: 'DRAFT', count: 4 },
    { status: 'PENDING_REVIEW', count: 3 },
    { status: 'APPROVED', count: 21 },
    { status: 'CHANGES_REQUESTED', count: 2 },
    { status: 'REJECTED', count: 1 },
    { status: 'SUSPENDED', count: 0 },
  ],
  waitingForReview: 5,
  oldestWaitingSince: new Date(Date.now() - (2 * 86_400 + 3 * 3600 + 60) * 1000).toISOString(),
  bookingsThisWeek: 17,
  weekStarting: '2026-03-30',
  newSignUps: 9,
};

function renderDashboard(dashboard: () => Promise<{ data: DashboardFigures }>) {
  render(
    <AdminContext dataProvider={{ ...testDataProvider(), dashboard } as never}>
      <Dashboard />
    </AdminContext>,
  );
}

describe('the dashboard', () => {
  it('shows what waits for moderation (and for how long), bookings this week and new sign-ups, with links', async () => {
    renderDashboard(async () => ({ data: figures }));
    const waiting = await screen.findByRole('region', { name: 'Waiting for moderation' });
    expect(waiting).toHaveTextContent('5');
    expect(waiting).toHaveTextContent('The longest has waited 2 days 3 hours');
    expect(within(waiting).getByRole('link', { name: 'Open the moderation queue' })).toHaveAttribute('href', '#/moderationQueue');
    const week = screen.getByRole('region', { name: 'Bookings this week' });
    expect(week).toHaveTextContent('17');
    expect(week).toHaveTextContent('Sessions starting Monday 30/03/2026 to Sunday 05/04/2026.');
    expect(within(week).getByRole('link').getAttribute('href')).toContain(encodeURIComponent(JSON.stringify({ from: '2026-03-30', to: '2026-04-05' })));
    expect(screen.getByRole('region', { name: 'New sign-ups' })).toHaveTextContent('9');
  });

  it('draws listings by status as an image with a text summary, and gives the same figures as a table', async () => {
    renderDashboard(async () => ({ data: figures }));
    const chart = await screen.findByRole('region', { name: 'Listings by status' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      'Bar chart of listings by status. Draft: 4; Pending review: 3; Approved: 21; Changes requested: 2; Rejected: 1; Suspended: 0.',
    );
    const table = within(chart).getByRole('table', { name: /Listings by status/ });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent));
    expect(rows).toEqual([['Draft', '4'], ['Pending review', '3'], ['Approved', '21'], ['Changes requested', '2'], ['Rejected', '1'], ['Suspended', '0']]);
  });

  it('says when the queue is empty', async () => {
    renderDashboard(async () => ({ data: { ...figures, waitingForReview: 0, oldestWaitingSince: null } }));
    expect(await screen.findByText('Nothing is waiting.')).toBeInTheDocument();
  });

  it('shows the error when the figures cannot be read', async () => {
    renderDashboard(async () => {
      throw new Error('You do not have permission to do this. Only Caregraph admins can use the dashboard.');
    });
    expect(await screen.findByText(/Only Caregraph admins/)).toBeInTheDocument();
  });
});
