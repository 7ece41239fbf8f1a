import { Field, Int, ObjectType } from 'type-graphql';
import { Delivery } from './delivery.entity';

/** One page of the admin delivery list, with the total for react-admin's pagination. */
@ObjectType({ description: 'A page of deliveries for admins, with the number matching the filter.' })
export class DeliveryPage {
  @Field(() => [Delivery], { description: 'The deliveries on this page, newest first.' })
  items!: Delivery[];

  @Field(() => Int, { description: 'How many deliveries match the filter in all.' })
  total!: number;
}
