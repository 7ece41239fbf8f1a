import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationAuditAction } from './organisation-audit-action';

/**
 * One change to an organisation, its members or API clients, kept for accountability. Append-only (a
 * trigger refuses updates and deletes); ids without foreign keys, so it outlives what it names. Never
 * holds a secret or its hash.
 */
@Entity({ tableName: 'organisation_audit' })
@Index({ properties: ['organisationId', 'createdAt'] })
@ObjectType({ description: 'A change to an organisation, its members or API clients: who, what, on what and when. Records cannot be changed or deleted.' })
export class OrganisationAuditEntry {
  [OptionalProps]?: 'id' | 'createdAt' | 'subjectId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The person who acted.' })
  actorId!: string;

  @Enum({ items: () => OrganisationAuditAction })
  @Field(() => OrganisationAuditAction, { description: 'What was done.' })
  action!: OrganisationAuditAction;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The member (user id) or API client acted on, when there is one.' })
  subjectId: string | null = null;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'What changed, e.g. `{ "scopes": ["referrals:write"] }`.' })
  details!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was done.' })
  createdAt: Date = new Date();
}
