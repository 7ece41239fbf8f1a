import { SESSION_FORMAT_LABELS, WEEKDAY_LABELS } from '@caregraph/client-kit/labels';
import type { SessionFormat, Weekday } from '../gql/graphql';
import { HoursRangeFields } from './HoursRangeFields';
import { hoursBox, newKey, WEEKDAYS, type HoursRow, type ScheduleFormValues } from './schedule-form';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface Props {
  weekly: ScheduleFormValues['weekly'];
  /** The formats the listing offers: the choices for each range. */
  formats: readonly SessionFormat[];
  errors: Record<string, string>;
  onChange: (weekly: ScheduleFormValues['weekly']) => void;
}

/** The usual week: for each day, ranges of working hours, each with the formats offered then. */
export function WeeklyHoursEditor({ weekly, formats, errors, onChange }: Props) {
  // The focus follows the change: a new row's first time, or the day's add button once a row goes.
  const focusAfterRender = useFocusAfterRender();
  const setDay = (day: Weekday, rows: HoursRow[]) => onChange({ ...weekly, [day]: rows });

  function add(day: Weekday) {
    const rows = weekly[day];
    const last = rows[rows.length - 1];
    // A second range on a day usually follows the first: start where it ended.
    const row: HoursRow = { key: newKey(), start: last?.end && last.end !== '00:00' ? last.end : '09:00', end: last ? '' : '17:00', formats: [] };
    setDay(day, [...rows, row]);
    focusAfterRender(hoursBox(row.key, 'start'));
  }

  function remove(day: Weekday, key: string) {
    setDay(day, weekly[day].filter((r) => r.key !== key));
    focusAfterRender(`add-hours-${day}`);
  }

  const update = (day: Weekday, key: string, patch: Partial<HoursRow>) => setDay(day, weekly[day].map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <>
      {WEEKDAYS.map((day) => {
        const name = WEEKDAY_LABELS[day] ?? day;
        return (
          <fieldset key={day} className="day-hours">
            <legend>{name}</legend>
            {weekly[day].length === 0 && <p>Not working.</p>}
            {weekly[day].map((row, i) => {
              const context = `${name}, hours ${i + 1}`;
              return (
                <div className="hours-row" key={row.key}>
                  <HoursRangeFields
                    startId={hoursBox(row.key, 'start')}
                    endId={hoursBox(row.key, 'end')}
                    context={context}
                    start={row.start}
                    end={row.end}
                    errors={errors}
                    onChange={(patch) => update(day, row.key, patch)}
                  />
                  {formats.length > 1 && (
                    <fieldset className="fieldset">
                      <legend className="hint">
                        Sessions offered<span className="visually-hidden"> ({context})</span>: none ticked means all
                      </legend>
                      <div className="formats">
                        {formats.map((format) => (
                          <label key={format}>
                            <input
                              type="checkbox"
                              checked={row.formats.includes(format)}
                              onChange={(e) => update(day, row.key, { formats: e.target.checked ? [...row.formats, format] : row.formats.filter((f) => f !== format) })}
                            />
                            {SESSION_FORMAT_LABELS[format] ?? format}
                          </label>
                        ))}
                      </div>
                    </fieldset>
                  )}
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(day, row.key)}>
                    Remove<span className="visually-hidden"> {context}</span>
                  </button>
                </div>
              );
            })}
            <button type="button" id={`add-hours-${day}`} className="button button--secondary button--small" onClick={() => add(day)}>
              Add hours<span className="visually-hidden"> on {name}</span>
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
