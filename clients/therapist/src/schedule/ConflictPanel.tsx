import { forwardRef } from 'react';
import { formatDateTime } from '../format/format';
import type { ScheduleDifference } from './schedule-form';
import './conflict.css';

interface Props {
  updatedAt: string;
  differences: ScheduleDifference[];
  onKeepMine: () => void;
  onUseSaved: () => void;
  busy: boolean;
  /** What was edited, as the panel names it ("schedule", "care plan's details"); the schedule by default. */
  subject?: string;
  /** The heading's id, unique on the page. */
  titleId?: string;
}

/**
 * A save refused because the schedule changed elsewhere (CONFLICT on `expectedVersion`): what the
 * saved version says against the edits still in the form, and the two ways on. Nothing is lost.
 */
export const ConflictPanel = forwardRef<HTMLDivElement, Props>(function ConflictPanel({ updatedAt, differences, onKeepMine, onUseSaved, busy, subject = 'schedule', titleId = 'conflict-title' }, ref) {
  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>Your {subject} was changed somewhere else</h2>
      <p>
        While you were editing, your {subject} was saved from another tab or device ({formatDateTime(updatedAt)}), so your edits were not saved. They are still in the form below.
      </p>
      {differences.length > 0 ? (
        <table className="table diff">
          <caption>Where the saved {subject} and your edits differ</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Saved now</th>
              <th scope="col">Your edits</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{d.saved}</td>
                <td>
                  <ins>{d.yours}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The saved {subject} is the same as your edits.</p>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onKeepMine}>
          Save my edits instead
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onUseSaved}>
          Use the saved {subject}
        </button>
      </div>
    </div>
  );
});
