import { useQuery } from '@apollo/client/react';
import { Fieldset } from '@caregraph/client-kit/fields';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { formatDay, formatTime, groupByDay } from '../format/format';
import type { SessionFormat } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { THERAPIST_AVAILABILITY } from '../therapist/operations';
import { availabilityWindow, WINDOW_DAYS } from './availability-window';

interface SlotPickerProps {
  /** Prefix of the radio ids, so two pickers can share a page. */
  id: string;
  therapistId: string;
  format: SessionFormat | undefined;
  value: string;
  onChange: (startsAt: string) => void;
  error?: string;
  legend?: string;
  /** Only show the times (someone not signed in yet): a list, not a choice. */
  readOnly?: boolean;
}

/**
 * The therapist's free times, two weeks at a time, grouped under a heading per day. All times are one
 * radio group (arrow keys move from time to time, Tab leaves the group). Times are UK times.
 */
export function SlotPicker({ id, therapistId, format, value, onChange, error, legend = 'Choose a time', readOnly = false }: SlotPickerProps) {
  const [now] = useState(() => Date.now());
  const [page, setPage] = useState(0);
  const window = availabilityWindow(now, page);
  const { data, loading, error: loadError, refetch } = useQuery(THERAPIST_AVAILABILITY, {
    variables: { id: therapistId, ...window, format },
    notifyOnNetworkStatusChange: true,
  });
  const slots = data?.therapist?.availability ?? [];
  const days = groupByDay(slots);
  const rangeText = `${formatDay(window.from)} to ${formatDay(new Date(Date.parse(window.to) - 1).toISOString())}`;

  return (
    <Fieldset id={`${id}-slots`} legend={legend} hint={`Free times from ${rangeText}, in UK time.`} error={error}>
      {loading && !data && <Loading>Loading free times…</Loading>}
      {loadError && (
        <ErrorSummary title="Free times could not be loaded">
          <p>{describeError(loadError, 'load').message}</p>
          <button type="button" className="button button--secondary" onClick={() => void refetch()}>
            Try again
          </button>
        </ErrorSummary>
      )}
      {data && days.length === 0 && <p>No free times in these two weeks{format ? ' for this kind of session' : ''}. Try the next two weeks.</p>}
      <div className="slot-days">
        {days.map((day) => (
          <div className="slot-day" key={day.day} role="group" aria-labelledby={`${id}-day-${day.day}`}>
            <h3 id={`${id}-day-${day.day}`} className="slot-day__title">
              {formatDay(day.slots[0].startsAt)}
            </h3>
            {readOnly ? (
              <p className="slot-day__list">{day.slots.map((slot) => formatTime(slot.startsAt)).join(', ')}</p>
            ) : (
            <div className="slot-day__times">
              {day.slots.map((slot) => {
                const slotId = `${id}-slot-${slot.startsAt}`;
                return (
                  <div className="slot" key={slot.startsAt}>
                    <input type="radio" id={slotId} name={`${id}-slot`} value={slot.startsAt} checked={value === slot.startsAt} onChange={() => onChange(slot.startsAt)} />
                    <label htmlFor={slotId}>
                      {formatTime(slot.startsAt)}
                      <span className="visually-hidden"> to {formatTime(slot.endsAt)}, {formatDay(slot.startsAt)}</span>
                    </label>
                  </div>
                );
              })}
            </div>
            )}
          </div>
        ))}
      </div>
      <div className="button-row">
        {page > 0 && (
          <button type="button" className="button button--secondary" onClick={() => setPage(page - 1)}>
            Earlier times
          </button>
        )}
        {page < Math.floor(60 / WINDOW_DAYS) && (
          <button type="button" className="button button--secondary" onClick={() => setPage(page + 1)}>
            Later times
          </button>
        )}
      </div>
    </Fieldset>
  );
}
