import { LocalDateScalar } from '@caregraph/runtime';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The person a referral is about. Personal data: for the therapist it is addressed to and the person themselves.' })
export class ReferredPerson {
  @Field({ description: 'Given name.' })
  givenName!: string;

  @Field({ description: 'Family name.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field({ description: 'E-mail address the referral gave.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, if given.' })
  phone!: string | null;
}
