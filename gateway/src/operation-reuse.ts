// Apollo's query-plan executor turns the parsed operation into its typed form (an `Operation`) again on
// every request, only to shape the response (`executeQueryPlan` → `operationFromDocument`, with
// validation off). The gateway's CPU profile on the bench mix put that at 3–5 % of its time. Apollo
// Server keeps one parsed document per query text, so a request for a document seen before brings the
// same `OperationDefinitionNode` and fragment nodes: this keeps the `Operation` built for them.
//
// Apollo offers no hook for it, so the function the executor calls is wrapped where it is defined (the
// instance `@apollo/gateway` itself resolves). Only the executor's call is served from the cache; the
// query planner's calls (with validation) pass through. `Operation` is not changed by shaping.
import type { DocumentNode, DefinitionNode, OperationDefinitionNode } from 'graphql';
import { requireAsApolloGatewayDoes } from './apollo-internals';

type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => object;

interface OperationsModule {
  operationFromDocument: OperationFromDocument & { reusing?: true };
}

interface Kept {
  /** The fragment definitions it was built with (the same nodes for the same parsed document). */
  fragments: readonly DefinitionNode[];
  operation: object;
}

/** Per API schema (a new supergraph brings a new one), per parsed operation: what was built for it. */
const kept = new WeakMap<object, WeakMap<OperationDefinitionNode, Kept>>();
let reused = 0;

function sameNodes(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  return a.length === b.length && a.every((node, index) => node === b[index]);
}

/** Installs the reuse once per process; later calls do nothing. */
export function reuseExecutorOperations(): void {
  // The module `@apollo/gateway` takes `operationFromDocument` from.
  const operations = requireAsApolloGatewayDoes<OperationsModule>('@apollo/federation-internals/dist/operations');
  const build = operations.operationFromDocument;
  if (build.reusing) return;
  const reusing: OperationsModule['operationFromDocument'] = (schema, document, options) => {
    // The executor's call: one operation first, its fragments after, validation off, no name to pick.
    const [first, ...fragments] = document.definitions;
    if (options?.validate !== false || options.operationName !== undefined || first?.kind !== 'OperationDefinition') {
      return build(schema, document, options);
    }
    let forSchema = kept.get(schema);
    if (!forSchema) kept.set(schema, (forSchema = new WeakMap()));
    const hit = forSchema.get(first);
    if (hit && sameNodes(hit.fragments, fragments)) {
      reused += 1;
      return hit.operation;
    }
    const operation = build(schema, document, options);
    forSchema.set(first, { fragments, operation });
    return operation;
  };
  reusing.reusing = true;
  operations.operationFromDocument = reusing;
}

/** How many times an `Operation` was reused in this process (for tests). */
export function reusedOperationCount(): number {
  return reused;
}
