import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';

const CODE_DESCRIPTION = 'The 6-digit code your authenticator app shows now, or one of your unused recovery codes.';

/** Validates a code as typed: text of 1 to 64 characters (whether it is right is checked later). */
function IsCodeText(): PropertyDecorator {
  const decorators = [
    IsString({ message: '$property must be text.' }),
    MinLength(1, { message: '$property must not be empty.' }),
    MaxLength(64, { message: '$property is not an authenticator or recovery code.' }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** Validates an optional `mfaToken`. */
function IsMfaTokenText(): PropertyDecorator {
  const decorators = [IsOptional(), IsString({ message: '$property must be text.' }), MaxLength(200, { message: '$property is not a Caregraph sign-in token.' })];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** Who is setting up an authenticator app. */
@ArgsType()
export class StartMfaEnrolmentArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The `mfaToken` from `login` when it answered `mfaEnrolmentRequired: true` (an admin without a second factor). Leave out when signed in.',
  })
  @IsMfaTokenText()
  mfaToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The current password; needed when signed in (without `mfaToken`). A wrong one counts like a wrong password at `login`.',
  })
  @IsOptional()
  @IsString({ message: '$property must be text.' })
  @MaxLength(256, { message: '$property is not a Caregraph password.' })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Needed only to move to a new authenticator app when one is already set up: a current code from the old app, or a recovery code.',
  })
  @IsOptional()
  @IsCodeText()
  currentCode?: string | null;
}

/** The first code from a newly set-up authenticator app. */
@InputType({ description: 'Confirms a new authenticator app with the first code it shows.' })
export class ConfirmMfaEnrolmentInput {
  @Field({ description: 'The 6-digit code the newly added authenticator app shows now.' })
  @IsCodeText()
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The `mfaToken` from `login` when it answered `mfaEnrolmentRequired: true`; the answer then carries a session. Leave out when signed in.',
  })
  @IsMfaTokenText()
  mfaToken?: string | null;
}

/** The second step of signing in. */
@ArgsType()
export class CompleteMfaLoginArgs {
  @Field({ description: 'The `mfaToken` from `login` (valid for 5 minutes).' })
  @IsString({ message: '$property must be text.' })
  @MinLength(1, { message: '$property must not be empty.' })
  @MaxLength(200, { message: '$property is not a Caregraph sign-in token.' })
  mfaToken!: string;

  @Field({ description: CODE_DESCRIPTION })
  @IsCodeText()
  code!: string;
}

/** A current code, proving the person still holds their second factor. */
@ArgsType()
export class MfaCodeArgs {
  @Field({ description: CODE_DESCRIPTION })
  @IsCodeText()
  code!: string;
}
