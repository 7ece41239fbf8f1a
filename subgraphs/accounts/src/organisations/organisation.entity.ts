import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiScope } from './api-scope';
import { OrganisationKind } from './organisation-kind';

/**
 * A body that works with Caregraph: a GP practice, an NHS trust or team, an employer's programme, a
 * council. Created and verified by admins; only a verified organisation's API clients get tokens.
 */
@Entity({ tableName: 'organisations' })
@Index({ name: 'organisations_ods_code_unique', expression: 'create unique index "organisations_ods_code_unique" on "organisations" ("ods_code") where "ods_code" is not null' })
@ObjectType({ description: "An organisation that works with Caregraph (a GP practice, an NHS trust or team, an employer's programme, a council). Its members and API clients are shown to its admins and Caregraph's." })
export class Organisation {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'verifiedAt' | 'odsCode' | 'verified';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the organisation.' })
  id: string = randomUUID();

  @Property({ length: 120 })
  @Field({ description: 'Its name, as it is known publicly.' })
  name!: string;

  @Enum({ items: () => OrganisationKind })
  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Property({ length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its code in the NHS Organisation Data Service (always for a GP practice).' })
  odsCode: string | null = null;

  @Property({ type: 'text[]' })
  @Field(() => [ApiScope], { description: 'What Caregraph lets its systems do; each API client holds some of these.' })
  grantedScopes: string[] = [];

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When an admin verified who the organisation is; null until then (its API clients get no token).' })
  verifiedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Boolean, { description: 'True once an admin has verified the organisation.' })
  get verified(): boolean {
    return this.verifiedAt !== null;
  }
}
