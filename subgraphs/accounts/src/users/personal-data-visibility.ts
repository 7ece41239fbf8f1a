import type { SubgraphContext } from '@caregraph/runtime';

/** Users whose personal data this request may show although the caller is not (yet) signed in as them. */
const revealedByRequest = new WeakMap<SubgraphContext, Set<string>>();

/**
 * Marks `userId` as the subject of this request's own answer: the account
 * the one `login` / `refreshSession` signed in. Their e-mail may be shown in it.
 */
export function revealToCaller(ctx: SubgraphContext, userId: string): void {
  const revealed = revealedByRequest.get(ctx) ?? new Set<string>();
  revealed.add(userId);
  revealedByRequest.set(ctx, revealed);
}

/** The person themselves, admins and the platform itself may read a user's personal data; nobody else. */
export function mayReadPersonalData(ctx: SubgraphContext, userId: string): boolean {
  const { caller } = ctx;
  return (
    caller.userId === userId ||
    caller.roles.includes('ADMIN') ||
    caller.roles.includes('SYSTEM') ||
    (revealedByRequest.get(ctx)?.has(userId) ?? false)
  );
}
