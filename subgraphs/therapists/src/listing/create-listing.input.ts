import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsHcpcNumber } from '../therapists/hcpc-number';
import { ListingFieldsInput } from './listing-fields.input';

/** A new listing: a name and HCPC number to start with; everything else can follow before submitting. */
@InputType('CreateTherapistListingInput', { description: 'A new listing, created as a DRAFT. Only the name and HCPC number are needed to start.' })
export class CreateTherapistListingInput extends ListingFieldsInput {
  @Field({ description: 'Name shown to clients (2 to 100 characters).' })
  @Length(2, 100, { message: '$property must be 2 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  displayName!: string;

  @Field({ description: 'Your HCPC registration number: `OT` and up to 6 digits, e.g. `OT12345`.' })
  @IsHcpcNumber()
  hcpcNumber!: string;
}
