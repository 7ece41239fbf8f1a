import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsNewPassword } from './password-policy';

/** Whose password to reset. */
@ArgsType()
export class RequestPasswordResetArgs {
  @Field({ description: 'The email address of the account.' })
  @IsEmail({}, { message: '$property must be an email address.' })
  @MaxLength(254, { message: '$property must be at most 254 characters long.' })
  email!: string;
}

/** A reset token and the new password. */
@InputType({ description: 'A new password, with the token from the reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the link in the reset email.' })
  @IsString({ message: '$property must be text.' })
  @MinLength(1, { message: '$property must not be empty.' })
  @MaxLength(200, { message: '$property is not a Caregraph link token.' })
  token!: string;

  @Field({ description: 'The new password: 8 to 256 characters, any characters allowed.' })
  @IsNewPassword()
  password!: string;
}
