import { Page } from '../layout/Page';

/** Requests to confirm or decline, the week's agenda, and sessions to complete. */
export function BookingsPage() {
  return (
    <Page title="Bookings">
      <p>Your bookings will appear here.</p>
    </Page>
  );
}
