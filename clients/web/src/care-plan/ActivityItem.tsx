import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { formatShortDay, formatTime } from '../format/format';
import { ACTIVITY_TYPE_LABELS, label } from '../format/labels';
import type { MyCarePlansQuery } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { appendActivityLog } from './cache-updates';
import { LOG_ACTIVITY } from './operations';

type Activity = MyCarePlansQuery['me']['carePlans'][number]['activities'][number];

const WEEK = 7 * 24 * 3_600_000;

/** How many times the activity was logged in the last seven days. */
export function doneThisWeek(logs: ReadonlyArray<{ doneAt: string }>, now: number): number {
  return logs.filter((log) => now - Date.parse(log.doneAt) < WEEK).length;
}

/** One activity of the plan, with the one-tap log: "I did this today". */
export function ActivityItem({ activity, canLog }: { activity: Activity; canLog: boolean }) {
  const [log, { loading }] = useMutation(LOG_ACTIVITY);
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const done = doneThisWeek(activity.logs, Date.now());
  const latest = activity.logs[0]; // the graph lists logs newest first

  async function tap() {
    setMessage(undefined);
    setProblem(undefined);
    try {
      // The answer is added to the activity's logs in the cache: the count updates without a refetch.
      const result = await log({ variables: { activityId: activity.id }, update: (cache, { data }) => data && appendActivityLog(cache, activity.id, data.logActivity) });
      setMessage(`Logged at ${formatTime(result.data!.logActivity.doneAt)}. Well done.`);
    } catch (error) {
      setProblem(describeError(error, 'load').message);
    }
  }

  return (
    <article className="card" aria-labelledby={`activity-${activity.id}`}>
      <h4 id={`activity-${activity.id}`} className="card__title">
        {label(ACTIVITY_TYPE_LABELS, activity.type)}: {activity.timesPerWeek === 7 ? 'every day' : `${activity.timesPerWeek} ${activity.timesPerWeek === 1 ? 'time' : 'times'} a week`}
      </h4>
      <p>{activity.instructions}</p>
      <p>
        Done {done} of {activity.timesPerWeek} {activity.timesPerWeek === 1 ? 'time' : 'times'} in the last 7 days
        {latest ? `; last on ${formatShortDay(latest.doneAt)} at ${formatTime(latest.doneAt)}` : ''}.
      </p>
      {canLog && (
        <button type="button" className="button" disabled={loading} aria-busy={loading} onClick={() => void tap()}>
          {loading ? 'Logging…' : 'I did this today'}
          <span className="visually-hidden">: {activity.instructions}</span>
        </button>
      )}
      <div role="status" className="status">
        {message}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
