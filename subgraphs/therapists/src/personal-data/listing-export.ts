import type { EntityManager } from '@mikro-orm/postgresql';
import { toExportObject } from '@caregraph/runtime';
import { ListingEvent } from '../moderation/listing-event.entity';
import { Therapist } from '../therapists/therapist.entity';

/**
 * A therapist's own listing for their personal data export: every column (the exact postcode,
 * pending changes and HCPC notes included) and its whole moderation history; null when the
 * person has no listing.
 */
export async function exportOwnListing(em: EntityManager, userId: string): Promise<Record<string, unknown> | null> {
  const listing = await em.findOne(Therapist, { userId });
  if (!listing) return null;
  const events = await em.find(ListingEvent, { therapist: listing.id }, { orderBy: { occurredAt: 'asc' } });
  return { ...toExportObject(listing), moderationHistory: events.map(toExportObject) };
}
