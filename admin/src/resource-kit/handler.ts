import type { CreateParams, GetListParams, GetManyReferenceParams, Identifier, RaRecord, UpdateManyParams, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';

/**
 * One resource's share of the data provider: what react-admin asks of that resource. The data
 * provider (src/data/data-provider.ts) finds the handler by the resource's name and calls it.
 */
export interface ResourceHandler {
  getList(params: GetListParams): Promise<{ data: RaRecord[]; total: number }>;
  getOne(id: Identifier): Promise<RaRecord>;
  /** Creates a record; absent for the resources the dashboard does not create. */
  create?(params: CreateParams): Promise<RaRecord>;
  /** Runs an action (`data.action`) on one record; absent when the resource is read-only. */
  update?(params: UpdateParams): Promise<RaRecord>;
  /** Runs an action on several records; answers the ids done. */
  updateMany?(params: UpdateManyParams): Promise<Identifier[]>;
  /** Filter that selects the records referring to `id` through `target`, for getManyReference. */
  referenceFilter?(target: string, id: Identifier): Record<string, unknown>;
  /** getManyReference for a resource that cannot say it as a filter of its list. */
  getManyReference?(params: GetManyReferenceParams): Promise<{ data: RaRecord[]; total: number }>;
  /** The 405's message when the dashboard is asked to create, edit or delete what it cannot. */
  readOnlyMessage: string;
}

/** The usual read-only message: "The dashboard only reads bookings; …". */
export const onlyReads = (what: string) => `The dashboard only reads ${what}; it cannot change it that way.`;

/** 405: the dashboard does not create, edit or delete this kind of record. */
export function notAllowed(message: string): never {
  throw new HttpError(message, 405, { code: 'FORBIDDEN' });
}

/** 400 naming `field`, before anything is sent. */
export function badInput(field: string, message: string): never {
  throw new HttpError(message, 400, { code: 'BAD_USER_INPUT', errors: { [field]: message } });
}
