import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiScope } from '../organisations/api-scope';
import { Organisation } from '../organisations/organisation.entity';

/**
 * An organisation's system that signs in with the OAuth client-credentials grant (docs/adr/027). Its id is
 * the OAuth `client_id`; only a hash of its secret is kept (the secret is shown once).
 */
@Entity({ tableName: 'api_clients' })
@Index({ properties: ['organisation', 'createdAt'] })
@ObjectType({ description: "An organisation's system that calls the graph with its own access tokens (OAuth 2.0 client-credentials grant). Its secret is shown only once, when created or rotated." })
export class ApiClient {
  [OptionalProps]?: 'id' | 'createdAt' | 'tokenFamilyId' | 'secretCreatedAt' | 'previousSecretHash' | 'previousSecretExpiresAt' | 'revokedAt' | 'lastUsedAt' | 'active';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the client; also its OAuth `client_id`.' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @Property({ length: 80 })
  @Field({ description: 'What the organisation calls this system, e.g. "Practice referrals".' })
  name!: string;

  @Property({ type: 'text[]' })
  @Field(() => [ApiScope], { description: "What the client may do; a token holds these, less any the organisation no longer has." })
  scopes!: string[];

  /** SHA-256 of the secret (hex): the secret is 256 random bits, so a fast hash is enough (docs/adr/027). */
  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the current secret was made.' })
  secretCreatedAt: Date = new Date();

  /** The secret before the last rotation, still accepted until previousSecretExpiresAt. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecretHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation still works; null when it no longer does.' })
  previousSecretExpiresAt: Date | null = null;

  /**
   * The `sid` of the tokens the client gets now. Ending them (revocation, a rotation with no overlap, a scope
   * taken away) puts this id on the revocation list and starts a new one: exact, unlike a time cut-off.
   */
  @Property({ type: 'uuid', hidden: true })
  tokenFamilyId: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The person who created it.' })
  createdById!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works. A revoked client gets no token and its tokens stop working within seconds.' })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it last got a token.' })
  lastUsedAt: Date | null = null;

  @Field(() => Boolean, { description: 'True until it is revoked.' })
  get active(): boolean {
    return this.revokedAt === null;
  }
}
