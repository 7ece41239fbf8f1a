import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { AccountAuditAction } from './account-audit-action';

/**
 * One admin action on an account, kept for accountability. Append-only: nothing in the API
 * changes it and a database trigger refuses updates and deletes. The actor and subject are
 * plain ids WITHOUT foreign keys, so the record outlives the accounts it names (e.g. after
 * `deleteMyAccount`).
 */
@Entity({ tableName: 'account_audit' })
@Index({ properties: ['subjectId', 'createdAt'] })
@Index({ properties: ['actorId', 'createdAt'] })
@Index({ properties: ['createdAt'] })
@ObjectType({ description: 'An action an admin took on an account: who, on whom, what, why and when. Records cannot be changed or deleted.' })
export class AccountAuditEntry {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The admin who acted (the id stays when their account is gone).' })
  actorId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The account acted on (the id stays when the account is gone).' })
  subjectId!: string;

  @Enum({ items: () => AccountAuditAction })
  @Field(() => AccountAuditAction, { description: 'What was done.' })
  action!: AccountAuditAction;

  @Property({ type: 'text' })
  @Field({ description: 'Why, in the admin’s words.' })
  reason!: string;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'The account’s state before, in the fields the action changed, e.g. `{ "role": "CLIENT" }`.' })
  before!: Record<string, unknown>;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'The account’s state after, e.g. `{ "role": "THERAPIST", "sessionsEnded": 2 }`.' })
  after!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was done.' })
  createdAt: Date = new Date();
}
