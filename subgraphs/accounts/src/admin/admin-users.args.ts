import { IsBoolean, IsEnum, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AdminSortOrder } from '@caregraph/runtime';
import { Role } from '../users/role';

/** Largest page of an admin list (docs/architecture.md#pagination). */
export const ADMIN_MAX_LIMIT = 100;

/** What the admin user list can be ordered by. */
export enum AdminUserSortField {
  CREATED_AT = 'CREATED_AT',
  EMAIL = 'EMAIL',
  DISPLAY_NAME = 'DISPLAY_NAME',
  ROLE = 'ROLE',
}

registerEnumType(AdminUserSortField, {
  name: 'AdminUserSortField',
  description: 'What the admin user list can be ordered by.',
  valuesConfig: {
    CREATED_AT: { description: 'When the account was opened.' },
    EMAIL: { description: 'E-mail address, ignoring letter case.' },
    DISPLAY_NAME: { description: 'Display name, ignoring letter case.' },
    ROLE: { description: 'Role.' },
  },
});

/** Narrows the admin user list. */
@InputType({ description: 'Narrows the admin user list; every given condition must hold.' })
export class AdminUserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the e-mail address or display name, ignoring letter case (up to 100 characters).' })
  @IsOptional()
  @MaxLength(100, { message: '$property must be at most 100 characters long.' })
  search?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only accounts with this role.' })
  @IsOptional()
  @IsEnum(Role, { message: '$property must be a role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only locked accounts; false: only open ones.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false.' })
  locked?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Only accounts opened at or after this instant (e.g. the sign-ups of the last 7 days).' })
  @IsOptional()
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only accounts opened before this instant.' })
  @IsOptional()
  createdBefore?: Date | null;
}

/** How to order the admin user list. */
@InputType({ description: 'How to order the admin user list; ties are broken by id.' })
export class AdminUserSort {
  @Field(() => AdminUserSortField, { description: 'What to order by.' })
  field!: AdminUserSortField;

  @Field(() => AdminSortOrder, { description: 'Which way.' })
  order!: AdminSortOrder;
}

/** Offset paging as react-admin asks for it. */
@ArgsType()
export class AdminUsersArgs {
  @Field(() => AdminUserFilter, { nullable: true, description: 'Conditions; none lists every account.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminUserFilter | null;

  @Field(() => Int, { defaultValue: 0, description: 'How many accounts to skip (0 or more).' })
  @IsInt()
  @Min(0, { message: '$property must be 0 or more.' })
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: `How many accounts to return: 1 to ${ADMIN_MAX_LIMIT}.` })
  @IsInt()
  @Min(1, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  @Max(ADMIN_MAX_LIMIT, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  limit!: number;

  @Field(() => AdminUserSort, { nullable: true, description: 'Order; newest accounts first when left out.' })
  @IsOptional()
  sort?: AdminUserSort | null;
}
