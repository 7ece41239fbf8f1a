import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { MAX_PAGE_SIZE } from './pagination';

/** The page size an admin list uses when none is asked for (react-admin's default). */
export const ADMIN_DEFAULT_LIMIT = 25;

/**
 * Offset paging for admin lists, as react-admin asks for it (docs/architecture.md#pagination): public lists
 * are connections, admin lists may be `offset`/`limit` with a total. Extend it with the list's filter.
 */
@ArgsType()
export class AdminPageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'How many records to skip (0 or more).' })
  @IsInt()
  @Min(0, { message: '$property must be 0 or more.' })
  offset!: number;

  @Field(() => Int, { defaultValue: ADMIN_DEFAULT_LIMIT, description: `How many records to return: 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: `$property must be between 1 and ${MAX_PAGE_SIZE}.` })
  @Max(MAX_PAGE_SIZE, { message: `$property must be between 1 and ${MAX_PAGE_SIZE}.` })
  limit!: number;
}

/** BAD_USER_INPUT naming the end's field when a span given by both ends does not end after it starts. */
export function assertSpanOrder(from: Date | null | undefined, to: Date | null | undefined, fields: { from: string; to: string } = { from: 'from', to: 'to' }): void {
  if (from && to && from.getTime() >= to.getTime()) throw new UserInputError(fields.to, `${fields.to} must be after ${fields.from}.`);
}

/** Direction of an admin list's order: one enum for every subgraph with admin lists (accounts, therapists). */
export enum AdminSortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(AdminSortOrder, {
  name: 'AdminSortOrder',
  description: 'Which way an admin list is ordered (react-admin’s `sort.order`).',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

/** The query direction for an admin list's `order`: newest (DESC) first when none is asked for. */
export function sortDirection(order: AdminSortOrder | null | undefined): 'asc' | 'desc' {
  return order === AdminSortOrder.ASC ? 'asc' : 'desc';
}
