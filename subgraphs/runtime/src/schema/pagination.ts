import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';

/** Largest page a client may ask for (docs/architecture.md#pagination). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in a list, for fetching the next one.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when there are more items after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when there are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (a previous page\'s `pageInfo.endCursor`).' })
  after?: string;
}

/** One page of a list in Relay's connection shape. */
export interface ConnectionShape<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for `itemType`.
 * Each list gets its own named pair, as Relay clients expect.
 */
export function ConnectionType<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => itemType, { description: `The ${name}.` })
    node!: T;

    @Field({ description: 'Opaque position of this item in the list.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items on this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'How to fetch the next page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list.' })
    totalCount!: number;
  }
  return Connection;
}

const CURSOR_PREFIX = 'offset:';

/** Encodes a list position as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; a foreign or damaged one is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw new UserInputError('after', 'The cursor is not valid.');
  return offset;
}

/** The limit and offset a page request stands for, after checking `first` and `after`. */
export function pageWindow(args: ConnectionArgs): { limit: number; offset: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new UserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { limit, offset };
}

/** Builds a connection from one page of rows and the total count. */
export function toConnection<T>(rows: T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
