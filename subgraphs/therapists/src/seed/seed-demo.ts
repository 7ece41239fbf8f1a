import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/runtime/demo';
import { Condition } from '../therapists/condition';
import { ListingStatus } from '../therapists/listing-status';
import { SessionFormat } from '../therapists/session-format';
import { Therapist } from '../therapists/therapist.entity';

/** Inserts the demo therapist listings when the table is empty. */
export async function seedDemo(em: EntityManager): Promise<number> {
  if ((await em.count(Therapist)) > 0) return 0;
  const { therapists } = demoRoster();
  for (const demo of therapists) {
    em.create(Therapist, {
      id: demo.id,
      userId: demo.userId,
      displayName: demo.displayName,
      hcpcNumber: demo.hcpcNumber,
      conditions: demo.conditions as Condition[],
      sessionFormats: demo.sessionFormats as SessionFormat[],
      city: demo.city,
      outwardCode: demo.outwardCode,
      status: demo.status as ListingStatus,
    });
  }
  await em.flush();
  return therapists.length;
}
