import { Field, ObjectType } from 'type-graphql';
import { ConsentKind } from './consent-kind';

/** Where a person stands with one document. */
@ObjectType({ description: 'Where a person stands with one consent document.' })
export class ConsentState {
  @Field(() => ConsentKind, { description: 'Which document.' })
  kind!: ConsentKind;

  @Field(() => Boolean, { description: 'True when the person’s latest decision was to accept (any version); false when never given or withdrawn.' })
  given!: boolean;

  @Field(() => String, { nullable: true, description: 'The version the latest decision was about; null when the person never decided.' })
  version!: string | null;

  @Field({ description: 'The version in force now.' })
  currentVersion!: string;

  @Field(() => Boolean, { description: 'True when the person has accepted the version in force: when false, ask them to accept it.' })
  upToDate!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the latest acceptance or withdrawal happened; null when never.' })
  changedAt!: Date | null;
}
