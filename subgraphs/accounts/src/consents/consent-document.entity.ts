import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ConsentKind } from './consent-kind';

/**
 * One version of a document people agree to. Versions are published by migration (a row per
 * version, never changed: a database trigger refuses updates and deletes); the version in
 * force is the one with the latest `effectiveFrom` that has arrived.
 */
@Entity({ tableName: 'consent_documents' })
@ObjectType({ description: 'A version of a document people agree to: terms of use, privacy notice, or consent to process health data.' })
export class ConsentDocument {
  [PrimaryKeyProp]?: ['kind', 'version'];

  @Enum({ items: () => ConsentKind, primary: true })
  @Field(() => ConsentKind, { description: 'Which document.' })
  kind!: ConsentKind;

  @PrimaryKey({ length: 20 })
  @Field({ description: 'The version, e.g. `2026-01`; pass it to `acceptConsents`.' })
  version!: string;

  @Property({ length: 200 })
  @Field({ description: 'Title to show.' })
  title!: string;

  @Property({ length: 500 })
  @Field({ description: 'Where the full text of this version is published.' })
  url!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When this version came into force.' })
  effectiveFrom!: Date;
}
