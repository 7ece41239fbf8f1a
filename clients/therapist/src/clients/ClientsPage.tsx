import { Page } from '../layout/Page';

/** The clients the therapist has a care relationship with, and their care plans. */
export function ClientsPage() {
  return (
    <Page title="Clients">
      <p>Your clients will appear here.</p>
    </Page>
  );
}
