import { ConnectionArgs } from '@caregraph/runtime';
import { ArgsType, Field } from 'type-graphql';

/** Page and filter of `myNotifications`. */
@ArgsType()
export class MyNotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'true: only the notifications you have not read yet.' })
  unreadOnly!: boolean;
}
