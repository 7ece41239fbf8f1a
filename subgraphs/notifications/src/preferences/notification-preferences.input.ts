import { IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** The choices to change; a choice left out keeps its current value. */
@InputType({ description: 'Your choices about optional notifications; leave a field out to keep it as it is.' })
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'true to get session reminders and waitlist alerts (an earlier time opened), false to stop them.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false.' })
  reminders?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true to get invitations to check in after a session, false to stop them.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false.' })
  invitations?: boolean | null;
}
