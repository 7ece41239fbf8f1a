import type { TherapistSchedule } from './schedule.entity';
import { Schedule } from './schedule.type';

/** The public shape of a stored schedule (never the entity itself: no column exposed by accident). */
export function toScheduleView(row: TherapistSchedule): Schedule {
  return Object.assign(new Schedule(), {
    timeZone: row.timeZone,
    weeklyHours: row.weeklyHours.map((h) => ({ ...h, formats: h.formats ?? null })),
    dateOverrides: row.dateOverrides,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    minimumNoticeMinutes: row.minimumNoticeMinutes,
    bookingWindowDays: row.bookingWindowDays,
    sessionMinutes: row.sessionMinutes,
    requiresConfirmation: row.requiresConfirmation,
    cancellationCutoffHours: row.cancellationCutoffHours,
    updatedAt: row.updatedAt,
    version: row.version,
  });
}
