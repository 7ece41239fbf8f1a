import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { Link } from 'react-router';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { AvailabilityPreview } from './AvailabilityPreview';
import { MY_SCHEDULE } from './operations';
import { ScheduleEditor } from './ScheduleEditor';
import './schedule.css';

/** When the therapist works and how sessions may be booked, with the next 14 days as clients see them. */
export function SchedulePage() {
  const { data, error, refetch } = useQuery(MY_SCHEDULE);
  const therapist = data?.me.therapistProfile;

  return (
    <Page title="Your schedule">
      {!data && !error && <Loading>Loading your schedule…</Loading>}
      {error && !data && (
        <ErrorSummary title="Your schedule could not be loaded">
          <p>{describeError(error, 'load').message}</p>
          <button type="button" className="button button--secondary" onClick={() => void refetch()}>
            Try again
          </button>
        </ErrorSummary>
      )}
      {data && !therapist && (
        <p>
          Your schedule belongs to your listing. <Link to="/listing">Write your listing</Link> first.
        </p>
      )}
      {therapist && (
        <>
          {!therapist.schedule && <p className="warning">You have no schedule yet, so clients cannot book you. Add your usual hours and save.</p>}
          <ScheduleEditor
            key={therapist.id}
            therapistId={therapist.id}
            schedule={therapist.schedule}
            formats={therapist.sessionFormats}
            listingSessionMinutes={therapist.sessionMinutes}
            reload={async () => (await refetch()).data?.me.therapistProfile?.schedule}
          />
          <AvailabilityPreview therapistId={therapist.id} formats={therapist.sessionFormats} listed={therapist.listed} />
        </>
      )}
    </Page>
  );
}
