import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { operationCost } from '@caregraph/kernel';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_COST_MODEL } from '../limits/list-sizes';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs';
import { composeSupergraph } from '../supergraph-file';
import { repositorySdl } from './guarded-gateway';

const ROOT = path.resolve(__dirname, '../../..');
/**
 * Where operations live: test files and .graphql documents. Left out: generated code, the attack
 * tests (meant to break the limits) and the limits' own unit tests (made-up operations).
 */
const SEARCHED = ['scripts', 'test', 'kernel/src', 'subgraphs', 'gateway/src', 'docs', 'clients', 'admin/src'];
const SKIPPED = /node_modules|\/dist\/|gateway\/src\/attacks\/|kernel\/src\/limits\/|^schema\//;

/** One operation found in the repository: where, its text, and the variables to measure it with. */
export interface RepositoryOperation {
  file: string;
  source: string;
  name: string;
  variables: Record<string, unknown>;
}

function filesUnder(relative: string): string[] {
  const dir = path.join(ROOT, relative);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    const rel = path.relative(ROOT, full);
    if (SKIPPED.test(rel)) return [];
    if (statSync(full).isDirectory()) return filesUnder(rel);
    return /\.(test|suite)\.ts$|\.graphql$|^persisted-query-manifest\.json$/.test(entry) ? [rel] : [];
  });
}

/**
 * GraphQL documents written in a file: the whole of a .graphql file, every operation of an app's
 * persisted-query manifest (exactly as the app sends them), or the string literals of a test.
 */
function documentsIn(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (file.endsWith('.graphql')) return [text];
  if (file.endsWith('.json')) return (JSON.parse(text) as { operations: Array<{ body: string }> }).operations.map((op) => op.body);
  const literals = [...text.matchAll(/`([^`]*)`|'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1] ?? m[2]);
  return literals.filter((s) => s.includes('{') && !s.includes('${'));
}

/** Every variable of type Int set to 100 (the largest page), so each operation is measured at its worst. */
function worstCaseVariables(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') variables[variable.variable.name.value] = 100;
    }
  }
  return variables;
}

/** The real graph: its supergraph, API schema and each subgraph's schema, from schema/*.graphql. */
export function repositoryGraph() {
  const sdl = repositorySdl();
  const supergraph = Supergraph.build(composeSupergraph(SUBGRAPHS.map((s) => ({ name: s.name, url: s.localUrl, typeDefs: sdl[s.name] }))));
  const api = supergraph.apiSchema().toGraphQLJSSchema();
  const subgraphSchemas = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, buildSubgraphSchema({ typeDefs: parse(sdl[s.name]) })]),
  ) as Record<SubgraphName, GraphQLSchema>;
  return { supergraph, api, subgraphSchemas };
}

/**
 * Every operation of the real graph written anywhere in the repository: example documents, the
 * end-to-end tests' operations and those the subgraph tests send (a string that parses as an
 * operation valid against the API schema counts). The attack tests are left out: they are meant
 * to break the limits.
 */
export function repositoryOperations(api: GraphQLSchema): RepositoryOperation[] {
  const found: RepositoryOperation[] = [];
  const seen = new Set<string>();
  for (const file of SEARCHED.flatMap(filesUnder)) {
    for (const source of documentsIn(file)) {
      let document: DocumentNode;
      try {
        document = parse(source);
      } catch {
        continue;
      }
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (!operations.length || operations.some((op) => !api.getRootType(op.operation)) || validate(api, document).length) continue;
      const key = source.replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      const name = operations.map((op) => op.name?.value ?? 'anonymous').join('+');
      found.push({ file, source, name, variables: worstCaseVariables(document) });
    }
  }
  return found;
}

/** One fetch the gateway's query planner sends a subgraph for an operation. */
export interface PlannedFetch {
  subgraph: SubgraphName;
  operation: string;
  /** Variables as the gateway would send them: the client's, plus one representation per object at the fetch's path. */
  variables: Record<string, unknown>;
}

/**
 * Plans `operation` with @apollo/query-planner (the planner inside @apollo/gateway) and returns
 * every subgraph fetch. An `_entities` fetch gets as many representations as the cost estimate
 * allows objects at its path, so it is measured at the largest size the gateway lets through.
 */
export function plannedFetches(graph: ReturnType<typeof repositoryGraph>, operation: RepositoryOperation): PlannedFetch[] {
  const document = parse(operation.source);
  const objects = new Map<string, number>();
  operationCost(graph.api, document, { variables: operation.variables, model: GATEWAY_COST_MODEL, onObjects: (at, count) => objects.set(at.join('.'), count) });
  const plan = new QueryPlanner(graph.supergraph).buildQueryPlan(operationFromDocument(graph.supergraph.schema, document));
  const fetches: PlannedFetch[] = [];
  const visit = (node: PlanNode | undefined, at: readonly (string | number)[]): void => {
    if (!node) return;
    switch (node.kind) {
      case 'Fetch': {
        const key = at.filter((part) => part !== '@').join('.');
        const count = at.length ? objects.get(key) ?? 1 : 0;
        const representations = Array.from({ length: count }, (_, i) => ({ __typename: 'Entity', id: String(i) }));
        fetches.push({
          subgraph: node.serviceName as SubgraphName,
          operation: node.operation,
          variables: { ...operation.variables, ...(at.length ? { representations } : {}) },
        });
        return;
      }
      case 'Flatten':
        return visit(node.node, node.path as (string | number)[]);
      case 'Sequence':
      case 'Parallel':
        return node.nodes.forEach((child) => visit(child, at));
      case 'Condition':
        visit(node.ifClause, at);
        return visit(node.elseClause, at);
      case 'Defer':
        visit(node.primary.node, at);
        return node.deferred.forEach((deferred) => visit(deferred.node, at));
    }
  };
  if (plan.node?.kind === 'Subscription') visit(plan.node.primary, []);
  else visit(plan.node, []);
  return fetches;
}
