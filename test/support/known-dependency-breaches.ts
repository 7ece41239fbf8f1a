// Breaches of the dependency rules that the repository still has while its parts move to the layout of
// docs/architecture.md (ADR 013, ADR 015). Each entry matches breaches by rule and by the start of
// their from and to paths. The list only shrinks: once a move lands, its entries match nothing, and
// test/dependency-rules.test.ts fails until they are deleted. When it is empty, delete this file.
import type { Breach } from './dependency-rules';

export interface KnownBreach {
  rule: string;
  from: string;
  to: string;
  /** Why it is still there, and what removes it. */
  until: string;
}

export const KNOWN_DEPENDENCY_BREACHES: readonly KnownBreach[] = [
  {
    rule: 'no-circular',
    from: 'subgraphs/care-plans/src/care-plans/care-plan-write.service.ts',
    to: 'subgraphs/care-plans/src/goals/goal.service.ts',
    until: 'care plans and goals share the checked plan change through one module that neither imports back',
  },
  {
    rule: 'apps-not-to-server',
    from: 'admin/src/test/platform-session.ts',
    to: 'subgraphs/',
    until: "the dashboard's platform tests take the demo logins from @caregraph/demo-data",
  },
  {
    rule: 'apps-not-to-server',
    from: 'admin/src/auth/auth-provider.test.ts',
    to: 'subgraphs/accounts/',
    until: "the dashboard's platform tests take the demo password from @caregraph/demo-data",
  },
  {
    rule: 'no-reaching-into-internals',
    from: 'test/web-client-manifest.test.ts',
    to: 'gateway/src/',
    until: 'the trusted-documents reader is imported from the package that exports it',
  },
];

/** Whether a known breach covers this breach. */
export function isKnown(breach: Breach, known: KnownBreach): boolean {
  return breach.rule === known.rule && breach.from.startsWith(known.from) && breach.to.startsWith(known.to);
}
