import { UserInputError } from '@caregraph/kernel';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../users/user.entity';
import { ConsentAction } from './consent-action';
import { ConsentDocument } from './consent-document.entity';
import { ConsentEvent } from './consent-event.entity';
import type { ConsentAcceptanceInput } from './consent.input';
import { ConsentKind } from './consent-kind';
import { ConsentState } from './consent-state.type';

/** The latest decision of one person about one document. */
export interface LatestDecision {
  userId: string;
  kind: ConsentKind;
  version: string;
  action: ConsentAction;
  createdAt: Date;
}

/** The version in force of every document kind: the latest that has come into force. */
export async function documentsInForce(em: EntityManager): Promise<Map<ConsentKind, ConsentDocument>> {
  const rows = await em.find(ConsentDocument, { effectiveFrom: { $lte: new Date() } }, { orderBy: { effectiveFrom: 'asc', version: 'asc' } });
  const current = new Map(rows.map((row) => [row.kind, row]));
  const missing = Object.values(ConsentKind).filter((kind) => !current.has(kind));
  // Published by migration: a missing kind is a deployment fault, not the caller's.
  if (missing.length) throw new Error(`no consent document in force for ${missing.join(', ')}`);
  return current;
}

/** Each person's latest decision per document kind, for any number of people: one statement. */
export async function latestDecisions(em: EntityManager, userIds: readonly string[]): Promise<LatestDecision[]> {
  if (userIds.length === 0) return [];
  const rows = await em.execute<Array<{ user_id: string; kind: ConsentKind; version: string; action: ConsentAction; created_at: Date }>>(
    'select distinct on (user_id, kind) user_id, kind, version, action, created_at from consent_events where user_id in (?) order by user_id, kind, id desc',
    [[...userIds]],
  );
  return rows.map((row) => ({ userId: row.user_id, kind: row.kind, version: row.version, action: row.action, createdAt: new Date(row.created_at) }));
}

/** Where one person stands with every document, from their latest decisions. */
export function consentStates(decisions: LatestDecision[], current: Map<ConsentKind, ConsentDocument>): ConsentState[] {
  return Object.values(ConsentKind).map((kind) => {
    const latest = decisions.find((d) => d.kind === kind);
    const given = latest?.action === ConsentAction.ACCEPTED;
    const currentVersion = current.get(kind)!.version;
    return Object.assign(new ConsentState(), {
      kind,
      given,
      version: latest?.version ?? null,
      currentVersion,
      upToDate: given && latest?.version === currentVersion,
      changedAt: latest?.createdAt ?? null,
    });
  });
}

/** Locks the person's row: their consent changes happen one at a time, so the history stays in order. */
async function lockPerson(em: EntityManager, userId: string): Promise<void> {
  await em.findOneOrFail(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/**
 * Records that a person accepts these document versions, inside the caller's transaction.
 * Each must be the version in force, each kind named once (BAD_USER_INPUT naming
 * `<field>.<i>.version` or `.kind`). Accepting what is already accepted adds nothing.
 */
export async function recordAcceptances(em: EntityManager, userId: string, items: ConsentAcceptanceInput[], field: string): Promise<void> {
  if (items.length === 0) throw new UserInputError(field, 'Name at least one document to accept.');
  const current = await documentsInForce(em);
  items.forEach((item, i) => {
    if (items.findIndex((other) => other.kind === item.kind) !== i) throw new UserInputError(`${field}.${i}.kind`, `${item.kind} is named more than once.`);
    const inForce = current.get(item.kind)!.version;
    if (item.version !== inForce) {
      throw new UserInputError(`${field}.${i}.version`, `Version ${item.version} of ${item.kind} is not the one in force: show version ${inForce} and accept that.`);
    }
  });
  await lockPerson(em, userId);
  const latest = await latestDecisions(em, [userId]);
  const user = em.getReference(User, userId);
  for (const item of items) {
    const previous = latest.find((d) => d.kind === item.kind);
    if (previous?.action === ConsentAction.ACCEPTED && previous.version === item.version) continue;
    em.create(ConsentEvent, { user, kind: item.kind, version: item.version, action: ConsentAction.ACCEPTED });
  }
  await em.flush();
}

/**
 * Records that a person withdraws a consent (the version they had accepted), inside the
 * caller's transaction. Withdrawing what is not given adds nothing.
 */
export async function recordWithdrawal(em: EntityManager, userId: string, kind: ConsentKind): Promise<void> {
  await lockPerson(em, userId);
  const previous = (await latestDecisions(em, [userId])).find((d) => d.kind === kind);
  if (previous?.action !== ConsentAction.ACCEPTED) return;
  em.create(ConsentEvent, { user: em.getReference(User, userId), kind, version: previous.version, action: ConsentAction.WITHDRAWN });
  await em.flush();
}
