import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ApiScope } from './api-scope';
import { OrganisationKind } from './organisation-kind';
import { OrganisationRole } from './organisation-role';

/** A new organisation. The ODS code's shape is checked against its kind by the service. */
@InputType({ description: 'A new organisation (added by an admin, unverified until an admin verifies it).' })
export class CreateOrganisationInput {
  @Field({ description: 'Its public name, 2 to 120 characters.' })
  @Length(2, 120, { message: '$property must be 2 to 120 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  @IsEnum(OrganisationKind, { message: '$property must be an organisation kind.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Its ODS code: required for a GP practice (one letter and five digits, e.g. A81001); 3 to 10 letters and digits for other kinds. Unique.' })
  @IsOptional()
  @MaxLength(10, { message: '$property must be at most 10 characters long.' })
  odsCode?: string | null;

  @Field(() => [ApiScope], { defaultValue: [], description: "What its systems may do (none until given)." })
  @ArrayMaxSize(10, { message: '$property must hold at most 10 scopes.' })
  grantedScopes!: ApiScope[];
}

/** An organisation and the scopes it now has. */
@InputType({ description: "What an organisation's systems may do from now on. Taking a scope away takes it from its API clients, and their tokens stop working." })
export class SetOrganisationScopesInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId!: string;

  @Field(() => [ApiScope], { description: 'Every scope it has from now on.' })
  @ArrayMaxSize(10, { message: '$property must hold at most 10 scopes.' })
  grantedScopes!: ApiScope[];
}

/** A person to add to an organisation (or whose role changes). */
@InputType({ description: 'A person with a Caregraph account to add to an organisation, or whose role in it changes.' })
export class AddOrganisationMemberInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId!: string;

  @Field({ description: "The e-mail address of the person's Caregraph account (any letter case)." })
  @IsEmail({}, { message: '$property must be an email address, like name@example.com.' })
  @MaxLength(254, { message: '$property must be at most 254 characters long.' })
  email!: string;

  @Field(() => OrganisationRole, { description: 'What they do for the organisation.' })
  @IsEnum(OrganisationRole, { message: '$property must be ADMIN or MEMBER.' })
  role!: OrganisationRole;
}

/** A person to remove from an organisation. */
@InputType({ description: 'A person to remove from an organisation.' })
export class RemoveOrganisationMemberInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId!: string;

  @Field(() => ID, { description: "The person's user id." })
  @IsUUID('all', { message: '$property must be a user id.' })
  userId!: string;
}
