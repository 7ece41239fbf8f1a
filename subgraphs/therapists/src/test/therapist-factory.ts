import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { OfflineGeocoder } from '../geocoding/offline-geocoder';
import { Approach } from '../therapists/approach';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { Language } from '../therapists/language';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';

let next = 1;
const geocoder = new OfflineGeocoder();

/** Everything a test may set on a listing. */
export type TherapistFields = Partial<Omit<Therapist, 'id' | 'listed' | 'searchVector' | 'version'>> & { id?: string };

/**
 * A complete listing in Leeds (LS6) with a fresh user id and HCPC number, APPROVED and verified
 * unless told otherwise, persisted on the next flush. Override any field; `postcode` sets the
 * outward code and the point from the offline geocoder. The state columns the database checks
 * (publication date, queue time, verification) follow the status.
 */
export function makeTherapist(em: EntityManager, fields: TherapistFields = {}): Therapist {
  const n = next++;
  const status = fields.status ?? ListingStatus.APPROVED;
  const postcode = fields.postcode === undefined ? 'LS6 2AB' : fields.postcode;
  const outward = postcode?.split(' ')[0] ?? null;
  const point = outward ? geocoder.lookup(outward) : null;
  const published = status === ListingStatus.APPROVED || status === ListingStatus.SUSPENDED;
  return em.create(Therapist, {
    userId: randomUUID(),
    displayName: `Therapist ${String(n).padStart(3, '0')}`,
    hcpcNumber: `OT${String(n).padStart(6, '0')}`,
    headline: 'Small steps back to everyday life',
    biography: 'An occupational therapist helping people rebuild routines and confidence.',
    yearsOfExperience: 8,
    languages: [Language.ENGLISH],
    conditions: [Condition.ANXIETY, Condition.WORK_STRESS_BURNOUT],
    approaches: [Approach.ROUTINE_PLANNING],
    sessionFormats: [SessionFormat.ONLINE],
    fundingOptions: [FundingOption.SELF_PAY],
    feePence: 6000,
    sessionMinutes: 60,
    city: 'Leeds',
    postcode,
    outwardCode: outward,
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    hcpcVerificationStatus: published ? HcpcVerificationStatus.VERIFIED : HcpcVerificationStatus.UNVERIFIED,
    hcpcVerifiedBy: published ? randomUUID() : null,
    hcpcVerifiedAt: published ? new Date() : null,
    hcpcRegisterExpiresOn: published ? '2099-12-31' : null,
    publishedAt: published ? new Date(Date.now() - n * 60_000) : null,
    reviewRequestedAt: status === ListingStatus.PENDING_REVIEW ? new Date(Date.now() - n * 60_000) : null,
    ...fields,
    status,
  });
}
