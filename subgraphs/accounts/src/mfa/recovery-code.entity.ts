import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

/**
 * A single-use recovery code, for signing in without the authenticator app. Shown once when
 * made; only its SHA-256 hash is stored. Never part of the graph.
 */
@Entity({ tableName: 'mfa_recovery_codes' })
@Unique({ properties: ['user', 'codeHash'] })
export class RecoveryCode {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: false })
  user!: Ref<User>;

  @Property({ length: 64 })
  codeHash!: string;

  /** Set when the code was used: it never works again. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
