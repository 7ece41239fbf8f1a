import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsHcpcNumber } from '../therapists/hcpc-number';
import { ListingFieldsInput } from './listing-fields.input';

/** Changes to a listing: only the fields given change. */
@InputType('UpdateTherapistListingInput', {
  description: 'Changes to a listing; fields left out stay as they are. On a published listing, changes to the checked fields (name, HCPC number, conditions, formats) wait for review.',
})
export class UpdateTherapistListingInput extends ListingFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name shown to clients (2 to 100 characters); cannot be removed.' })
  // type-graphql validates with skipMissingProperties, so null skips these rules: ListingEditor refuses it.
  @Length(2, 100, { message: '$property must be 2 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'HCPC registration number (`OT` and up to 6 digits); cannot be removed.' })
  @IsHcpcNumber()
  hcpcNumber?: string | null;
}
