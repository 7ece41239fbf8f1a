import { Field, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity';

@ObjectType({ description: 'An endpoint with its new signing secret, shown this once: keep it where the receiver verifies signatures.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field({ description: 'The signing secret (`whsec_…`, Standard Webhooks). Caregraph shows it only now.' })
  secret!: string;
}
