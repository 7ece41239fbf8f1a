import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

/**
 * One refresh token of a sign-in session. Only its SHA-256 hash is stored. Tokens rotate:
 * each refresh marks the presented token used and issues the next one in the same family
 * (one family per sign-in); presenting a used token again revokes the whole family.
 */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  /** Shared by every token descended from one sign-in. */
  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the sign-in ends for good: set at sign-in, copied unchanged to every successor. */
  @Property({ type: 'timestamptz' })
  sessionEndsAt!: Date;

  /** Set when the token was exchanged for its successor. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  /** Set by logout, password reset or reuse detection: the token no longer works. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
