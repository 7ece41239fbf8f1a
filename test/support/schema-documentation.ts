// What test/schema-descriptions.test.ts checks: every public part of the graph carries a description
// (the schema is the integrators' reference documentation), and every deprecation says what to use instead.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  DEFAULT_DEPRECATION_REASON,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** One part of the schema that breaks the documentation rules, by its schema coordinate. */
export interface DocumentationGap {
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive(arg:)`. */
  coordinate: string;
  problem: 'no description' | 'deprecated without naming a replacement';
  /** The deprecation reason as written, for the second kind. */
  reason?: string;
}

/**
 * How a deprecation names its replacement: "Use `Type.field` …", "Use `field` …" (on the same type) or
 * "Use `Type` …". The name in backticks must exist in the schema.
 */
export const REPLACEMENT_PATTERN = /\bUse `([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)?)(?:\([^`]*\))?`/;

const blank = (text: string | null | undefined) => !text || !text.trim();

/** True when `name` (`Type`, `Type.member`, or `member` of `parent`) is a type, field, input field or enum value. */
function resolves(schema: GraphQLSchema, name: string, parent?: GraphQLNamedType): boolean {
  const [first, second] = name.split('.');
  const memberOf = (type: GraphQLNamedType | undefined, member: string): boolean => {
    if (!type) return false;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return member in type.getFields();
    if (isEnumType(type)) return type.getValue(member) !== undefined;
    return false;
  };
  if (second !== undefined) return memberOf(schema.getType(first), second);
  return schema.getType(first) !== undefined || memberOf(parent, first);
}

/**
 * Every documentation gap in `schema` (an API schema: no federation machinery). Built-in scalars and
 * directives and introspection types are GraphQL's own and are left out; everything else is checked,
 * root operation types included.
 */
export function documentationGaps(schema: GraphQLSchema): DocumentationGap[] {
  const gaps: DocumentationGap[] = [];
  const described = (coordinate: string, description: string | null | undefined) => {
    if (blank(description)) gaps.push({ coordinate, problem: 'no description' });
  };
  const deprecation = (coordinate: string, reason: string | null | undefined, parent?: GraphQLNamedType) => {
    if (reason === undefined || reason === null) return;
    const named = REPLACEMENT_PATTERN.exec(reason)?.[1];
    if (reason === DEFAULT_DEPRECATION_REASON || !named || !resolves(schema, named, parent)) {
      gaps.push({ coordinate, problem: 'deprecated without naming a replacement', reason });
    }
  };
  const argumentsOf = (owner: string, args: readonly GraphQLArgument[], parent?: GraphQLNamedType) => {
    for (const arg of args) {
      described(`${owner}(${arg.name}:)`, arg.description);
      deprecation(`${owner}(${arg.name}:)`, arg.deprecationReason, parent);
    }
  };

  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    described(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        described(`${type.name}.${field.name}`, field.description);
        deprecation(`${type.name}.${field.name}`, field.deprecationReason, type);
        argumentsOf(`${type.name}.${field.name}`, field.args, type);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        described(`${type.name}.${field.name}`, field.description);
        deprecation(`${type.name}.${field.name}`, field.deprecationReason, type);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        described(`${type.name}.${value.name}`, value.description);
        deprecation(`${type.name}.${value.name}`, value.deprecationReason, type);
      }
    }
  }
  for (const directive of schema.getDirectives().filter((d) => !isSpecifiedDirective(d))) {
    described(`@${directive.name}`, directive.description);
    argumentsOf(`@${directive.name}`, directive.args);
  }
  return gaps;
}

/** Which subgraphs declare the type (or the type's field) a coordinate names, to tell where to fix it. */
export function declaredIn(coordinate: string, subgraphs: Record<string, GraphQLSchema>): string[] {
  const [typeName, rest] = coordinate.replace(/\(.*$/, '').split('.');
  return Object.entries(subgraphs)
    .filter(([, schema]) => {
      const type = schema.getType(typeName);
      if (!type || rest === undefined) return Boolean(type);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return rest in type.getFields();
      if (isEnumType(type)) return type.getValue(rest) !== undefined;
      return false;
    })
    .map(([name]) => name);
}
