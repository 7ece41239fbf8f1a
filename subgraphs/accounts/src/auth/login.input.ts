import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PASSWORD_MAX_LENGTH } from '../passwords/password-policy';

/** Email and password of someone signing in. */
@InputType({ description: 'Credentials for `login`.' })
export class LoginInput {
  @Field({ description: 'The email address of the account (letter case does not matter).' })
  @IsEmail({}, { message: '$property must be an email address.' })
  @MaxLength(254, { message: '$property must be at most 254 characters long.' })
  email!: string;

  @Field({ description: 'The password, exactly as chosen.' })
  @IsString({ message: '$property must be text.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `$property must be at most ${PASSWORD_MAX_LENGTH} characters long.` })
  password!: string;
}
