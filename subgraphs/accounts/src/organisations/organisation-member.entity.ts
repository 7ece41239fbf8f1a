import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';
import { Organisation } from './organisation.entity';
import { OrganisationRole } from './organisation-role';

/** A person's place in an organisation. Goes with the account when it is deleted. */
@Entity({ tableName: 'organisation_members' })
@Unique({ properties: ['organisation', 'user'] })
@ObjectType({ description: 'A person who belongs to an organisation, and what they do for it.' })
export class OrganisationMember {
  [OptionalProps]?: 'id' | 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the membership.' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  @Field(() => Organisation, { description: 'The organisation.' })
  organisation!: Organisation;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  @Field(() => User, { description: 'The person.' })
  user!: User;

  @Enum({ items: () => OrganisationRole })
  @Field(() => OrganisationRole, { description: 'What they do for the organisation.' })
  role!: OrganisationRole;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When they were added.' })
  addedAt: Date = new Date();
}
