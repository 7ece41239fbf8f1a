import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How many items one list field can hold when no `first`/`last`/`limit` argument says so:
 * - `assumed`: a list bounded by what it is (a care plan's goals, a schedule's weekly hours), at most `size`;
 * - `timeRange`: a list over a span of time (a therapist's free slots), `perDay` items for each
 *   day (or part of one) between the `from` and `to` arguments, at most `maxDays` days.
 */
export type ListSizeRule =
  | { kind: 'assumed'; size: number }
  | { kind: 'timeRange'; from: string; to: string; perDay: number; maxDays: number };

/** List size rules by `Type.field`, e.g. `{ 'Therapist.availability': { kind: 'timeRange', … } }`. */
export type ListSizeRules = Readonly<Record<string, ListSizeRule>>;

/** The arguments that say how many items a list, or the lists of a page or connection, hold. */
export const SIZING_ARGUMENTS = ['first', 'last', 'limit'] as const;

/** What the cost estimate assumes where the operation does not say how many items it wants. */
export interface CostModel {
  /** Page size of a paginated field asked without `first`/`last`/`limit` (the connections' default page). */
  defaultPageSize: number;
  /** Length of a list field that takes no sizing argument and has no rule in `listSizes`. */
  defaultListSize: number;
  /** Per-field rules for lists without a sizing argument; they win over `defaultListSize`. */
  listSizes?: ListSizeRules;
}

/** Connections default to 20 items (docs/architecture.md#pagination); unpaginated lists are assumed short. */
export const DEFAULT_COST_MODEL: CostModel = { defaultPageSize: 20, defaultListSize: 10 };

const DAY_MS = 86_400_000;

/** A date-time argument (ISO string, epoch milliseconds or Date) as epoch milliseconds, or NaN. */
function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return Date.parse(value);
  if (typeof value === 'number') return value;
  return Number.NaN;
}

/**
 * The items a rule allows for these arguments. A span that cannot be read (a missing or
 * malformed date, which execution refuses anyway) costs its longest: `maxDays`.
 */
export function listSizeOf(rule: ListSizeRule, args: Record<string, unknown>): number {
  if (rule.kind === 'assumed') return rule.size;
  const span = instantOf(args[rule.to]) - instantOf(args[rule.from]);
  const days = Number.isFinite(span) ? Math.min(rule.maxDays, Math.max(1, Math.ceil(span / DAY_MS))) : rule.maxDays;
  return days * rule.perDay;
}

/** Where the estimate is: the response path from the root and how many objects may sit there. */
interface Position {
  path: readonly string[];
  objects: number;
}

/** Told, for every object field, its response path and how many objects the estimate allows there. */
export type ObjectCountListener = (path: readonly string[], objects: number) => void;

/** The sizing argument (`first`, `last` or `limit`) as a count, or `fallback` when absent or not a usable number. */
function countOf(args: Record<string, unknown>, fallback: number): number {
  const value = SIZING_ARGUMENTS.map((name) => args[name]).find((v) => v !== undefined && v !== null);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : fallback;
}

/** Which operation of the document, its variables, the cost model and a listener (see operationCost). */
export interface OperationCostOptions {
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  model?: CostModel;
  onObjects?: ObjectCountListener;
}

/**
 * Estimates the cost of one operation: roughly the largest number of objects it can return.
 * Every field returning an object counts 1; scalars and enums are free; a list counts once per
 * item. A field with a `first`, `last` or `limit` argument asks for that many items (a
 * connection's `edges` and `nodes`, a page's `items`, or a paginated list); an unpaginated list
 * holds what its rule in `model.listSizes` allows (a time range costs per day), else `defaultListSize`; a
 * subgraph's `_entities` counts once per representation. Variables are resolved, so `first: $n`
 * costs what `$n` asks for, and `@skip`/`@include` are honoured. Introspection fields are free.
 * Returns 0 when the document has no such operation. `onObjects` (for tests and tools) hears
 * how many objects the estimate allows at each response path.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, options: OperationCostOptions = {}): number {
  return estimateOperationCost(schema, document, options).cost;
}

/**
 * operationCost, and whether the variables coerced to the operation's types. Where they did not, the
 * estimate took every variable as absent (the request then fails before execution).
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: OperationCostOptions = {},
): { cost: number; variablesCoerced: boolean } {
  const operation = getOperationAST(document, options.operationName ?? undefined);
  if (!operation) return { cost: 0, variablesCoerced: true };
  const estimate = new CostEstimate(schema, document, operation, options.variables ?? {}, options.model ?? DEFAULT_COST_MODEL, options.onObjects);
  return { cost: estimate.total(), variablesCoerced: estimate.variablesCoerced };
}

/**
 * One estimate. Fragments are costed once per page-size context, so repeated spreads stay
 * linear; with a listener, every spread is walked so that each path is heard.
 */
class CostEstimate {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentCosts = new Map<string, number>();
  private readonly expanding = new Set<string>();
  private readonly variables: Record<string, unknown>;
  readonly variablesCoerced: boolean;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    private readonly model: CostModel,
    private readonly onObjects?: ObjectCountListener,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
    // Variables that do not coerce fail the request later anyway; estimate with defaults meanwhile.
    const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    this.variables = coerced ?? {};
    this.variablesCoerced = coerced !== undefined;
  }

  total(): number {
    const root = this.schema.getRootType(this.operation.operation);
    return root ? this.selectionCost(this.operation.selectionSet, root, undefined, { path: [], objects: 1 }) : 0;
  }

  /** `pageSize` is set for the direct children of a paginated field (its `edges`/`nodes` lists). */
  private selectionCost(set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | undefined, at: Position): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) cost += this.fieldCost(selection, parent, pageSize, at);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        if (type) cost += this.selectionCost(selection.selectionSet, type, pageSize, at);
      } else cost += this.spreadCost(selection.name.value, pageSize, at);
    }
    return cost;
  }

  private spreadCost(name: string, pageSize: number | undefined, at: Position): number {
    const key = `${name}:${pageSize ?? ''}`;
    const known = this.onObjects ? undefined : this.fragmentCosts.get(key);
    // Validation forbids fragment cycles; this only guards against one.
    if (known !== undefined || this.expanding.has(name)) return known ?? 0;
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    this.expanding.add(name);
    const cost = fragment && type ? this.selectionCost(fragment.selectionSet, type, pageSize, at) : 0;
    this.expanding.delete(name);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType, pageSize: number | undefined, at: Position): number {
    if (node.name.value.startsWith('__') || !node.selectionSet) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field || isLeafType(getNamedType(field.type))) return 0;
    const args = this.argumentsOf(field, node);
    const paginated = field.args.some((arg) => (SIZING_ARGUMENTS as readonly string[]).includes(arg.name));
    const isList = isListType(getNullableType(field.type));
    const rule = this.model.listSizes?.[`${parent.name}.${field.name}`];
    let items = 1;
    if (node.name.value === '_entities') items = Array.isArray(args.representations) ? args.representations.length : this.model.defaultListSize;
    else if (isList && paginated) items = countOf(args, this.model.defaultPageSize);
    else if (isList) items = pageSize ?? (rule ? listSizeOf(rule, args) : this.model.defaultListSize);
    // A paginated field that is not itself a list is a connection or a page: its lists hold `first`/`limit` items.
    const childPage = paginated && !isList ? countOf(args, this.model.defaultPageSize) : undefined;
    const here = { path: [...at.path, node.alias?.value ?? node.name.value], objects: at.objects * items };
    this.onObjects?.(here.path, here.objects);
    return items * (1 + this.selectionCost(node.selectionSet, getNamedType(field.type), childPage, here));
  }

  private argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      return {}; // a missing or invalid argument fails validation or execution; not our concern here
    }
  }

  /** False for a selection that `@skip(if: true)` or `@include(if: false)` removes. */
  private included(selection: SelectionNode): boolean {
    for (const directive of selection.directives ?? []) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') continue;
      const argument = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      let value: unknown;
      if (argument?.kind === Kind.BOOLEAN) value = argument.value;
      else if (argument?.kind === Kind.VARIABLE) value = this.variables[argument.name.value];
      if (name === 'skip' && value === true) return false;
      if (name === 'include' && value === false) return false;
    }
    return true;
  }
}
