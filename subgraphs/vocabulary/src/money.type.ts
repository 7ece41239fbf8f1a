import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Currency } from './currency';

/** An amount of money: whole pence and the currency (docs/architecture.md#time-and-money). Shareable: therapists (fees) and bookings (a session's price) both serve it. */
@ObjectType({ description: 'An amount of money in whole pence, with its currency (always GBP today).' })
@Directive('@shareable')
export class Money {
  @Field(() => Int, { description: 'The amount in pence: 7500 is £75.00.' })
  amountPence!: number;

  @Field(() => Currency, { description: 'The currency of the amount.' })
  currency!: Currency;
}
