import { CheckboxField, TextField } from '@caregraph/client-kit/fields';
import { HoursRangeFields } from './HoursRangeFields';
import { newKey, overrideDateBox, overrideRangeBox, type OverrideRow } from './schedule-form';
import { formatDate } from '../format/format';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface Props {
  overrides: OverrideRow[];
  errors: Record<string, string>;
  onChange: (overrides: OverrideRow[]) => void;
}

/** Dates that differ from the usual week: a day off, or other hours that replace the weekday's. */
export function DateOverridesEditor({ overrides, errors, onChange }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const update = (key: string, patch: Partial<OverrideRow>) => onChange(overrides.map((o) => (o.key === key ? { ...o, ...patch } : o)));

  function add() {
    const row: OverrideRow = { key: newKey(), date: '', dayOff: true, ranges: [] };
    onChange([...overrides, row]);
    focusAfterRender(overrideDateBox(row.key));
  }

  function remove(key: string) {
    onChange(overrides.filter((o) => o.key !== key));
    focusAfterRender('add-override');
  }

  return (
    <>
      {overrides.length === 0 && <p>No dates yet: every week follows your usual hours.</p>}
      {overrides.map((o, i) => {
        const name = o.date ? formatDate(o.date) : `date ${i + 1}`;
        return (
          <fieldset key={o.key} className="day-hours">
            <legend>{o.date ? formatDate(o.date) : 'New date'}</legend>
            <TextField id={overrideDateBox(o.key)} type="date" label={<>Date<span className="visually-hidden"> ({name})</span></>} value={o.date} error={errors[overrideDateBox(o.key)]} onChange={(e) => update(o.key, { date: e.target.value })} />
            <CheckboxField
              id={`override-${o.key}-day-off`}
              label={<>Day off<span className="visually-hidden"> ({name})</span></>}
              checked={o.dayOff}
              onChange={(e) => update(o.key, { dayOff: e.target.checked, ranges: e.target.checked ? [] : o.ranges.length ? o.ranges : [{ key: newKey(), start: '09:00', end: '13:00' }] })}
            />
            {!o.dayOff &&
              o.ranges.map((r, ri) => (
                <div className="hours-row" key={r.key}>
                  <HoursRangeFields
                    startId={overrideRangeBox(o.key, r.key, 'start')}
                    endId={overrideRangeBox(o.key, r.key, 'end')}
                    context={`${name}, hours ${ri + 1}`}
                    start={r.start}
                    end={r.end}
                    errors={errors}
                    onChange={(patch) => update(o.key, { ranges: o.ranges.map((x) => (x.key === r.key ? { ...x, ...patch } : x)) })}
                  />
                  <button type="button" className="button button--secondary button--small" onClick={() => update(o.key, { ranges: o.ranges.filter((x) => x.key !== r.key), dayOff: o.ranges.length === 1 })}>
                    Remove<span className="visually-hidden"> hours {ri + 1} on {name}</span>
                  </button>
                </div>
              ))}
            <div className="button-row">
              {!o.dayOff && (
                <button type="button" className="button button--secondary button--small" onClick={() => update(o.key, { ranges: [...o.ranges, { key: newKey(), start: '', end: '' }] })}>
                  Add hours<span className="visually-hidden"> on {name}</span>
                </button>
              )}
              <button type="button" className="button button--secondary button--small" onClick={() => remove(o.key)}>
                Remove this date<span className="visually-hidden"> ({name})</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" id="add-override" className="button button--secondary" onClick={add}>
        Add a date
      </button>
    </>
  );
}
