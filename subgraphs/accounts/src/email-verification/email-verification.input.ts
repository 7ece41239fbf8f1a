import { IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** The token from a verification link. */
@ArgsType()
export class VerifyEmailArgs {
  @Field({ description: 'The `token` parameter of the link in the confirmation email.' })
  @IsString({ message: '$property must be text.' })
  @MinLength(1, { message: '$property must not be empty.' })
  @MaxLength(200, { message: '$property is not a Caregraph link token.' })
  token!: string;
}
