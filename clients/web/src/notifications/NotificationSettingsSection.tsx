import { useMutation, useQuery } from '@apollo/client/react';
import { NOTIFICATION_PREFERENCES, UPDATE_NOTIFICATION_PREFERENCES } from '@caregraph/client-kit/notifications';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { describeError } from '../graphql/errors';

type Choice = 'reminders' | 'invitations';

const CHOICES: Array<{ name: Choice; label: string; hint: string }> = [
  { name: 'reminders', label: 'Session reminders', hint: 'A reminder the day before each session, and word when an earlier time opens on a waitlist you joined, by e-mail and here in the app.' },
  { name: 'invitations', label: 'Check-in invitations', hint: 'An invitation to check in on your progress after a session.' },
];

/** The account area's notification settings: the optional kinds on or off, each saved as soon as it changes. */
export function NotificationSettingsSection() {
  const preferences = useQuery(NOTIFICATION_PREFERENCES);
  const [update, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES);
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const current = preferences.data?.myNotificationPreferences;

  async function change(name: Choice, on: boolean) {
    setSaved(undefined);
    setProblem(undefined);
    try {
      // Only the field that changed: the other stays as the server has it.
      await update({
        variables: { input: { [name]: on } },
        // The preferences have no id to merge by: the answer replaces what the query holds.
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: NOTIFICATION_PREFERENCES, data: { myNotificationPreferences: data.updateNotificationPreferences } });
        },
      });
      const label = CHOICES.find((c) => c.name === name)!.label;
      setSaved(`${label} are now ${on ? 'on' : 'off'}.`);
    } catch (error) {
      setProblem(describeError(error, 'load').message);
    }
  }

  return (
    <section aria-labelledby="notification-settings-heading">
      <h2 id="notification-settings-heading">Notification settings</h2>
      <p>
        Messages about your bookings (a request, a confirmation, a change or a cancellation) are always sent, by e-mail and here in the app, because you need them
        to keep your sessions. You can choose whether to get these:
      </p>
      {preferences.loading && !current && <Loading>Loading your notification settings…</Loading>}
      {preferences.error && !current && (
        <ErrorSummary title="Your notification settings could not be loaded">
          <p>{describeError(preferences.error, 'load').message}</p>
        </ErrorSummary>
      )}
      {problem && (
        <ErrorSummary title="Your notification settings were not saved">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {saved && (
        <Notice>
          <p>{saved}</p>
        </Notice>
      )}
      {current && (
        <fieldset className="fieldset">
          <legend className="visually-hidden">Optional notifications</legend>
          {CHOICES.map((choice) => (
            <div key={choice.name} className="field field--checkbox">
              <input
                type="checkbox"
                id={`notify-${choice.name}`}
                checked={current[choice.name]}
                disabled={loading}
                aria-describedby={`notify-${choice.name}-hint`}
                onChange={(event) => void change(choice.name, event.target.checked)}
              />
              <label htmlFor={`notify-${choice.name}`}>{choice.label}</label>
              <p className="hint" id={`notify-${choice.name}-hint`}>
                {choice.hint}
              </p>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}
