import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { Link } from 'react-router';
import { MY_BOOKINGS } from '../booking/operations';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { BookingItem } from './BookingItem';
import { splitBookings } from './booking-rules';
import { WaitlistSection } from '../waitlist/WaitlistSection';

const PAGE_SIZE = 20;

export function MyBookingsPage() {
  const { data, loading, error, fetchMore } = useQuery(MY_BOOKINGS, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const [message, setMessage] = useState<string>();
  const [moreError, setMoreError] = useState<string>();
  const connection = data?.me.bookings;
  const now = Date.now();
  const { upcoming, past } = splitBookings(connection?.edges.map((e) => e.node) ?? [], now);

  async function showMore() {
    setMoreError(undefined);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch (e) {
      setMoreError(describeError(e, 'load').message);
    }
  }

  return (
    <Page title="My bookings">
      {message && (
        <Notice>
          <p>{message}</p>
        </Notice>
      )}
      {loading && !connection && <Loading>Loading your bookings…</Loading>}
      {error && !connection && (
        <ErrorSummary title="Your bookings could not be loaded">
          <p>{describeError(error, 'load').message}</p>
        </ErrorSummary>
      )}
      {connection && (
        <>
          <section aria-labelledby="bookings-heading">
            <h2 id="bookings-heading" tabIndex={-1}>
              Coming up
            </h2>
            {upcoming.length === 0 ? (
              <p>
                You have no sessions coming up. <Link to="/">Find a therapist</Link> to book one.
              </p>
            ) : (
              <ul className="card-list">
                {upcoming.map((booking) => (
                  <li key={booking.id}>
                    <BookingItem booking={booking} now={now} onMessage={setMessage} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading">Past and cancelled</h2>
              <ul className="card-list">
                {past.map((booking) => (
                  <li key={booking.id}>
                    <BookingItem booking={booking} now={now} onMessage={setMessage} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {moreError && (
            <ErrorSummary title="More bookings could not be loaded">
              <p>{moreError}</p>
            </ErrorSummary>
          )}
          {connection.pageInfo.hasNextPage &&
            (loading ? (
              <Loading>Loading more bookings…</Loading>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => void showMore()}>
                Show older bookings
              </button>
            ))}
        </>
      )}
      <WaitlistSection />
    </Page>
  );
}
