// The schedule editor's cancellation cut-off as a therapist (or a screen reader) meets it: its label and
// hint, the browser's own check, the graph's refusal shown beside the box, and a save. The graph's answers
// are fixed here (MockedProvider); test/client-apps/therapist-joining.suite.ts saves a schedule on the real platform.
import { MockedProvider } from '@apollo/client/testing/react';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { OwnScheduleFragment } from '../gql/graphql';
import { SET_SCHEDULE } from './operations';
import { formFromSchedule, scheduleInputOf } from './schedule-form';
import { ScheduleEditor } from './ScheduleEditor';

// jsdom has no use for the stylesheet the conflict panel brings in.
jest.mock('./conflict.css', () => ({}));

const THERAPIST = 't-1';
const saved: OwnScheduleFragment = {
  timeZone: 'Europe/London',
  weeklyHours: [{ weekday: 'MONDAY', start: '09:00', end: '17:00', formats: null }],
  dateOverrides: [],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 1440,
  bookingWindowDays: 60,
  sessionMinutes: 60,
  requiresConfirmation: false,
  cancellationCutoffHours: 24,
  updatedAt: '2026-11-01T09:00:00.000Z',
  version: 3,
};
/** The schedule as the graph answers it, with the type names the cache keeps. */
const answered = (changes: Partial<OwnScheduleFragment>) => ({
  __typename: 'Schedule',
  ...saved,
  ...changes,
  weeklyHours: saved.weeklyHours.map((hours) => ({ __typename: 'WorkingHours', ...hours })),
});

/** The mutation as the editor sends it with the cut-off set to `hours`, answered with `result`. */
const saveMock = (hours: number, result: object) => ({
  request: {
    query: SET_SCHEDULE,
    variables: { therapistId: THERAPIST, expectedVersion: 3, input: scheduleInputOf({ ...formFromSchedule(saved), cancellationCutoffHours: String(hours) }) },
  },
  result,
});

function renderEditor(mocks: readonly object[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>
        <ScheduleEditor therapistId={THERAPIST} schedule={saved} formats={['ONLINE']} listingSessionMinutes={60} reload={async () => saved} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const cutoffBox = () => screen.getByRole('spinbutton', { name: 'Free cancellation ends, in hours before a session' });

async function setCutoff(value: string) {
  await userEvent.clear(cutoffBox());
  await userEvent.type(cutoffBox(), value);
  await userEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
}

describe('the cancellation cut-off in the schedule editor', () => {
  it('shows the saved cut-off with its label and hint, and refuses more than a week beside the box before asking the graph', async () => {
    const { container } = renderEditor([]);
    expect(cutoffBox()).toHaveValue(24);
    expect(cutoffBox()).toHaveAccessibleDescription(/A client cancelling later is recorded as a late cancellation; 0 to 168/);
    await setCutoff('169');
    expect(cutoffBox()).toHaveAttribute('aria-invalid', 'true');
    expect(cutoffBox()).toHaveAccessibleDescription(/Error: Enter a whole number of hours from 0 to 168 \(a week\)\./);
    expect(screen.getByRole('link', { name: 'Enter a whole number of hours from 0 to 168 (a week).' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("puts the graph's refusal of the cut-off beside its box", async () => {
    const refused = { errors: [{ message: 'cancellationCutoffHours must be a whole number of hours from 0 to 168.', extensions: { code: 'BAD_USER_INPUT', field: 'cancellationCutoffHours' } }] };
    renderEditor([saveMock(12, refused)]);
    await setCutoff('12');
    expect(await screen.findByRole('link', { name: 'Enter a whole number of hours from 0 to 168 (a week).' })).toBeInTheDocument();
    expect(cutoffBox()).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves a new cut-off and says booked sessions keep theirs', async () => {
    renderEditor([saveMock(48, { data: { setTherapistSchedule: answered({ cancellationCutoffHours: 48, version: 4 }) } })]);
    await setCutoff('48');
    expect(await screen.findByText(/Your schedule is saved\. New bookings follow it; sessions already booked stay as they are\./)).toBeInTheDocument();
    expect(cutoffBox()).toHaveValue(48);
    expect(cutoffBox()).not.toHaveAttribute('aria-invalid');
  });
});
