// Every list in the public graph must be sized for the cost estimate: by a `first`/`last`/`limit`
// argument, as a list of a page or connection such a field returns, or by a rule in LIST_SIZES.
// A new list field without one fails here, naming it.
import { SIZING_ARGUMENTS } from '@caregraph/kernel';
import { getNamedType, getNullableType, isInterfaceType, isLeafType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { repositoryGraph } from '../test/repository-operations';
import { AVAILABILITY_MAX_DAYS, AVAILABILITY_SLOTS_PER_DAY, LIST_SIZES } from './list-sizes';

const sized = (field: GraphQLField<unknown, unknown>) => field.args.some((arg) => (SIZING_ARGUMENTS as readonly string[]).includes(arg.name));

/** Every field of an object or interface type, as `Type.field` beside the field. */
function fieldsOf(schema: GraphQLSchema): Array<[string, GraphQLField<unknown, unknown>]> {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))
    .flatMap((type) => Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map((f) => [`${type.name}.${f.name}`, f] as [string, GraphQLField<unknown, unknown>]));
}

describe('list sizes for the cost estimate', () => {
  const { api } = repositoryGraph();
  const fields = fieldsOf(api);
  const isObjectList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
  // Types whose lists a sizing argument sizes: the connections and pages returned by such fields.
  const pages = new Set(fields.filter(([, f]) => sized(f) && !isListType(getNullableType(f.type))).map(([, f]) => getNamedType(f.type).name));

  it('has a rule for every list of objects that no argument sizes', () => {
    const unsized = fields
      .filter(([name, f]) => isObjectList(f) && !sized(f) && !pages.has(name.split('.')[0]))
      .map(([name]) => name)
      .filter((name) => !LIST_SIZES[name]);
    expect(unsized).toEqual([]);
  });

  it('has no rule for a field that is gone, is not a list, or is sized by its arguments', () => {
    const byName = new Map(fields);
    const stale = Object.keys(LIST_SIZES).filter((name) => {
      const field = byName.get(name);
      return !field || !isObjectList(field) || sized(field) || pages.has(name.split('.')[0]);
    });
    expect(stale).toEqual([]);
  });

  it('names time-range arguments the field has', () => {
    const byName = new Map(fields);
    const wrong = Object.entries(LIST_SIZES).flatMap(([name, rule]) => {
      if (rule.kind !== 'timeRange') return [];
      const args = byName.get(name)?.args.map((a) => a.name) ?? [];
      return [rule.from, rule.to].filter((arg) => !args.includes(arg)).map((arg) => `${name}(${arg})`);
    });
    expect(wrong).toEqual([]);
  });

  it('tells integrators what availability costs, with the numbers the estimate uses', () => {
    const description = fieldsOf(api).find(([name]) => name === 'Therapist.availability')?.[1].description ?? '';
    expect(description).toContain(`Query cost: ${AVAILABILITY_SLOTS_PER_DAY} per day`);
    expect(description).toContain(`at most ${AVAILABILITY_MAX_DAYS} days apart`);
  });
});
