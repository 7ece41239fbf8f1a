// The schema is the integrators' reference documentation (docs/architecture.md#conventions): every public type,
// field, argument, enum value, input field and scalar of the graph they see has a description, and every
// deprecation names its replacement ("Use `Type.field` …"). Read from the committed supergraph.
import { buildSchema } from 'graphql';
import { committedApiSchema, committedSubgraphSchemas } from './support/api-schema';
import { declaredIn, documentationGaps, type DocumentationGap } from './support/schema-documentation';

/** One line per gap, saying where to fix it. */
function report(gaps: DocumentationGap[]): string {
  const subgraphs = committedSubgraphSchemas();
  const lines = gaps.map((gap) => {
    const where = declaredIn(gap.coordinate, subgraphs);
    const reason = gap.reason === undefined ? '' : ` (reason: "${gap.reason}")`;
    return `  - ${gap.coordinate}: ${gap.problem}${reason}${where.length ? ` [declared in ${where.join(', ')}]` : ''}`;
  });
  return (
    `${gaps.length} part(s) of the public graph break the documentation rules:\n${lines.join('\n')}\n` +
    'Add a description in the subgraph code (type-graphql `description:`), give every deprecation a reason that ' +
    'says "Use `Type.field` …", then run `npm run schema`. Root types (Query, Mutation) have no type-graphql ' +
    'option: give them one description, the same in every subgraph, where the runtime builds the schema ' +
    '(subgraphs/runtime/src/schema/federation.ts), so composition keeps it.'
  );
}

describe('schema documentation', () => {
  it('describes every public type, field, argument, enum value, input field and scalar, and names a replacement for every deprecation', () => {
    const gaps = documentationGaps(committedApiSchema());
    if (gaps.length) throw new Error(report(gaps));
  });

  describe('the check itself', () => {
    const sample = buildSchema(`
      """Root."""
      type Query {
        """Described."""
        listing(
          """Described."""
          id: ID!
          undocumentedArg: Int
        ): Listing
        undocumentedField: String
      }
      """A listing."""
      type Listing {
        """Where it is."""
        city: String @deprecated(reason: "Use \`location\`: it carries the postcode district too.")
        """Where it is."""
        town: String @deprecated
        """Where it is."""
        place: String @deprecated(reason: "Use \`Nowhere.field\` instead.")
        """Where it is."""
        location: String
      }
      type Undocumented { """Described.""" id: ID }
      """Colours."""
      enum Colour { """Red.""" RED BLUE }
      """Input."""
      input Filter { colour: Colour """Described.""" oldColour: Colour @deprecated(reason: "Use \`Filter.colour\`.") }
      scalar Postcode
      """Postcode district."""
      scalar Outward
    `);

    it('finds every kind of gap, each by its schema coordinate', () => {
      expect(documentationGaps(sample)).toEqual([
        { coordinate: 'Colour.BLUE', problem: 'no description' },
        { coordinate: 'Filter.colour', problem: 'no description' },
        { coordinate: 'Listing.town', problem: 'deprecated without naming a replacement', reason: 'No longer supported' },
        { coordinate: 'Listing.place', problem: 'deprecated without naming a replacement', reason: 'Use `Nowhere.field` instead.' },
        { coordinate: 'Postcode', problem: 'no description' },
        { coordinate: 'Query.listing(undocumentedArg:)', problem: 'no description' },
        { coordinate: 'Query.undocumentedField', problem: 'no description' },
        { coordinate: 'Undocumented', problem: 'no description' },
      ]);
    });

    it('names the subgraphs that declare the part at fault', () => {
      const subgraphs = { a: sample, b: buildSchema('type Query { other: String }') };
      expect(declaredIn('Query.listing(undocumentedArg:)', subgraphs)).toEqual(['a']);
      expect(declaredIn('Query', subgraphs)).toEqual(['a', 'b']);
      expect(declaredIn('Colour.BLUE', subgraphs)).toEqual(['a']);
    });
  });
});
