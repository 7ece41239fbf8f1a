// The repository's dependency rules (.dependency-cruiser.cjs, ADR 019): subgraphs never import each
// other; the gateway, the worker and the apps never import subgraph code; the apps import no server
// code and share only the kit; the kernel knows no domain; no cycles; no reaching into another
// package's dist/ or src/; every import resolves. Any breach fails the test, named by its rule.
import { dependencyBreaches, describeBreach, type Breach } from './support/dependency-rules';

describe('dependency rules', () => {
  let breaches: Breach[];

  beforeAll(async () => {
    breaches = await dependencyBreaches();
  }, 180_000);

  it('are kept by every import in the repository', () => {
    if (breaches.length) {
      throw new Error(
        `${breaches.length} import(s) break the dependency rules of .dependency-cruiser.cjs:\n` +
          breaches.map((breach) => `  - ${describeBreach(breach)}`).join('\n') +
          '\nEach rule says why it holds (`npx depcruise .` shows them with their comments); see docs/architecture.md#the-parts.',
      );
    }
  });
});
