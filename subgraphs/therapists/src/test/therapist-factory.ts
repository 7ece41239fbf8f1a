import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Condition } from '../therapists/condition';
import { ListingStatus } from '../therapists/listing-status';
import { SessionFormat } from '../therapists/session-format';
import { Therapist } from '../therapists/therapist.entity';

let next = 1;

type TherapistFields = Partial<Pick<Therapist, 'userId' | 'displayName' | 'hcpcNumber' | 'conditions' | 'sessionFormats' | 'city' | 'outwardCode' | 'status'>>;

/** An approved listing in Leeds with a fresh user id and HCPC number, persisted on the next flush; override any field. */
export function makeTherapist(em: EntityManager, fields: TherapistFields = {}): Therapist {
  const n = next++;
  return em.create(Therapist, {
    userId: randomUUID(),
    displayName: `Therapist ${String(n).padStart(3, '0')}`,
    hcpcNumber: `OT${String(n).padStart(6, '0')}`,
    conditions: [Condition.ANXIETY, Condition.WORK_STRESS_BURNOUT],
    sessionFormats: [SessionFormat.ONLINE],
    city: 'Leeds',
    outwardCode: 'LS6',
    status: ListingStatus.APPROVED,
    ...fields,
  });
}
