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

/** The GraphQL operation type of `document`'s operation `operationName` (or its only one), read without parsing. */
export function operationTypeOf(document: string, operationName?: string | null): 'query' | 'mutation' | 'subscription' | undefined {
  // Comments and strings can hold the words; dropping them keeps the scan honest.
  const text = document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
  const operations = [...text.matchAll(/(?:^|[\s}])(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?|(?:^|\})\s*\{/g)];
  if (!operations.length) return undefined;
  const typed = operations.map((m) => ({ type: (m[1] ?? 'query') as 'query' | 'mutation' | 'subscription', name: m[2] }));
  if (operationName) return typed.find((op) => op.name === operationName)?.type;
  return typed[0].type;
}

/** What the gateway knows of a request when it decides: who asks, and the operation when it can tell. */
export interface RequestShape {
  signedIn: boolean;
  operationType: 'query' | 'mutation' | 'subscription' | undefined;
}

/** A request's priority: writes (sign-in included) first; an operation of unknown type counts as a read. */
export function priorityOf({ signedIn, operationType }: RequestShape): Priority {
  if (operationType === 'mutation') return Priority.WRITE;
  return signedIn ? Priority.SIGNED_IN_READ : Priority.ANONYMOUS_READ;
}
