import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity';
import { ConsentAction } from './consent-action';
import { ConsentKind } from './consent-kind';

/**
 * One acceptance or withdrawal of a consent, with its version and time: the history that
 * shows what a person agreed to and when (UK GDPR article 7(1)). Append-only: a database
 * trigger refuses updates and deletes, except the cascade when the account is deleted.
 * (kind, version) references `consent_documents` (foreign key added by hand in the migration).
 * Ordered by its sequential id, which is also the order of events.
 */
@Entity({ tableName: 'consent_events' })
@Index({ properties: ['user', 'kind', 'id'] })
export class ConsentEvent {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: false })
  user!: Ref<User>;

  @Enum({ items: () => ConsentKind })
  kind!: ConsentKind;

  @Property({ length: 20 })
  version!: string;

  @Enum({ items: () => ConsentAction })
  action!: ConsentAction;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
