import { registerEnumType } from 'type-graphql';

/** How a notification reaches a person. */
export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  IN_APP = 'IN_APP',
}

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a notification reaches a person.',
  valuesConfig: {
    EMAIL: { description: 'An e-mail to the address on the account.' },
    IN_APP: { description: 'A notification in the bell of the person’s app.' },
  },
});
