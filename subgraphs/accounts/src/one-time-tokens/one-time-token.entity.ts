import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';
import { TokenPurpose } from './token-purpose';

/**
 * A single-use token sent by e-mail (address verification, password reset). Only its SHA-256
 * hash is stored; never part of the graph.
 */
@Entity({ tableName: 'one_time_tokens' })
@Index({ properties: ['user', 'purpose'] })
export class OneTimeToken {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => TokenPurpose })
  purpose!: TokenPurpose;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the token is redeemed (or superseded): it never works again. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
