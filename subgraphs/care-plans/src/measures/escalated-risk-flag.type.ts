import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A risk flag that was escalated to the admins and is still unacknowledged: ids and times only, never the answer, the reason, a name or the action taken.',
})
export class EscalatedRiskFlag {
  @Field(() => ID, { description: 'Stable identifier of the flag.' })
  id!: string;

  @Field(() => ID, { description: 'The care plan the flag is on (its content needs break-glass).' })
  carePlanId!: string;

  @Field(() => Date, { description: 'When the flag was raised.' })
  raisedAt!: Date;

  @Field(() => Date, { description: 'When every admin was told it was still unacknowledged.' })
  escalatedAt!: Date;

  @Field(() => Int, { description: 'Whole hours since the flag was raised, at the time of asking.' })
  hoursOpen!: number;
}

@ObjectType({ description: 'A page of escalated, unacknowledged risk flags for admins, oldest first, with how many there are in all.' })
export class EscalatedRiskFlagPage {
  @Field(() => [EscalatedRiskFlag], { description: 'The flags on this page, the one raised longest ago first.' })
  items!: EscalatedRiskFlag[];

  @Field(() => Int, { description: 'How many escalated flags are still unacknowledged in all.' })
  total!: number;
}
