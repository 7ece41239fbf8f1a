import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { UnsubscribeCategory } from './unsubscribe-category';

/**
 * The stored half of a one-click unsubscribe link: the SHA-256 of the token (hex), never the token,
 * so a copy of the database cannot be turned into working links. The delivery worker creates one when
 * it sends an optional e-mail; `unsubscribe(token)` finds it by hash.
 */
@Entity({ tableName: 'unsubscribe_tokens' })
export class UnsubscribeToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  /** accounts `User.id` of the person the link was sent to. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Enum({ items: () => UnsubscribeCategory })
  category!: UnsubscribeCategory;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
