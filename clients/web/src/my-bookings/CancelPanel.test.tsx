// The cancel panel and the policy note as a client meets them: the words come from the booking's own
// `freeCancellationUntil` and the therapist's `cancellationPolicy`, never from a rule kept in the app.
import { MockedProvider } from '@apollo/client/testing/react';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { render, screen } from '@testing-library/react';
import { CancellationPolicyNote } from '../booking/CancellationPolicyNote';
import type { BookingSummaryFragment } from '../gql/graphql';
import { CancelPanel } from './CancelPanel';

const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

function booking(startsIn: number, freeUntilIn: number): BookingSummaryFragment {
  return {
    __typename: 'Booking', id: 'b-1', startsAt: at(startsIn), endsAt: at(startsIn + 1), format: 'ONLINE', status: 'CONFIRMED', movesLeft: 2,
    lateCancellation: false, freeCancellationUntil: at(freeUntilIn), homeVisitPostcode: null, videoRoomUrl: null, cancelledAt: null, fee: null,
    therapist: { __typename: 'Therapist', id: 't-1', displayName: 'Alex Morgan' },
  } as BookingSummaryFragment;
}

const renderPanel = (b: BookingSummaryFragment) =>
  render(
    <MockedProvider mocks={[]}>
      <CancelPanel booking={b} onDone={() => {}} />
    </MockedProvider>,
  );

describe('cancelling a session', () => {
  it("warns that cancelling now is late once the booking's free cancellation has ended, though the session is days away", async () => {
    // Booked under a week's cut-off: three days ahead, free cancellation ended four days ago.
    const { container } = renderPanel(booking(72, -96));
    expect(screen.getByText(/^Cancelling now is a late cancellation: free cancellation ended on /)).toHaveClass('warning');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says until when cancelling is free, with no warning, even a few hours before the start under a short cut-off', () => {
    renderPanel(booking(3, 1));
    expect(screen.getByText(/^Free cancellation ends on .*; cancelling after that is recorded as a late cancellation\.$/)).not.toHaveClass('warning');
    expect(screen.queryByText(/Cancelling now is a late cancellation/)).not.toBeInTheDocument();
  });
});

describe("the therapist's cancellation policy before booking", () => {
  it('is said in words, and left out while the therapist has none', () => {
    const { rerender } = render(<CancellationPolicyNote policy={{ freeCancellationHours: 48 }} />);
    expect(screen.getByText(/You can cancel up to 48 hours \(2 days\) before the session starts/)).toBeInTheDocument();
    rerender(<CancellationPolicyNote policy={null} />);
    expect(screen.queryByText(/You can cancel/)).not.toBeInTheDocument();
  });
});
