import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, readRows } from '@caregraph/runtime';
import type { BusyPeriod, ScheduleRules } from './free-slots';

/** What availability needs of one therapist: the schedule and the busy periods near the asked time. */
export interface Diary {
  rules: ScheduleRules;
  busy: BusyPeriod[];
  /** New bookings wait as REQUESTED for the therapist. */
  requiresConfirmation: boolean;
  /** The cancellation cut-off a booking made now records. */
  cancellationCutoffHours: number;
}

/** A booking's taken time: the same expression the exclusion constraint `bookings_no_overlap` uses. */
const BLOCKED = 'booking_blocked_range(b.starts_at, b.ends_at, b.buffer_before_minutes, b.buffer_after_minutes)';

/**
 * The schedule and, as one JSON array each, the live bookings (not CANCELLED or DECLINED) whose
 * buffered time overlaps [from − 1 day, min(to, now + window) + 1 day) (empty when `from` is beyond the
 * window), for every therapist in the batch. ONE statement whatever the number of therapists or
 * bookings.
 *
 * The inner search walks the btree (therapist_id, starts_at) over a start-time window wide enough for
 * any session (at most 240 min, buffers at most 240 min each side: createBooking and the checks allow no
 * more), then applies the exact overlap; `offset 0` keeps the planner from pushing the overlap down into
 * the exclusion constraint's GiST index instead, whose pages per lookup grow with the table when
 * bookings arrive interleaved across therapists (13× slower at 1,000,000 bookings; bench/results.md).
 */
export const DIARIES = (count: number) => `
select s.therapist_id, s.time_zone, s.weekly_hours, s.date_overrides, s.buffer_before_minutes, s.buffer_after_minutes,
       s.minimum_notice_minutes, s.booking_window_days, s.session_minutes, s.requires_confirmation,
       s.cancellation_cutoff_hours,
       coalesce((
         select json_agg(json_build_array(extract(epoch from lower(b.blocked)) * 1000, extract(epoch from upper(b.blocked)) * 1000))
           from (select ${BLOCKED} as blocked
                   from bookings b
                  where b.therapist_id = s.therapist_id
                    and b.status not in ('CANCELLED', 'DECLINED')
                    and b.starts_at >= ?::timestamptz - interval '2 days'
                    and b.starts_at < least(?::timestamptz, ?::timestamptz + make_interval(days => s.booking_window_days)) + interval '1 day 4 hours'
                 offset 0) b
          where b.blocked && tstzrange(?::timestamptz - interval '1 day',
                                       greatest(?::timestamptz - interval '1 day',
                                                least(?::timestamptz, ?::timestamptz + make_interval(days => s.booking_window_days)) + interval '1 day'))
       ), '[]'::json) as busy
  from therapist_schedules s
 where s.therapist_id in (${Array.from({ length: count }, () => '?').join(', ')})`;

/** The values for DIARIES' placeholders, in order. */
export function diaryBindings(therapistIds: readonly string[], from: number, to: number, now: number): unknown[] {
  const [start, end, at] = [new Date(from), new Date(to), new Date(now)];
  return [start, end, at, start, start, end, at, ...therapistIds];
}

interface DiaryRow {
  therapist_id: string;
  time_zone: string;
  weekly_hours: ScheduleRules['weeklyHours'];
  date_overrides: ScheduleRules['dateOverrides'];
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  minimum_notice_minutes: number;
  booking_window_days: number;
  session_minutes: number;
  requires_confirmation: boolean;
  cancellation_cutoff_hours: number;
  busy: Array<[number | string, number | string]>;
}

/** The diaries of `therapistIds` between `from` and `to` (ms) as seen at `now`, in order; null where no schedule is set. */
export async function loadDiaries(em: EntityManager, therapistIds: readonly string[], from: number, to: number, now: number): Promise<Array<Diary | null>> {
  const ids = [...new Set(therapistIds.filter(isUuid))];
  if (ids.length === 0) return therapistIds.map(() => null);
  // Prepared (docs/adr/034): its plan is fixed by construction, the schedules by primary key and each
  // therapist's bookings by the (therapist_id, starts_at) btree behind the `offset 0` fence, whatever the values.
  const rows = await readRows<DiaryRow>(em, DIARIES(ids.length), diaryBindings(ids, from, to, now), { prepared: true });
  const diaries = new Map(
    rows.map((row) => [
      row.therapist_id,
      {
        rules: {
          timeZone: row.time_zone,
          weeklyHours: row.weekly_hours,
          dateOverrides: row.date_overrides,
          bufferBeforeMinutes: row.buffer_before_minutes,
          bufferAfterMinutes: row.buffer_after_minutes,
          minimumNoticeMinutes: row.minimum_notice_minutes,
          bookingWindowDays: row.booking_window_days,
          sessionMinutes: row.session_minutes,
        },
        busy: row.busy.map(([start, end]) => ({ from: Number(start), until: Number(end) })),
        requiresConfirmation: row.requires_confirmation,
        cancellationCutoffHours: row.cancellation_cutoff_hours,
      },
    ]),
  );
  return therapistIds.map((id) => diaries.get(id) ?? null);
}
