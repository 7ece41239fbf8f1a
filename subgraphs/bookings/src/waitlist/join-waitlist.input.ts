import { IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { SessionFormat } from '@caregraph/vocabulary';
import { WAITLIST_LIMITS } from './waitlist-limits';

@InputType({ description: 'The therapist, the days you could come and the format you want: you are told when a time opens within them.' })
export class JoinWaitlistInput {
  @Field(() => ID, { description: 'The therapist listing whose diary you want to hear about.' })
  @IsString()
  therapistId!: string;

  @Field(() => LocalDateScalar, { description: "The first day you could come: today or later." })
  from!: string;

  @Field(() => LocalDateScalar, { description: `The last day you could come (included): at most ${WAITLIST_LIMITS.maxRangeDays} days from \`from\`, first and last counted.` })
  to!: string;

  @Field(() => SessionFormat, { nullable: true, description: 'The format you want, which the therapist must give; leave it out for any format.' })
  @IsOptional()
  format?: SessionFormat | null;
}
