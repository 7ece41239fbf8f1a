import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { TherapistSchedule } from './schedule.entity';
import type { ValidSchedule } from './schedule-validation';

/** Reads and replaces therapists' schedules. */
export class ScheduleService {
  constructor(private readonly em: EntityManager) {}

  /** The schedules of `therapistIds`, in order, null where none was set. One statement. */
  async findByTherapistIds(therapistIds: readonly string[]): Promise<Array<TherapistSchedule | null>> {
    const valid = therapistIds.filter(isUuid);
    const rows = valid.length ? await this.em.find(TherapistSchedule, { therapistId: { $in: valid } }) : [];
    const found = new Map(rows.map((row) => [row.therapistId, row]));
    return therapistIds.map((id) => found.get(id) ?? null);
  }

  /** One therapist's schedule through the request's batching loader. */
  static load(ctx: SubgraphContext, therapistId: string): Promise<TherapistSchedule | null> {
    return ctx
      .loader<string, TherapistSchedule | null>('Schedule.byTherapistId', (ids) => new ScheduleService(ctx.em).findByTherapistIds(ids))
      .load(therapistId);
  }

  /**
   * Replaces a therapist's schedule (creating it the first time), in one transaction. With
   * `expectedVersion`, a schedule changed since is refused (CONFLICT) instead of overwritten.
   * Existing bookings keep their times and buffers: the schedule governs new bookings only.
   */
  async replace(therapistId: string, schedule: ValidSchedule, expectedVersion?: number | null): Promise<TherapistSchedule> {
    return this.em.transactional(async (tx) => {
      const current = await tx.findOne(TherapistSchedule, { therapistId });
      if (current && expectedVersion != null && current.version !== expectedVersion) {
        throw new ConflictError(`The schedule changed since version ${expectedVersion} (it is at ${current.version}). Reload it and try again.`, 'CONFLICT', 'expectedVersion');
      }
      const row = current ?? tx.create(TherapistSchedule, { therapistId });
      tx.assign(row, schedule);
      await tx.flush();
      return row;
    });
  }
}
