import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

/**
 * A person with a Caregraph login. Only fields marked `@Field` are in the graph; the
 * entity is the federation key owner of `User`.
 */
@Entity({ tableName: 'users' })
@Index({ name: 'users_email_lower_unique', expression: 'create unique index "users_email_lower_unique" on "users" (lower("email"))' })
@ObjectType({ description: 'A person with a Caregraph login: a client, a therapist or an admin.' })
@Directive('@key(fields: "id")')
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the user.' })
  id: string = randomUUID();

  @Property({ length: 254 })
  @Field({ description: 'E-mail address used to sign in. Unique regardless of letter case.' })
  email!: string;

  @Property({ length: 100 })
  @Field({ description: 'Name shown to other people on Caregraph.' })
  displayName!: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: 'What the person does on Caregraph.' })
  role!: Role;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
