import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

/** One page of the admin user list, with the total for react-admin's pagination. */
@ObjectType({ description: 'A page of accounts for admins, with the number of accounts matching the filter.' })
export class AdminUserPage {
  @Field(() => [User], { description: 'The accounts on this page.' })
  items!: User[];

  @Field(() => Int, { description: 'How many accounts match the filter in all.' })
  total!: number;
}
