import { IsEnum, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConsentKind } from './consent-kind';

/** A document version the person agrees to. */
@InputType({ description: 'A version of a document the person agrees to; it must be the version in force (see `consentDocuments`).' })
export class ConsentAcceptanceInput {
  @Field(() => ConsentKind, { description: 'Which document.' })
  @IsEnum(ConsentKind, { message: '$property must be a consent kind.' })
  kind!: ConsentKind;

  @Field({ description: 'The version the person was shown, e.g. `2026-01`.' })
  @IsString({ message: '$property must be text.' })
  @Length(1, 20, { message: '$property must be 1 to 20 characters long.' })
  version!: string;
}
