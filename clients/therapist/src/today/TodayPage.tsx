import { useQuery } from '@apollo/client/react';
import { Page } from '../layout/Page';
import { Loading } from '../layout/Status';
import { THERAPIST_TODAY } from './operations';

/** The home screen: open risk flags first, then requests, sessions and overdue reviews. */
export function TodayPage() {
  const { data, loading } = useQuery(THERAPIST_TODAY);
  return (
    <Page title="Today">
      {loading && !data ? <Loading /> : <p>Welcome, {data?.me?.displayName}.</p>}
    </Page>
  );
}
