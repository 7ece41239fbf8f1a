import { IsEmail, IsIn, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConsentAcceptanceInput } from '../consents/consent.input';
import { IsNewPassword } from '../passwords/password-policy';
import { Role } from '../users/role';

/** Roles a person may choose for themselves; admins are appointed by Caregraph staff. */
export const SELF_SERVICE_ROLES: readonly Role[] = [Role.CLIENT, Role.THERAPIST];

/** What a person gives to open an account. */
@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field({ description: 'Email address to sign in with; we send a confirmation link to it. Unique regardless of letter case.' })
  @IsEmail({}, { message: '$property must be an email address, like name@example.com.' })
  @MaxLength(254, { message: '$property must be at most 254 characters long.' })
  email!: string;

  @Field({ description: 'Password of 8 to 256 characters. Any characters are allowed, spaces included; longer passphrases are welcome.' })
  @IsNewPassword()
  password!: string;

  @Field({ description: 'Name shown to other people on Caregraph, 1 to 100 characters.' })
  @Length(1, 100, { message: '$property must be 1 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  displayName!: string;

  @Field(() => Role, { description: 'CLIENT to receive therapy, THERAPIST to offer it. ADMIN cannot be chosen.' })
  @IsIn(SELF_SERVICE_ROLES, { message: '$property must be CLIENT or THERAPIST: admin accounts are set up by Caregraph staff.' })
  role!: Role;

  @Field(() => [ConsentAcceptanceInput], {
    nullable: true,
    description:
      'The document versions the person accepted on the sign-up form (see `consentDocuments`); recorded in the same step, so the account never exists without them. Each must be the version in force (BAD_USER_INPUT naming `consents.<i>.version` otherwise, and no account is opened). A client app should send all three, HEALTH_DATA_PROCESSING included: without it no sessions can be booked. Leave out to ask later with `acceptConsents`.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  consents?: ConsentAcceptanceInput[] | null;
}
