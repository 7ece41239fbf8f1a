// A care plan as an admin meets it: status only, then its content after break-glass with a reason.
// The data provider here records calls (it is tested on the real graph in data/admin-resources.suite.ts).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import type { CarePlanStatusViewFragment } from '../gql/graphql';
import type { BrokenGlassPlan } from './care-plans-handler';
import { CarePlanDetail } from './CarePlanShow';

const plan: CarePlanStatusViewFragment = {
  id: 'cp-1', status: 'ACTIVE', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z',
  client: { id: 'u-1', displayName: 'Sam Example' }, therapist: { id: 't-1', displayName: 'Alex Therapist' },
};
const content = {
  ...plan, summary: 'Rebuilding a morning routine', focusConditions: ['ANXIETY'], startDate: '2026-01-05', endDate: null, reviewCadenceWeeks: 4, lastReviewedOn: null,
  nextReviewDue: '2026-02-02', overdueForReview: true, goals: [{ id: 'g-1', description: 'Up by 8am on weekdays', category: 'MORNING_ROUTINE', status: 'ACTIVE', targetDate: '2026-03-31' }],
  activities: [], reviews: [], riskFlags: [],
} as unknown as BrokenGlassPlan;

describe('a care plan for admins', () => {
  it('shows status only, asks for a reason of at least 10 characters, then shows the content', async () => {
    const user = userEvent.setup();
    const calls: unknown[] = [];
    const provider = {
      ...testDataProvider({ getOne: async () => ({ data: plan }) as never }),
      openCarePlanWithBreakGlass: async (id: string, reason: string) => {
        calls.push([id, reason]);
        return { data: content };
      },
    };
    render(
      <AdminContext dataProvider={provider as never}>
        <ResourceContextProvider value="carePlans">
          <RecordContextProvider value={plan}>
            <CarePlanDetail />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Care plan of Sam Example — Active' })).toBeInTheDocument();
    expect(screen.queryByText('Rebuilding a morning routine')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open with break-glass' }));
    const dialog = () => screen.getByRole('dialog', { name: /Break-glass access: Sam Example/ });
    await user.type(within(dialog()).getByLabelText(/Why you need to read this plan/), 'Worried');
    await user.click(within(dialog()).getByRole('button', { name: 'Record and open the plan' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(/at least 10 characters/);
    expect(calls).toEqual([]);

    await user.type(within(dialog()).getByLabelText(/Why you need to read this plan/), ' about her safety');
    await user.click(within(dialog()).getByRole('button', { name: 'Record and open the plan' }));
    await waitFor(() => expect(calls).toEqual([['cp-1', 'Worried about her safety']]));
    const shown = await screen.findByRole('region', { name: 'Care plan content (break-glass)' });
    expect(shown).toHaveTextContent('Rebuilding a morning routine');
    expect(within(shown).getByRole('table', { name: 'Goals' })).toHaveTextContent('Up by 8am on weekdays');
    expect(shown).toHaveTextContent('02/02/2026 (overdue)');
  });
});
