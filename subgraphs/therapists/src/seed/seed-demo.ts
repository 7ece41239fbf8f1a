import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/demo-data';
import { ListingAction } from '../moderation/listing-action';
import { ListingEvent } from '../moderation/listing-event.entity';
import { Condition } from '@caregraph/vocabulary';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import { demoListingFields } from './demo-listing';
import { demoModeration } from './demo-moderation';

/**
 * Inserts the roster's listings that are missing (so running it again writes nothing), each with
 * its directory fields and moderation history, spread over UK cities and every status. One
 * approved listing has changes waiting for review. Returns the number of rows written.
 */
export async function seedDemo(em: EntityManager): Promise<number> {
  const now = new Date();
  const { therapists, users } = demoRoster(now);
  const adminId = users.find((u) => u.role === 'ADMIN')!.id;
  const existing = new Set((await em.find(Therapist, { id: { $in: therapists.map((t) => t.id) } }, { fields: ['id'] })).map((t) => t.id));
  let rows = 0;
  let pendingChangesGiven = false;
  therapists.forEach((demo, i) => {
    if (existing.has(demo.id)) return;
    const { fields, events } = demoModeration(demo, i, adminId, now);
    const listing = em.create(Therapist, {
      id: demo.id,
      userId: demo.userId,
      displayName: demo.displayName,
      hcpcNumber: demo.hcpcNumber,
      ...demoListingFields(demo, i),
      ...fields,
    });
    if (!pendingChangesGiven && listing.status === ListingStatus.APPROVED) {
      // The first approved listing shows the review of edits to checked fields.
      pendingChangesGiven = true;
      const extra = Object.values(Condition).find((c) => !listing.conditions.includes(c))!;
      listing.pendingChanges = { conditions: [...listing.conditions, extra] };
      listing.reviewRequestedAt = new Date(now.getTime() - 2 * 86_400_000);
      events.push({ action: ListingAction.CHANGES_PROPOSED, fromStatus: ListingStatus.APPROVED, toStatus: ListingStatus.APPROVED, actorId: demo.userId, reason: null, occurredAt: listing.reviewRequestedAt });
    }
    for (const event of events) em.create(ListingEvent, { therapist: listing, ...event });
    rows += 1 + events.length;
  });
  await em.flush();
  return rows;
}
