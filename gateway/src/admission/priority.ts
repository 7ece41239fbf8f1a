import { setBounded } from '@caregraph/kernel';

/**
 * Who goes first when the gateway is full. Sign-in and every write (a booking, a cancellation, a
 * care-plan entry, a risk flag acknowledged) before signed-in reads, and those before anonymous reads
 * of the public directory, which a traffic spike is made of.
 */
export enum Priority {
  ANONYMOUS_READ = 0,
  SIGNED_IN_READ = 1,
  WRITE = 2,
}

export const PRIORITY_NAMES: Record<Priority, string> = {
  [Priority.ANONYMOUS_READ]: 'anonymous_read',
  [Priority.SIGNED_IN_READ]: 'signed_in_read',
  [Priority.WRITE]: 'write',
};

/** A GraphQL operation type, or undefined when it cannot be told. */
export type OperationType = 'query' | 'mutation' | 'subscription' | undefined;

/** The GraphQL operation type of `document`'s operation `operationName` (or its only one), read without parsing. */
export function operationTypeOf(document: string, operationName?: string | null): OperationType {
  // Comments and strings can hold the words; dropping them keeps the scan honest.
  const text = document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
  const operations = [...text.matchAll(/(?:^|[\s}])(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?|(?:^|\})\s*\{/g)];
  if (!operations.length) return undefined;
  const typed = operations.map((m) => ({ type: (m[1] ?? 'query') as NonNullable<OperationType>, name: m[2] }));
  if (operationName) return typed.find((op) => op.name === operationName)?.type;
  return typed[0].type;
}

/** Operation types remembered by document text (and operation name): clients send the same few documents. */
const MAX_REMEMBERED_DOCUMENTS = 1000;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * operationTypeOf, remembered for the last MAX_REMEMBERED_DOCUMENTS documents: scanning each request's text
 * again was about 0.7 % of the gateway's CPU on the bench mix. The oldest is forgotten first, so documents
 * made up to fill it cost an attacker the same scan they cost before.
 */
export function rememberedOperationTypes(): (query: string, operationName: string | undefined) => OperationType {
  const types = new Map<string, OperationType>();
  return (query, operationName) => {
    // Only a well-formed name is remembered: with no line break in it, the first one in the key ends it, so one
    // caller's made-up name and text can never share another's key (and choose the priority of their requests).
    if (operationName !== undefined && !GRAPHQL_NAME.test(operationName)) return operationTypeOf(query, operationName);
    const key = `${operationName ?? ''}\n${query}`;
    if (types.has(key)) return types.get(key);
    const type = operationTypeOf(query, operationName);
    setBounded(types, key, type, MAX_REMEMBERED_DOCUMENTS);
    return type;
  };
}

/** What the gateway knows of a request when it decides: who asks, and the operation when it can tell. */
export interface RequestShape {
  signedIn: boolean;
  operationType: OperationType;
}

/** A request's priority: writes (sign-in included) first; an operation of unknown type counts as a read. */
export function priorityOf({ signedIn, operationType }: RequestShape): Priority {
  if (operationType === 'mutation') return Priority.WRITE;
  return signedIn ? Priority.SIGNED_IN_READ : Priority.ANONYMOUS_READ;
}
