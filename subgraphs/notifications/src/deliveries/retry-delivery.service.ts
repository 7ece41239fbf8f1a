import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid } from '@caregraph/runtime';
import { Delivery } from './delivery.entity';
import { DeliveryStatus } from './delivery-status';

/**
 * Gives a DEAD delivery a fresh start, in ONE transaction: back to PENDING with no attempts and no error,
 * and a `deliver` job on the worker's queue (graphile-worker's `add_job`, in this same database, through the
 * `queue_delivery` function). The job key `delivery:<id>` with mode `replace` means one job per delivery,
 * however often it is retried. Two
 * admins retrying at once: the row lock makes the second find it PENDING, which is CONFLICT.
 */
export async function retryDelivery(em: EntityManager, id: string, maxAttempts: number): Promise<Delivery> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a delivery id.');
  return em.transactional(async (tx) => {
    const delivery = await tx.findOne(Delivery, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!delivery) throw new NotFoundError('Delivery', id);
    if (delivery.status !== DeliveryStatus.DEAD) {
      throw new ConflictError(`Delivery ${id} is ${delivery.status}: only a DEAD delivery can be retried.`);
    }
    delivery.status = DeliveryStatus.PENDING;
    delivery.attempts = 0;
    delivery.lastError = null;
    await tx.flush();
    // graphile_worker.add_job('deliver', {deliveryId}, job_key => 'delivery:'||id, job_key_mode => 'replace') as the
    // database's owner role (the queue's tables refuse every other role): see the migration that creates it.
    await tx.execute('select queue_delivery(?::uuid, ?::int)', [id, maxAttempts]);
    return delivery;
  });
}
