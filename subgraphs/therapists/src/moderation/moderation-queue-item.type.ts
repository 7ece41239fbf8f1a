import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Therapist } from '../therapists/therapist.entity';

/** Why a listing is in the moderation queue. */
export enum ModerationQueueItemKind {
  LISTING_REVIEW = 'LISTING_REVIEW',
  PENDING_CHANGES = 'PENDING_CHANGES',
}

registerEnumType(ModerationQueueItemKind, {
  name: 'ModerationQueueItemKind',
  description: 'What an admin is asked to review.',
  valuesConfig: {
    LISTING_REVIEW: { description: 'A listing sent for review (PENDING_REVIEW): approve, request changes or reject it.' },
    PENDING_CHANGES: { description: "Edits to a published listing's checked fields: approve or decline them." },
  },
});

/** One listing waiting for an admin. */
@ObjectType({ description: 'A listing waiting for an admin, and how long it has waited.' })
export class ModerationQueueItem {
  @Field(() => Therapist, { description: 'The listing to review.' })
  listing!: Therapist;

  @Field(() => ModerationQueueItemKind, { description: 'What to review: the whole listing, or pending changes to a published one.' })
  kind!: ModerationQueueItemKind;

  @Field(() => Date, { description: 'Since when it has waited.' })
  waitingSince!: Date;

  @Field(() => Int, { description: 'How long it has waited, in whole seconds, when this answer was made.' })
  waitingSeconds!: number;
}
