import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

/**
 * A person with a Caregraph login. Only fields marked `@Field` are in the graph (never the
 * password hash); the entity is the federation key owner of `User`.
 */
@Entity({ tableName: 'users' })
@Index({ name: 'users_email_lower_unique', expression: 'create unique index "users_email_lower_unique" on "users" (lower("email"))' })
@ObjectType({ description: 'A person with a Caregraph login: a client, a therapist or an admin.' })
@Directive('@key(fields: "id")')
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'passwordHash' | 'emailVerifiedAt' | 'emailVerified' | 'lockedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the user.' })
  id: string = randomUUID();

  /** Personal data: in the graph through UserResolver.email, for the person themselves and admins only. */
  @Property({ length: 254 })
  email!: string;

  @Property({ length: 100 })
  @Field({ description: 'Name shown to other people on Caregraph.' })
  displayName!: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: 'What the person does on Caregraph.' })
  role!: Role;

  /** argon2id hash in PHC string form; null until a password is set (the account cannot sign in). */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash: string | null = null;

  /** When the person proved they receive mail at `email`; null until then. */
  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  /**
   * When an admin locked the account; null while it is open. A locked account cannot sign in
   * or refresh a session. In the graph through UserLockResolver.lockedAt, for admins.
   */
  @Property({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Boolean, { description: 'True once the person has confirmed their e-mail address through the link we sent them.' })
  get emailVerified(): boolean {
    return this.emailVerifiedAt !== null;
  }
}
