import { TextField } from '@caregraph/client-kit/fields';

interface Props {
  /** Ids of the start and end boxes. */
  startId: string;
  endId: string;
  /** Says which range this is to a screen reader (“Monday, hours 1”). */
  context: string;
  start: string;
  end: string;
  errors: Record<string, string>;
  onChange: (patch: { start?: string; end?: string }) => void;
  disabled?: boolean;
}

/** A start and an end time, as the browser's time boxes (an end of 00:00 is midnight at the end of the day). */
export function HoursRangeFields({ startId, endId, context, start, end, errors, onChange, disabled }: Props) {
  return (
    <>
      <TextField
        id={startId}
        type="time"
        label={
          <>
            From<span className="visually-hidden"> ({context})</span>
          </>
        }
        value={start}
        error={errors[startId]}
        disabled={disabled}
        onChange={(e) => onChange({ start: e.target.value })}
      />
      <TextField
        id={endId}
        type="time"
        label={
          <>
            Until<span className="visually-hidden"> ({context})</span>
          </>
        }
        value={end}
        error={errors[endId]}
        disabled={disabled}
        onChange={(e) => onChange({ end: e.target.value })}
      />
    </>
  );
}
