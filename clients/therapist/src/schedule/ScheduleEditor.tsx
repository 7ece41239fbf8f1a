import { useMutation } from '@apollo/client/react';
import { CheckboxField, SelectField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import type { OwnScheduleFragment, SessionFormat } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { ConflictPanel } from './ConflictPanel';
import { DateOverridesEditor } from './DateOverridesEditor';
import { AVAILABILITY_PREVIEW, MY_SCHEDULE, SET_SCHEDULE } from './operations';
import { boxOfScheduleField, formFromSchedule, scheduleDifferences, scheduleFieldMessage, scheduleInputOf, validateScheduleForm, type ScheduleFormErrors, type ScheduleFormValues } from './schedule-form';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import { FieldLink } from '../listing/FieldLink';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** Time zones a therapist in the UK, Ireland or the Crown Dependencies works in. */
const TIME_ZONES: Record<string, string> = {
  'Europe/London': 'UK time (Europe/London)',
  'Europe/Dublin': 'Irish time (Europe/Dublin)',
  'Europe/Isle_of_Man': 'Isle of Man (Europe/Isle_of_Man)',
  'Europe/Jersey': 'Jersey (Europe/Jersey)',
  'Europe/Guernsey': 'Guernsey (Europe/Guernsey)',
  'Europe/Gibraltar': 'Gibraltar (Europe/Gibraltar)',
};

interface Props {
  therapistId: string;
  schedule: OwnScheduleFragment | null;
  formats: readonly SessionFormat[];
  listingSessionMinutes: number | null;
  /** Asks the graph for the schedule again; answers the saved one. */
  reload: () => Promise<OwnScheduleFragment | null | undefined>;
}

interface Conflict {
  saved: ScheduleFormValues;
  version: number;
  updatedAt: string;
}

/**
 * The whole schedule in one form, saved at once with the version it was loaded at: a schedule saved
 * elsewhere meanwhile is refused (CONFLICT) and explained against the edits, which stay in the form.
 */
export function ScheduleEditor({ therapistId, schedule, formats, listingSessionMinutes, reload }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const [values, setValues] = useState(() => formFromSchedule(schedule, listingSessionMinutes));
  const [baseVersion, setBaseVersion] = useState(schedule?.version);
  const [errors, setErrors] = useState<ScheduleFormErrors>({});
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  const summary = useRef<HTMLDivElement>(null);
  const conflictPanel = useRef<HTMLDivElement>(null);
  const [setSchedule, { loading }] = useMutation(SET_SCHEDULE, { refetchQueries: [MY_SCHEDULE, AVAILABILITY_PREVIEW] });


  function fail(message: string, fieldErrors: ScheduleFormErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    setSaved(undefined);
    focusAfterRender(summary);
  }

  async function save(expectedVersion: number | undefined) {
    const found = validateScheduleForm(values);
    if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    try {
      const result = await setSchedule({ variables: { therapistId, expectedVersion: expectedVersion ?? null, input: scheduleInputOf(values) } });
      const fresh = result.data!.setTherapistSchedule;
      setValues(formFromSchedule(fresh));
      setBaseVersion(fresh.version);
      setConflict(undefined);
      setErrors({});
      setProblem(undefined);
      setSaved('Your schedule is saved. New bookings follow it; sessions already booked stay as they are.');
    } catch (error) {
      const friendly = describeError(error, 'save');
      if (friendly.code === 'CONFLICT') {
        const latest = await reload().catch(() => undefined);
        if (latest) {
          setConflict({ saved: formFromSchedule(latest), version: latest.version, updatedAt: latest.updatedAt });
          focusAfterRender(conflictPanel);
          setProblem(undefined);
          setSaved(undefined);
          return;
        }
      }
      if (friendly.field) {
        const message = scheduleFieldMessage(friendly.field, friendly.message);
        return fail(message, { [boxOfScheduleField(friendly.field, values)]: message });
      }
      fail(friendly.message);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // After a conflict the therapist chooses below; a plain save stays refused until then.
    void save(baseVersion);
  }

  function useSaved() {
    if (!conflict) return;
    setValues(conflict.saved);
    setBaseVersion(conflict.version);
    setConflict(undefined);
    setErrors({});
    setSaved('Your edits were set aside: the form shows the saved schedule.');
    focusAfterRender('schedule-title');
  }

  const set = <K extends keyof ScheduleFormValues>(key: K, value: ScheduleFormValues[K]) => {
    setValues({ ...values, [key]: value });
    setSaved(undefined);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="schedule-title">
      <h2 id="schedule-title" tabIndex={-1}>
        Your hours and booking rules
      </h2>
      {conflict && (
        <ConflictPanel
          ref={conflictPanel}
          updatedAt={conflict.updatedAt}
          differences={scheduleDifferences(conflict.saved, values)}
          busy={loading}
          onKeepMine={() => void save(conflict.version)}
          onUseSaved={useSaved}
        />
      )}
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
          {Object.keys(errors).length > 0 && (
            <ul>
              {Object.entries(errors).map(([box, message]) => (
                <li key={box}>
                  <FieldLink to={box}>{message}</FieldLink>
                </li>
              ))}
            </ul>
          )}
        </ErrorSummary>
      )}
      {saved && (
        <Notice>
          <p>{saved}</p>
        </Notice>
      )}
      <div className="form">
        <SelectField id="timeZone" label="Time zone" hint="Your hours are in this zone; clocks going forward or back are followed." value={values.timeZone} error={errors.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
          {!(values.timeZone in TIME_ZONES) && <option value={values.timeZone}>{values.timeZone}</option>}
          {Object.entries(TIME_ZONES).map(([zone, label]) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <h3>Usual week</h3>
      <p className="hint">Add the hours you take sessions each day. An end of 00:00 means midnight.</p>
      <WeeklyHoursEditor weekly={values.weekly} formats={formats} errors={errors} onChange={(weekly) => set('weekly', weekly)} />
      <h3>Days off and other hours</h3>
      <p className="hint">Holidays, training days or a different day: these replace your usual hours on that date.</p>
      <DateOverridesEditor overrides={values.overrides} errors={errors} onChange={(overrides) => set('overrides', overrides)} />
      <h3>Booking rules</h3>
      <div className="settings-grid">
        <TextField id="sessionMinutes" label="Session length, in minutes" hint="15 to 240; free times are this long." type="number" inputMode="numeric" min={15} max={240} value={values.sessionMinutes} error={errors.sessionMinutes} onChange={(e) => set('sessionMinutes', e.target.value)} />
        <TextField id="bufferBeforeMinutes" label="Minutes kept free before a session" hint="For travel or preparation; 0 to 240." type="number" inputMode="numeric" min={0} max={240} value={values.bufferBeforeMinutes} error={errors.bufferBeforeMinutes} onChange={(e) => set('bufferBeforeMinutes', e.target.value)} />
        <TextField id="bufferAfterMinutes" label="Minutes kept free after a session" hint="For notes or travel; 0 to 240." type="number" inputMode="numeric" min={0} max={240} value={values.bufferAfterMinutes} error={errors.bufferAfterMinutes} onChange={(e) => set('bufferAfterMinutes', e.target.value)} />
        <TextField id="minimumNoticeMinutes" label="Minimum notice, in hours" hint="How long ahead a session must be booked; 24 is a day." inputMode="decimal" value={values.minimumNoticeHours} error={errors.minimumNoticeMinutes} onChange={(e) => set('minimumNoticeHours', e.target.value)} />
        <TextField id="bookingWindowDays" label="Booking window, in days" hint="How far ahead clients can book; 1 to 366." type="number" inputMode="numeric" min={1} max={366} value={values.bookingWindowDays} error={errors.bookingWindowDays} onChange={(e) => set('bookingWindowDays', e.target.value)} />
        <TextField
          id="cancellationCutoffHours"
          label="Free cancellation ends, in hours before a session"
          hint="A client cancelling later is recorded as a late cancellation; 0 to 168. Sessions already booked keep the rule they were booked under."
          type="number"
          inputMode="numeric"
          min={0}
          max={168}
          value={values.cancellationCutoffHours}
          error={errors.cancellationCutoffHours}
          onChange={(e) => set('cancellationCutoffHours', e.target.value)}
        />
      </div>
      <CheckboxField
        id="requiresConfirmation"
        label="I confirm each booking myself"
        hint="Bookings then wait as requests until you confirm or decline them; otherwise they are confirmed at once."
        checked={values.requiresConfirmation}
        onChange={(e) => set('requiresConfirmation', e.target.checked)}
      />
      {!conflict && (
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? 'Saving…' : 'Save schedule'}
        </button>
      )}
    </form>
  );
}
