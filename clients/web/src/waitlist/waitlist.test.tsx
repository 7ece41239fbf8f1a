// The waitlist form on a therapist's page and the "Waitlists" section of My bookings, as a person (or a
// screen reader) meets them. The graph's answers here are fixed (MockedProvider).
import { MockedProvider } from '@apollo/client/testing/react';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { JOIN_WAITLIST, LEAVE_WAITLIST, MY_WAITLIST } from './operations';
import { addDays, ukToday, validateRange } from './waitlist-dates';
import { WaitlistForm } from './WaitlistForm';
import { WaitlistSection } from './WaitlistSection';

const THERAPIST = '7d0c6d3c-1a4e-4c1e-9a59-6e1f5f2b9a11';
const today = ukToday();
const from = addDays(today, 2);
const to = addDays(today, 20);

function entry(id: string, name: string, format: string | null = 'ONLINE') {
  return {
    __typename: 'WaitlistEntry' as const, id, from, to, format, joinedAt: '2026-03-01T09:00:00.000Z', lastNotifiedAt: null,
    therapist: { __typename: 'Therapist' as const, id: THERAPIST, displayName: name },
  };
}
const myWaitlist = (entries: ReturnType<typeof entry>[]) => ({ request: { query: MY_WAITLIST }, result: { data: { myWaitlist: entries } } });

function renderWith(mocks: readonly object[], element: ReactNode) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>{element}</MemoryRouter>
    </MockedProvider>,
  );
}

async function openAndFill(format: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Tell me if an earlier time opens' }));
  fireEvent.change(screen.getByLabelText('First day you could come'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText(/Last day you could come/), { target: { value: to } });
  await userEvent.click(screen.getByRole('radio', { name: format }));
}

describe('the waitlist form on a therapist’s page', () => {
  it('joins with the days and format chosen, and says what happens next', async () => {
    let asked = 0;
    const join = {
      request: { query: JOIN_WAITLIST, variables: { input: { therapistId: THERAPIST, from, to, format: 'ONLINE' } } },
      result: () => {
        asked += 1;
        return { data: { joinWaitlist: entry('w-1', 'Alex Example') } };
      },
    };
    const { container } = renderWith([join, myWaitlist([entry('w-1', 'Alex Example')])], <WaitlistForm therapistId={THERAPIST} therapistName="Alex Example" formats={['ONLINE', 'HOME_VISIT']} />);
    await openAndFill('Online (video)');
    expect(screen.getByRole('form', { name: 'Join Alex Example’s waitlist' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    expect(await screen.findByText(/You are on Alex Example’s waitlist\. We will tell you if a time opens between/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your waitlists' })).toHaveAttribute('href', '/bookings');
    expect(asked).toBe(1);
  });

  it('leaves the format out for “Any way”', async () => {
    const join = { request: { query: JOIN_WAITLIST, variables: { input: { therapistId: THERAPIST, from, to } } }, result: { data: { joinWaitlist: entry('w-2', 'Alex Example', null) } } };
    renderWith([join, myWaitlist([])], <WaitlistForm therapistId={THERAPIST} therapistName="Alex Example" formats={['ONLINE']} />);
    await openAndFill('Any way');
    await userEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    expect(await screen.findByText(/You are on Alex Example’s waitlist/)).toBeInTheDocument();
  });

  it('points out a last day before the first without asking the graph', async () => {
    renderWith([], <WaitlistForm therapistId={THERAPIST} therapistName="Alex Example" formats={['ONLINE']} />);
    await openAndFill('Any way');
    fireEvent.change(screen.getByLabelText(/Last day you could come/), { target: { value: addDays(from, -1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the highlighted dates.');
    expect(screen.getByLabelText(/Last day you could come/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The last day must be on or after the first day.')).toBeInTheDocument();
  });

  it('explains the limit of five waitlists in plain words', async () => {
    const join = {
      request: { query: JOIN_WAITLIST, variables: { input: { therapistId: THERAPIST, from, to } } },
      result: { errors: [{ message: 'You are on 5 waitlists already, the most allowed. Leave one to join another.', extensions: { code: 'CONFLICT', field: 'therapistId' } }] },
    };
    renderWith([join], <WaitlistForm therapistId={THERAPIST} therapistName="Alex Example" formats={['ONLINE']} />);
    await openAndFill('Any way');
    await userEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not on the waitlist yet');
    expect(alert).toHaveTextContent('You are on 5 waitlists already, which is the most allowed.');
  });
});

describe('the Waitlists section of My bookings', () => {
  it('lists the waitlists and leaves one', async () => {
    let left = 0;
    const leave = {
      request: { query: LEAVE_WAITLIST, variables: { id: 'w-1' } },
      result: () => {
        left += 1;
        return { data: { leaveWaitlist: { __typename: 'WaitlistEntry', id: 'w-1', endedAt: '2026-03-02T10:00:00.000Z' } } };
      },
    };
    const { container } = renderWith([myWaitlist([entry('w-1', 'Alex Example')]), leave, myWaitlist([])], <WaitlistSection />);
    const list = await screen.findByRole('list');
    expect(within(list).getByRole('link', { name: 'Alex Example' })).toHaveAttribute('href', `/therapists/${THERAPIST}`);
    expect(list).toHaveTextContent('online (video)');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Leave Alex Example’s waitlist' }));
    expect(await screen.findByText('You have left Alex Example’s waitlist.')).toBeInTheDocument();
    expect(await screen.findByText(/You are not on any waitlist/)).toBeInTheDocument();
    expect(left).toBe(1);
  });

  it('says when there are none', async () => {
    renderWith([myWaitlist([])], <WaitlistSection />);
    expect(await screen.findByText(/You are not on any waitlist/)).toBeInTheDocument();
  });
});

describe('validateRange', () => {
  it('accepts today to 92 days on, and refuses the past, a reversed range and 94 days', () => {
    expect(validateRange(today, addDays(today, 92), today)).toEqual({});
    expect(validateRange(addDays(today, -1), today, today).from).toBe('The first day cannot be in the past.');
    expect(validateRange(today, addDays(today, -1), today).to).toBe('The last day must be on or after the first day.');
    expect(validateRange(today, addDays(today, 93), today).to).toMatch(/at most 93 days/);
    expect(validateRange('', '', today)).toEqual({ from: 'Enter the first day you could come.', to: 'Enter the last day you could come.' });
  });
});
