import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ApiScope } from '../organisations/api-scope';

/** Longest the previous secret may keep working after a rotation: one week. */
export const MAX_PREVIOUS_SECRET_MINUTES = 7 * 24 * 60;

@InputType({ description: "A new API client for an organisation's system." })
export class CreateApiClientInput {
  @Field(() => ID, { description: 'The organisation (verified) the client belongs to.' })
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId!: string;

  @Field({ description: 'What the organisation calls this system, 2 to 80 characters, e.g. "Practice referrals".' })
  @Length(2, 80, { message: '$property must be 2 to 80 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  name!: string;

  @Field(() => [ApiScope], { description: 'What it may do: at least one, each given to the organisation.' })
  @ArrayMinSize(1, { message: '$property must hold at least one scope.' })
  @ArrayMaxSize(10, { message: '$property must hold at most 10 scopes.' })
  scopes!: ApiScope[];
}

@InputType({ description: "Replaces an API client's secret." })
export class RotateApiClientSecretInput {
  @Field(() => ID, { description: 'The API client.' })
  @IsUUID('all', { message: '$property must be an API client id.' })
  apiClientId!: string;

  @Field(() => Int, {
    defaultValue: 60,
    description: `How many minutes the old secret keeps working, so the system can switch without a gap: 0 to ${MAX_PREVIOUS_SECRET_MINUTES}. 0 ends it now and also ends the tokens it got (for a secret that leaked).`,
  })
  @IsInt({ message: '$property must be a whole number of minutes.' })
  @Min(0, { message: `$property must be 0 to ${MAX_PREVIOUS_SECRET_MINUTES}.` })
  @Max(MAX_PREVIOUS_SECRET_MINUTES, { message: `$property must be 0 to ${MAX_PREVIOUS_SECRET_MINUTES}.` })
  keepPreviousForMinutes!: number;
}

@InputType({ description: 'An API client to revoke.' })
export class RevokeApiClientInput {
  @Field(() => ID, { description: 'The API client.' })
  @IsUUID('all', { message: '$property must be an API client id.' })
  apiClientId!: string;
}
