import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '@caregraph/kernel';
import { Therapist } from '../therapists/therapist.entity';

/**
 * Refuses an HCPC number another listing holds, live or waiting for review (CONFLICT naming
 * `hcpcNumber`). The unique constraint remains the guarantee; this gives the clear message.
 */
export async function assertHcpcNumberFree(em: EntityManager, hcpcNumber: string, exceptListingId: string | null): Promise<void> {
  const others = exceptListingId ? { id: { $ne: exceptListingId } } : {};
  const taken = await em.count(Therapist, { ...others, $or: [{ hcpcNumber }, { pendingChanges: { hcpcNumber } }] });
  if (taken > 0) throw new ConflictError(`Another listing already has the HCPC number ${hcpcNumber}.`, 'CONFLICT', 'hcpcNumber');
}
