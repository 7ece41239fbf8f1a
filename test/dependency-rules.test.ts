// The repository's dependency rules (.dependency-cruiser.cjs, ADR 019): subgraphs never import each
// other; the gateway, the worker and the apps never import subgraph code; the apps import no server
// code and share only the kit; the kernel knows no domain; no cycles; no reaching into another
// package's dist/ or src/; every import resolves. Every breach is printed; the test fails on any that
// test/support/known-dependency-breaches.ts does not list, and on any entry there that matches nothing.
import { dependencyBreaches, describeBreach, type Breach } from './support/dependency-rules';
import { isKnown, KNOWN_DEPENDENCY_BREACHES } from './support/known-dependency-breaches';

describe('dependency rules', () => {
  let breaches: Breach[];

  beforeAll(async () => {
    breaches = await dependencyBreaches();
    if (breaches.length) {
      const lines = breaches.map((breach) => {
        const known = KNOWN_DEPENDENCY_BREACHES.some((entry) => isKnown(breach, entry));
        return `  ${known ? '(known) ' : ''}${describeBreach(breach)}`;
      });
      console.log(`${breaches.length} breach(es) of the dependency rules:\n${lines.join('\n')}`);
    }
  }, 180_000);

  it('finds no breach that is not listed as known', () => {
    const unexpected = breaches.filter((breach) => !KNOWN_DEPENDENCY_BREACHES.some((entry) => isKnown(breach, entry)));
    if (unexpected.length) {
      throw new Error(
        `${unexpected.length} import(s) break the dependency rules of .dependency-cruiser.cjs:\n` +
          unexpected.map((breach) => `  - ${describeBreach(breach)}`).join('\n') +
          '\nEach rule says why it holds (`npx depcruise .` shows them with their comments); see docs/architecture.md#the-parts.',
      );
    }
  });

  it('lists as known only breaches that are still there', () => {
    const stale = KNOWN_DEPENDENCY_BREACHES.filter((entry) => !breaches.some((breach) => isKnown(breach, entry)));
    if (stale.length) {
      throw new Error(
        `${stale.length} known breach(es) no longer occur; delete them from test/support/known-dependency-breaches.ts:\n` +
          stale.map((entry) => `  - ${entry.rule}: ${entry.from} → ${entry.to || '(anything)'}`).join('\n'),
      );
    }
  });
});
