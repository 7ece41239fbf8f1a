import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'Confirms that you want your account deleted.' })
export class DeleteMyAccountInput {
  @Field({ description: 'Your current password, to confirm it is really you.' })
  @IsString()
  @MinLength(1, { message: 'Enter your password to confirm.' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType({
  description:
    'What happened when your account was deleted. Your login, profile and sessions are gone. Clinical records the law requires us to keep (sessions that took place and care plans) are kept, no longer linked to any login, until the date given, then destroyed.',
})
export class AccountDeletionResult {
  @Field(() => Int, { description: 'Records deleted outright in bookings and care plans (e.g. upcoming or cancelled sessions, draft plans).' })
  deletedRecords!: number;

  @Field(() => Int, { description: 'Clinical records kept under the NHS records-retention rules, detached from your login.' })
  retainedRecords!: number;

  @Field(() => Date, { nullable: true, description: 'The latest date until which a retained record is kept (mental-health records: 20 years after the end of care, NHS Records Management Code of Practice); they are deleted for good after it. Null when none is.' })
  clinicalRecordsRetainedUntil!: Date | null;
}
