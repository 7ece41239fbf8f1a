import { IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** A refresh token presented by the client. */
@ArgsType()
export class RefreshTokenArgs {
  @Field({ description: 'The refresh token from the latest `login` or `refreshSession`.' })
  @IsString({ message: '$property must be text.' })
  @MinLength(1, { message: '$property must not be empty.' })
  @MaxLength(200, { message: '$property is not a Caregraph refresh token.' })
  refreshToken!: string;
}
