import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

/**
 * An authenticator app (TOTP) of a user. Pending until the first code confirms it; at most
 * one confirmed and one pending per user (a pending one replaces the confirmed one when
 * confirmed: moving to a new phone). The secret is stored encrypted (totp-secret-cipher.ts)
 * and is never part of the graph.
 */
@Entity({ tableName: 'mfa_totp_factors' })
@Index({
  name: 'mfa_totp_factors_one_confirmed',
  expression: 'create unique index "mfa_totp_factors_one_confirmed" on "mfa_totp_factors" ("user_id") where "confirmed_at" is not null',
})
@Index({
  name: 'mfa_totp_factors_one_pending',
  expression: 'create unique index "mfa_totp_factors_one_pending" on "mfa_totp_factors" ("user_id") where "confirmed_at" is null',
})
export class TotpFactor {
  [OptionalProps]?: 'id' | 'createdAt' | 'confirmedAt' | 'lastUsedStep';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** AES-256-GCM ciphertext of the base32 secret: `v1.<key id>.<iv>.<ciphertext>.<tag>`. */
  @Property({ type: 'text' })
  secretCiphertext!: string;

  /** When the first code proved the app holds the secret; null while the set-up is pending. */
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  /** RFC 6238 time step of the last code accepted: codes from it or before are refused (no replay). */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
