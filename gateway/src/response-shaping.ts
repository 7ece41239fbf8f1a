// The last step of Apollo's query-plan executor: from the subgraphs' merged answers, the response the
// operation asked for (its response names and order, @skip/@include, type conditions, __typename, and
// GraphQL's null propagation with an error where a non-null field came back null or a value does not fit
// its type). Apollo's own `computeResponse` looks up each selection's directives, name and type again for
// every object of the answer and makes a closure for each check; on the bench mix it was 11 % of the
// gateway's busy time. This one gives the same result (data and errors, tested side by side with
// Apollo's in response-shaping.test.ts) from what it works out once per selection set: the `Operation` is
// kept per parsed document (operation-reuse.ts), so that is once per document.
import type { GraphQLError } from 'graphql';
import { requireAsApolloGatewayDoes } from './apollo-internals';

/* The parts of @apollo/federation-internals' classes this reads (its own types are generic beyond use here). */
interface NamedType {
  name: string;
  kind: string;
}
interface WrapperType {
  kind: 'NonNullType' | 'ListType';
  ofType: OutputType;
}
type OutputType = NamedType | WrapperType;
interface Schema {
  type(name: string): NamedType | undefined;
  skipDirective(): unknown;
  includeDirective(): unknown;
  schemaDefinition: { rootType(kind: string): NamedType | undefined };
}
interface Directive {
  arguments(): { if?: unknown };
}
interface Element {
  appliedDirectivesOf(definition: unknown): readonly Directive[];
}
interface FieldElement extends Element {
  name: string;
  definition: { type: OutputType; isSchemaIntrospectionField(): boolean };
  responseName(): string;
}
interface FragmentElement extends Element {
  typeCondition?: NamedType;
}
interface Selection {
  kind: 'FieldSelection' | 'FragmentSelection';
  element: FieldElement | FragmentElement;
  selectionSet?: SelectionSet;
}
interface SelectionSet {
  selections(): readonly Selection[];
}
interface Operation {
  schema(): Schema;
  rootKind: string;
  selectionSet: SelectionSet;
  collectDefaultedVariableValues(): Record<string, unknown>;
}
type Variables = Record<string, unknown>;

export interface ShapeRequest {
  operation: Operation;
  variables: Variables | undefined;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: Selection) => unknown;
}

interface Internals {
  Variable: new (...args: never[]) => { name: string };
  isSubtype(maybeSuper: NamedType, maybeSub: NamedType): boolean;
  isValidLeafValue(schema: Schema, value: unknown, type: NamedType): boolean;
  ERRORS: { INVALID_GRAPHQL: { err(message: string, options: { path: Array<string | number> }): GraphQLError } };
}

/** @apollo/federation-internals as @apollo/gateway resolves it (the same classes its Operation is made of). */
const internals = requireAsApolloGatewayDoes<Internals>('@apollo/federation-internals');
const { isSubtype, isValidLeafValue, ERRORS } = internals;

/** A directive's `if`: a literal, or the name of the variable it reads. */
type Condition = boolean | { variable: string } | undefined;

/** One selection of a selection set, with what shaping needs of it worked out. */
type Step =
  | { kind: 'introspection'; skip: Condition; include: Condition; responseName: string; selection: Selection }
  | { kind: 'typename'; skip: Condition; include: Condition; responseName: string }
  | { kind: 'field'; skip: Condition; include: Condition; responseName: string; type: OutputType; selectionSet: SelectionSet | undefined }
  | { kind: 'fragment'; skip: Condition; include: Condition; typeCondition: NamedType | undefined; selectionSet: SelectionSet };

const stepsOf = new WeakMap<SelectionSet, Step[]>();

function conditionOf(element: Element, definition: unknown): Condition {
  const directive = element.appliedDirectivesOf(definition)[0];
  if (!directive) return undefined;
  const value = directive.arguments().if;
  return value instanceof internals.Variable ? { variable: value.name } : Boolean(value);
}

function stepsFor(selectionSet: SelectionSet, schema: Schema): Step[] {
  let steps = stepsOf.get(selectionSet);
  if (steps) return steps;
  steps = selectionSet.selections().map((selection): Step => {
    const skip = conditionOf(selection.element, schema.skipDirective());
    const include = conditionOf(selection.element, schema.includeDirective());
    if (selection.kind !== 'FieldSelection') {
      return { kind: 'fragment', skip, include, typeCondition: (selection.element as FragmentElement).typeCondition, selectionSet: selection.selectionSet! };
    }
    const field = selection.element as FieldElement;
    const responseName = field.responseName();
    if (field.definition.isSchemaIntrospectionField()) return { kind: 'introspection', skip, include, responseName, selection };
    if (field.name === '__typename') return { kind: 'typename', skip, include, responseName };
    return { kind: 'field', skip, include, responseName, type: field.definition.type, selectionSet: selection.selectionSet };
  });
  stepsOf.set(selectionSet, steps);
  return steps;
}

const NON_NULL = 'NonNullType';
const LIST = 'ListType';
const isComposite = (type: NamedType | undefined): boolean =>
  type !== undefined && (type.kind === 'ObjectType' || type.kind === 'InterfaceType' || type.kind === 'UnionType');

/** Thrown for an answer no subgraph should give (Apollo fails the same way, with its own assertion). */
function invariant(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** What shaping one value came to: besides the value, whether it makes its parent null, and whether an error was recorded. */
interface Outcome {
  invalid: boolean;
  errors: boolean;
}

class Shaping {
  readonly errors: GraphQLError[] = [];
  readonly path: Array<string | number> = [];
  /** Filled in by each call of `value`, read by its caller at once. */
  readonly outcome: Outcome = { invalid: false, errors: false };

  constructor(
    readonly schema: Schema,
    readonly variables: Variables,
    readonly introspection: (selection: Selection) => unknown,
  ) {}

  private holds(condition: Condition): boolean {
    if (typeof condition !== 'object') return condition === true;
    const value = this.variables[condition.variable];
    invariant(typeof value === 'boolean', () => `Unexpected value ${String(value)} for variable $${condition.variable}`);
    return value;
  }

  private skipped(step: Step): boolean {
    return (step.skip !== undefined && this.holds(step.skip)) || (step.include !== undefined && !this.holds(step.include));
  }

  private error(message: string): void {
    this.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: [...this.path] }));
  }

  private describeLast(type: OutputType, parentType: NamedType): string {
    const last = this.path[this.path.length - 1];
    return typeof last === 'string' ? `field ${parentType.name}.${last}` : `array element of type ${typeName(type)} at index ${last}`;
  }

  /** Fills `output` from `input` by `selectionSet`; false when a non-null field is null, so `output` must be null. */
  selections(input: Record<string, unknown>, selectionSet: SelectionSet, output: Record<string, unknown>, parentType: NamedType): boolean {
    for (const step of stepsFor(selectionSet, this.schema)) {
      if (this.skipped(step)) continue;
      if (step.kind === 'fragment') {
        const typename = input.__typename;
        invariant(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${String(typename)}`);
        if (step.typeCondition && !this.conditionApplies(step.typeCondition, typename as string | undefined, parentType)) continue;
        if (!this.selections(input, step.selectionSet, output, step.typeCondition ?? parentType)) return false;
        continue;
      }
      const name = step.responseName;
      const existing = output[name];
      if (step.kind === 'introspection') {
        if (existing === undefined) output[name] = this.introspection(step.selection);
        continue;
      }
      let value = Object.prototype.hasOwnProperty.call(input, name) ? input[name] ?? null : null;
      if (step.kind === 'typename') {
        if (existing !== undefined) continue;
        if (value === null && name !== '__typename') value = input.__typename ?? null;
        const type = typeof value === 'string' ? this.schema.type(value) ?? parentType : parentType;
        if (type.kind !== 'ObjectType') return false;
        output[name] = type.name;
        continue;
      }
      this.path.push(name);
      output[name] = this.value(existing, step.type, value, step.selectionSet, parentType);
      this.path.pop();
      if (this.outcome.invalid) return false;
    }
    return true;
  }

  private conditionApplies(condition: NamedType, typename: string | undefined, parentType: NamedType): boolean {
    if (typename) {
      const type = this.schema.type(typename);
      return type !== undefined && isSubtype(condition, type);
    }
    return isSubtype(condition, parentType);
  }

  /** One value: returns it shaped, and leaves in `outcome` whether it nulls its parent and whether it recorded an error. */
  private value(existing: unknown, type: OutputType, input: unknown, selectionSet: SelectionSet | undefined, parentType: NamedType): unknown {
    const outcome = this.outcome;
    if (existing === null || (existing !== undefined && !selectionSet)) return done(outcome, existing, false, false);
    if (type.kind === NON_NULL) {
      const inner = (type as WrapperType).ofType;
      const shaped = this.value(existing, inner, input, selectionSet, parentType);
      if (shaped !== null) return done(outcome, shaped, false, false);
      if (!outcome.errors) this.error(`Cannot return null for non-nullable ${this.describeLast(inner, parentType)}.`);
      return done(outcome, null, true, true);
    }
    if (input === null) return done(outcome, null, false, false);
    if (type.kind === LIST) return this.list(existing, (type as WrapperType).ofType, input, selectionSet, parentType);
    const named = type as NamedType;
    if (isComposite(named)) {
      invariant(selectionSet, () => `Invalid empty selection set for composite type ${named.name}`);
      invariant(typeof input === 'object', () => `Invalid non-object value ${String(input)} returned by subgraph for composite type ${named.name}`);
      invariant(existing === undefined || typeof existing === 'object', () => `Invalid non-object value ${String(input)} returned by subgraph for composite type ${named.name}`);
      const object = input as Record<string, unknown>;
      const typename = object.__typename;
      invariant(typename === undefined || typeof typename === 'string', () => `Invalid non-string value ${String(typename)} for __typename at ${this.path.join(',')}`);
      let objectType: NamedType = named;
      if (typename) {
        const found = this.schema.type(typename);
        if (!found || !isComposite(found)) {
          this.error(`Invalid __typename found for object at ${this.describeLast(named, parentType)}.`);
          return done(outcome, null, false, true);
        }
        objectType = found;
      }
      const output = (existing ?? Object.create(null)) as Record<string, unknown>;
      const complete = this.selections(object, selectionSet, output, objectType);
      return done(outcome, complete ? output : null, false, !complete);
    }
    invariant(existing === undefined, () => `Excepted output to be undefined but got ${named.name} for type ${named.name}`);
    if (isValidLeafValue(this.schema, input, named)) return done(outcome, input, false, false);
    this.error(`Invalid value found for ${this.describeLast(named, parentType)}.`);
    return done(outcome, null, false, true);
  }

  private list(existing: unknown, itemType: OutputType, input: unknown, selectionSet: SelectionSet | undefined, parentType: NamedType): unknown {
    invariant(Array.isArray(input), () => `Invalid non-list value ${String(input)} returned by subgraph for list type [${typeName(itemType)}]`);
    invariant(existing === undefined || Array.isArray(existing), () => `Invalid non-list value ${String(existing)} returned by subgraph for list type [${typeName(itemType)}]`);
    const previous = existing as unknown[] | undefined;
    invariant(previous === undefined || previous.length === input.length, () => `[${String(input)}].length (${input.length}) !== [${String(previous)}].length (${previous!.length})`);
    const shaped = new Array<unknown>(input.length);
    let nullify = false;
    let errors = false;
    for (let index = 0; index < input.length; index += 1) {
      this.path.push(index);
      shaped[index] = this.value(previous?.[index], itemType, input[index], selectionSet, parentType);
      this.path.pop();
      nullify ||= this.outcome.invalid;
      errors ||= this.outcome.errors;
    }
    return done(this.outcome, nullify ? null : shaped, false, errors);
  }
}

function done(outcome: Outcome, value: unknown, invalid: boolean, errors: boolean): unknown {
  outcome.invalid = invalid;
  outcome.errors = errors;
  return value;
}

function typeName(type: OutputType): string {
  if (type.kind === NON_NULL) return `${typeName((type as WrapperType).ofType)}!`;
  if (type.kind === LIST) return `[${typeName((type as WrapperType).ofType)}]`;
  return (type as NamedType).name;
}

/** The response for `operation` from the executor's merged answers: what Apollo's `computeResponse` returns. */
export function shapeResponse({ operation, variables, input, introspectionHandling }: ShapeRequest): { data: unknown; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const shaping = new Shaping(schema, { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables } as Variables, introspectionHandling);
  const data = Object.create(null) as Record<string, unknown>;
  const complete = shaping.selections(input, operation.selectionSet, data, schema.schemaDefinition.rootType(operation.rootKind)!);
  return { data: complete ? data : null, errors: shaping.errors };
}

interface ResultShapingModule {
  computeResponse: ((request: ShapeRequest) => { data: unknown; errors: GraphQLError[] }) & { ours?: true };
}

/** The module `executeQueryPlan` calls `computeResponse` from. */
const resultShaping = requireAsApolloGatewayDoes<ResultShapingModule>('@apollo/gateway/dist/resultShaping');

/** Apollo's own `computeResponse` (taken before ours can be installed: only this module installs it), for the side-by-side test. */
export const apolloComputeResponse = resultShaping.computeResponse;

let shaped = 0;

/** Has the executor shape responses with `shapeResponse`; once per process. */
export function shapeExecutorResponses(): void {
  if (resultShaping.computeResponse.ours) return;
  const ours: ResultShapingModule['computeResponse'] = (request) => {
    shaped += 1;
    return shapeResponse(request);
  };
  ours.ours = true;
  resultShaping.computeResponse = ours;
}

/** How many responses `shapeResponse` shaped for the executor in this process (for tests). */
export function shapedResponseCount(): number {
  return shaped;
}
