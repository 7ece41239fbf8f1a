import type { DemoTherapist } from '@caregraph/demo-data';
import { ListingAction } from '../moderation/listing-action';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { ListingStatus } from '../therapists/listing-status';
import type { Therapist } from '../therapists/therapist.entity';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** One history entry of a demo listing. */
export interface DemoEvent {
  action: ListingAction;
  fromStatus: ListingStatus | null;
  toStatus: ListingStatus;
  actorId: string;
  reason: string | null;
  occurredAt: Date;
}

/** The moderation state of a demo listing and the history that led to it, placed in time around `now`. */
export function demoModeration(demo: DemoTherapist, i: number, adminId: string, now: Date) {
  const status = demo.status as ListingStatus;
  const createdAt = new Date(now.getTime() - (90 + i) * DAY);
  const submittedAt = status === ListingStatus.PENDING_REVIEW ? new Date(now.getTime() - ((i % 5) + 1) * DAY - (i % 7) * HOUR) : new Date(createdAt.getTime() + 3 * DAY);
  const decidedAt = new Date(submittedAt.getTime() + 2 * DAY);
  const events: DemoEvent[] = [];
  const event = (action: ListingAction, fromStatus: ListingStatus | null, toStatus: ListingStatus, at: Date, actorId = demo.userId, reason: string | null = null) =>
    events.push({ action, fromStatus, toStatus, actorId, reason, occurredAt: at });
  const { DRAFT, PENDING_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED, SUSPENDED } = ListingStatus;

  const fields: Partial<Therapist> = { status, createdAt, updatedAt: createdAt };
  event(ListingAction.CREATED, null, DRAFT, createdAt);
  if (status !== DRAFT) event(ListingAction.SUBMITTED, DRAFT, PENDING_REVIEW, submittedAt);
  if (status === PENDING_REVIEW) fields.reviewRequestedAt = submittedAt;
  if (status === CHANGES_REQUESTED) {
    event(ListingAction.CHANGES_REQUESTED, PENDING_REVIEW, CHANGES_REQUESTED, decidedAt, adminId, 'Please add how you adapt sessions for clients with psychosis, and a photo.');
  }
  if (status === REJECTED) {
    event(ListingAction.REJECTED, PENDING_REVIEW, REJECTED, decidedAt, adminId, 'The HCPC number is not on the register under this name.');
    fields.hcpcVerificationNotes = 'Searched the HCPC register by number and by name: no match.';
  }
  if (status === APPROVED || status === SUSPENDED) {
    const expires = new Date(Date.UTC(now.getUTCFullYear() + 1 + (i % 2), 1 + (i % 11), 28));
    Object.assign(fields, {
      hcpcVerificationStatus: HcpcVerificationStatus.VERIFIED,
      hcpcVerifiedBy: adminId,
      hcpcVerifiedAt: decidedAt,
      hcpcRegisterExpiresOn: expires.toISOString().slice(0, 10),
      hcpcVerificationNotes: 'Found on the HCPC register; name and profession match.',
      publishedAt: new Date(decidedAt.getTime() + 1),
    });
    event(ListingAction.HCPC_VERIFIED, PENDING_REVIEW, PENDING_REVIEW, decidedAt, adminId);
    event(ListingAction.APPROVED, PENDING_REVIEW, APPROVED, new Date(decidedAt.getTime() + 1), adminId);
  }
  if (status === SUSPENDED) {
    const at = new Date(now.getTime() - 10 * DAY);
    fields.hcpcVerificationStatus = HcpcVerificationStatus.LAPSED;
    fields.hcpcVerificationNotes = 'Registration shown as lapsed on the HCPC register (renewal not completed).';
    event(ListingAction.HCPC_LAPSED, APPROVED, APPROVED, at, adminId, 'Renewal not completed.');
    event(ListingAction.SUSPENDED, APPROVED, SUSPENDED, new Date(at.getTime() + 1), adminId, 'HCPC registration lapsed.');
  }
  return { fields, events };
}
