import type { ApolloClient } from '@apollo/client';
import type { Identifier, UpdateManyParams, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { ListingDetailFragment } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { notAllowed } from '../resource-kit/handler';
import { MODERATION, MODERATION_ACTIONS, missingModerationInput, type ModerationAction, type ModerationInput } from './moderation';
import { APPROVE, APPROVE_CHANGES, DECLINE_CHANGES, MARK_HCPC_LAPSED, REINSTATE, REJECT, REQUEST_CHANGES, SUSPEND, VERIFY_HCPC } from './operations';
import { readListing } from './read-listing';

/** Why listings are not created, edited or deleted from the dashboard (a 405). */
export const LISTINGS_READ_ONLY = 'Listings are created, edited and deleted by their therapists. Admins moderate them with the actions on each listing.';

/** `update`/`updateMany` data: which moderation step, and what it needs. */
export interface ModerationData extends ModerationInput {
  action: ModerationAction;
}

/** The data provider's own moderation method. */
export interface ModerationMethods {
  /** Runs one moderation step on a listing at `expectedVersion`; answers the listing as it is now. */
  moderate(id: Identifier, action: ModerationAction, input: ModerationInput & { expectedVersion: number }): Promise<{ data: ListingDetailFragment }>;
}

/**
 * Moderation steps on listings, for every screen whose ids are listing ids (all listings and the
 * queue): `moderate`, and `update`/`updateMany` with `data.action` so react-admin's undoable
 * mutations work, always at the version the admin saw.
 */
export function moderationSteps(client: ApolloClient) {
  const moderate: ModerationMethods['moderate'] = async (id, action, input) => {
    if (!MODERATION_ACTIONS.includes(action)) throw new HttpError(`Unknown moderation action “${String(action)}”.`, 400, { code: 'BAD_USER_INPUT' });
    const missing = missingModerationInput(action, input);
    if (missing) throw new HttpError(missing, 400, { code: 'BAD_USER_INPUT', errors: { [missing.startsWith('Register expiry date') ? 'registerExpiresOn' : 'reason']: missing } });
    const base = { id: String(id), expectedVersion: input.expectedVersion };
    const reason = input.reason?.trim() || undefined;
    const expiry = input.registerExpiresOn || undefined;
    try {
      switch (action) {
        case 'approve':
          return { data: (await client.mutate({ mutation: APPROVE, variables: { ...base, note: reason, hcpcRegisterExpiresOn: expiry } })).data!.approveTherapistListing };
        case 'requestChanges':
          return { data: (await client.mutate({ mutation: REQUEST_CHANGES, variables: { ...base, message: reason! } })).data!.requestTherapistListingChanges };
        case 'reject':
          return { data: (await client.mutate({ mutation: REJECT, variables: { ...base, reason: reason! } })).data!.rejectTherapistListing };
        case 'suspend':
          return { data: (await client.mutate({ mutation: SUSPEND, variables: { ...base, reason: reason! } })).data!.suspendTherapistListing };
        case 'reinstate':
          return { data: (await client.mutate({ mutation: REINSTATE, variables: { ...base, reason: reason! } })).data!.reinstateTherapistListing };
        case 'approveChanges':
          return { data: (await client.mutate({ mutation: APPROVE_CHANGES, variables: { ...base, note: reason, hcpcRegisterExpiresOn: expiry } })).data!.approveTherapistListingChanges };
        case 'declineChanges':
          return { data: (await client.mutate({ mutation: DECLINE_CHANGES, variables: { ...base, reason: reason! } })).data!.declineTherapistListingChanges };
        case 'verifyHcpc':
          return { data: (await client.mutate({ mutation: VERIFY_HCPC, variables: { ...base, registerExpiresOn: expiry!, notes: reason } })).data!.verifyTherapistHcpcRegistration };
        case 'markHcpcLapsed':
          return { data: (await client.mutate({ mutation: MARK_HCPC_LAPSED, variables: { ...base, notes: reason } })).data!.markTherapistHcpcLapsed };
      }
    } catch (error) {
      throw toHttpError(error);
    }
  };

  /** The version to send for `id`: the one the screen showed, else the current one. */
  async function versionOf(id: Identifier, known: unknown): Promise<number> {
    if (typeof known === 'number') return known;
    return (await readListing(client, id)).version;
  }

  function moderationData(data: unknown): ModerationData {
    const value = data as Partial<ModerationData> | undefined;
    if (!value?.action) notAllowed(LISTINGS_READ_ONLY);
    return value as ModerationData;
  }

  return {
    moderate,

    async update(params: UpdateParams): Promise<ListingDetailFragment> {
      const { action, ...input } = moderationData(params.data);
      const previous = params.previousData as { version?: number; listing?: { version?: number } } | undefined;
      const expectedVersion = await versionOf(params.id, previous?.version ?? previous?.listing?.version);
      return (await moderate(params.id, action, { ...input, expectedVersion })).data;
    },

    /** Each listing at its own version; when some fail, one error saying how many and why (and which were done). */
    async updateMany(params: UpdateManyParams): Promise<Identifier[]> {
      const { action, ...input } = moderationData(params.data);
      const versions = (params.meta?.versions ?? {}) as Record<string, number>;
      const outcomes = await Promise.allSettled(params.ids.map(async (id) => moderate(id, action, { ...input, expectedVersion: await versionOf(id, versions[String(id)]) })));
      const done = params.ids.filter((_, i) => outcomes[i].status === 'fulfilled');
      const failed = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [{ id: params.ids[i], error: toHttpError(outcome.reason) }] : []));
      if (failed.length) {
        const label = MODERATION[action].label.toLowerCase();
        const detail = failed.map((f) => f.error.message).filter((m, i, all) => all.indexOf(m) === i).join(' ');
        throw new HttpError(`Could not ${label} ${failed.length} of ${params.ids.length} listings${done.length ? ` (${done.length} done)` : ''}: ${detail}`, failed[0].error.status, { code: failed[0].error.body?.code, done, failed: failed.map((f) => f.id) });
      }
      return done;
    },
  };
}

/** The data provider's `moderate`. */
export function moderationMethods(client: ApolloClient): ModerationMethods {
  return { moderate: moderationSteps(client).moderate };
}
