import { IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../users/role';

/** Validates an admin's reason: required, 1 to 500 characters, not blank. */
function IsReason(): PropertyDecorator {
  const decorators = [
    Length(1, 500, { message: '$property must be 1 to 500 characters long.' }),
    Matches(/\S/, { message: '$property must say why.' }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** An account to lock or unlock, and why. */
@InputType({ description: 'An account to lock or unlock, and why (recorded in the account audit).' })
export class AccountLockInput {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID('all', { message: '$property must be a user id.' })
  userId!: string;

  @Field({ description: 'Why, 1 to 500 characters; recorded with the action.' })
  @IsReason()
  reason!: string;
}

/** A new role for an account, and why. */
@InputType({ description: 'A new role for an account, and why (recorded in the account audit).' })
export class ChangeUserRoleInput {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID('all', { message: '$property must be a user id.' })
  userId!: string;

  @Field(() => Role, { description: 'The new role.' })
  role!: Role;

  @Field({ description: 'Why, 1 to 500 characters; recorded with the action.' })
  @IsReason()
  reason!: string;
}
