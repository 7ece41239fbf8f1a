import { useQuery } from '@apollo/client/react';
import { SelectField } from '@caregraph/client-kit/fields';
import { SESSION_FORMAT_LABELS } from '@caregraph/client-kit/labels';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useState } from 'react';
import type { SessionFormat } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { AVAILABILITY_PREVIEW } from './operations';
import { formatDay, formatTime, groupByDay } from '../format/format';
import { PREVIEW_DAYS, previewWindow } from './preview-window';

interface Props {
  therapistId: string;
  formats: readonly SessionFormat[];
  /** True when clients can find the listing now (approved and not hidden). */
  listed: boolean;
}

/**
 * The next 14 days of free times exactly as a client sees them: the same `Therapist.availability`
 * the client app's slot picker asks, the same window and the same UK times, grouped by day.
 */
export function AvailabilityPreview({ therapistId, formats, listed }: Props) {
  const [now] = useState(() => Date.now());
  const [format, setFormat] = useState<SessionFormat | ''>('');
  const window = previewWindow(now);
  const { data, error, loading, refetch } = useQuery(AVAILABILITY_PREVIEW, {
    variables: { id: therapistId, ...window, format: format || null },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const days = groupByDay(data?.therapist?.availability ?? []);

  return (
    <section aria-labelledby="preview-title" className="listing-section">
      <h2 id="preview-title">What clients see: the next {PREVIEW_DAYS} days</h2>
      <p className="hint">
        Free times from {formatDay(window.from)}, in UK time, after your minimum notice, buffers and booked sessions.
        {listed ? '' : ' Clients will see them once your listing is published and shown in the directory.'}
      </p>
      {formats.length > 1 && (
        <SelectField id="preview-format" label="Times for" value={format} onChange={(e) => setFormat(e.target.value as SessionFormat | '')}>
          <option value="">Any kind of session</option>
          {formats.map((f) => (
            <option key={f} value={f}>
              {SESSION_FORMAT_LABELS[f] ?? f}
            </option>
          ))}
        </SelectField>
      )}
      <div aria-live="polite" aria-busy={loading}>
        {loading && <Loading>Loading free times…</Loading>}
        {error && (
          <ErrorSummary title="Free times could not be loaded">
            <p>{describeError(error, 'load').message}</p>
            <button type="button" className="button button--secondary" onClick={() => void refetch()}>
              Try again
            </button>
          </ErrorSummary>
        )}
        {data && !loading && days.length === 0 && <p>No free times in the next {PREVIEW_DAYS} days: clients cannot book you yet.</p>}
        {!loading &&
          days.map((day) => (
            <div className="preview-day" key={day.day}>
              <h3>{formatDay(day.slots[0].startsAt)}</h3>
              <p>{day.slots.map((slot) => formatTime(slot.startsAt)).join(', ')}</p>
            </div>
          ))}
      </div>
    </section>
  );
}
