import { Field, ObjectType } from 'type-graphql';
import { ApiClient } from './api-client.entity';

/** An API client with its secret: the only time the secret is shown. */
@ObjectType({ description: 'An API client and its new secret. The secret is shown only here, once: store it in your secret store now. Caregraph keeps only a hash of it.' })
export class ApiClientWithSecret {
  @Field(() => ApiClient, { description: 'The client; its `id` is the OAuth `client_id`.' })
  apiClient!: ApiClient;

  @Field({ description: 'The OAuth `client_secret` (starts with `cgs_`).' })
  clientSecret!: string;
}
