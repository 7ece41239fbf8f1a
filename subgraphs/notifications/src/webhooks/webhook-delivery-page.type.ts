import { Field, Int, ObjectType } from 'type-graphql';
import { WebhookDelivery } from './webhook-delivery.entity';

@ObjectType({ description: "A page of an endpoint's deliveries, newest first, with the number matching the filter." })
export class WebhookDeliveryPage {
  @Field(() => [WebhookDelivery], { description: 'The deliveries on this page, newest first.' })
  items!: WebhookDelivery[];

  @Field(() => Int, { description: 'How many deliveries match in all.' })
  total!: number;
}
