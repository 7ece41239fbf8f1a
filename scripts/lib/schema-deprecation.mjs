// Whether something in a released graph was marked @deprecated, by the path `npm run schema:diff` prints:
// `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `Input.field`. The deprecation rule
// (docs/adr/028-deprecation-period-enforced.md) lets a breaking change through only for what a release
// had already deprecated, so this is the one place that reads deprecations out of a schema.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';

/** Every place a named type is used in `schema`: `{ target, owner, deprecated }` per field, argument, input field, union member. */
function references(schema) {
  const refs = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const fieldDeprecated = field.deprecationReason != null;
        refs.push({ target: getNamedType(field.type).name, owner: type.name, deprecated: fieldDeprecated });
        // An argument of a deprecated field goes when its field goes.
        for (const arg of field.args) refs.push({ target: getNamedType(arg.type).name, owner: type.name, deprecated: fieldDeprecated || arg.deprecationReason != null });
      }
      for (const face of type.getInterfaces()) refs.push({ target: face.name, owner: type.name, deprecated: false });
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) refs.push({ target: getNamedType(field.type).name, owner: type.name, deprecated: field.deprecationReason != null });
    } else if (isUnionType(type)) {
      for (const member of type.getTypes()) refs.push({ target: member.name, owner: type.name, deprecated: false });
    }
  }
  return refs;
}

/**
 * The types a schema has retired: a type cannot carry @deprecated itself, so it counts as deprecated when
 * every use of it is deprecated, or sits in a type that is itself retired (a connection whose only field
 * returning it is deprecated takes its edge type with it). Root types are never retired.
 */
export function retiredTypes(schema) {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t.name));
  const refs = references(schema);
  const byTarget = new Map();
  for (const ref of refs) {
    if (!byTarget.has(ref.target)) byTarget.set(ref.target, []);
    byTarget.get(ref.target).push(ref);
  }
  const retired = new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, uses] of byTarget) {
      if (retired.has(name) || roots.has(name) || isSpecifiedScalarType(schema.getType(name))) continue;
      if (uses.every((use) => use.deprecated || use.owner === name || retired.has(use.owner))) {
        retired.add(name);
        changed = true;
      }
    }
  }
  return retired;
}

/**
 * True when the element at `path` exists in `schema` and is deprecated there: marked @deprecated itself,
 * an argument of a deprecated field, or anything in a retired type (see `retiredTypes`).
 */
export function isDeprecatedIn(schema, path, retired = retiredTypes(schema)) {
  if (!path) return false;
  const [typeName, member, argName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type) return false;
  if (retired.has(typeName)) return true;
  if (member === undefined) return false;
  if (isEnumType(type)) return argName === undefined && type.getValue(member)?.deprecationReason != null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (field.deprecationReason != null) return true;
    if (argName === undefined) return false;
    return field.args.find((arg) => arg.name === argName)?.deprecationReason != null;
  }
  if (isInputObjectType(type)) return argName === undefined && type.getFields()[member]?.deprecationReason != null;
  return false;
}
