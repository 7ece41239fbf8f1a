import { DIRECTORY_TAG, DIRECTORY_TIMES_TAG, listingTag, setBounded, timesTag } from '@caregraph/kernel';
import {
  buildASTSchema,
  getNamedType,
  isCompositeType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

/** What an operation may be cached for: the shortest `maxAge` of the fields it touches, and the tags that purge it. */
export interface CachePolicy {
  /** Seconds; 0: not cached (a field without a hint, a PRIVATE hint, or a hint of 0). */
  maxAge: number;
  tags: string[];
}

/** The operation's shape, worked out once per document: its variables only fill in the listing ids. */
interface DocumentPolicy {
  maxAge: number;
  /** The subgraph owning the diary answered part of it: schedule changes purge it too. */
  readsTimes: boolean;
  /** Root fields reading the whole directory. */
  directory: boolean;
  /** `therapist(id:)` arguments, to tag by listing. */
  listingIds: ValueNode[];
}

/** The subgraph whose fields (free times, cancellation policy) a schedule change moves. */
const DIARY_GRAPH = 'BOOKINGS';
/** Root fields that read the directory as a whole, and the root field that reads one listing by `id`. */
const DIRECTORY_ROOTS = new Set(['searchTherapists']);
const LISTING_ROOT = 'therapist';
/** Documents whose shape is remembered (their count is bounded by the persisted/trusted operations in practice). */
const MAX_REMEMBERED = 2000;

interface Hint {
  maxAge: number;
  public: boolean;
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  let maxAge = 0;
  let isPublic = true;
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) maxAge = Number(argument.value.value);
    if (argument.name.value === 'scope' && argument.value.kind === Kind.ENUM) isPublic = argument.value.value === 'PUBLIC';
  }
  return { maxAge, public: isPublic };
}

function typeHint(type: GraphQLNamedType): Hint | undefined {
  return hintOf(type.astNode?.directives);
}

/**
 * A field's hint, as Apollo's cache control reads it: its own; else, for a field of an object type, its
 * type's; else a leaf (scalar, enum) inherits from its parent and does not restrict. A root field or a
 * field of an object type without either is not cacheable: no hint, no cache.
 */
function fieldLimit(field: GraphQLField<unknown, unknown>, root: boolean): number {
  const own = hintOf(field.astNode?.directives);
  const named = getNamedType(field.type);
  const hint = own ?? (isCompositeType(named) ? typeHint(named) : undefined);
  if (hint) return hint.public ? hint.maxAge : 0;
  return root || isCompositeType(named) ? 0 : Infinity;
}

function ownedByDiary(field: GraphQLField<unknown, unknown>): boolean {
  return Boolean(
    field.astNode?.directives?.some(
      (d) =>
        d.name.value === 'join__field' &&
        d.arguments?.some((a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM && a.value.value === DIARY_GRAPH) &&
        !d.arguments?.some((a) => a.name.value === 'external' && a.value.kind === Kind.BOOLEAN && a.value.value),
    ),
  );
}

/**
 * The cache policies of operations against the supergraph's hints (`@cacheControl`, composed from the
 * subgraphs): every field counts, in every fragment of the document, whatever `@skip`/`@include` say.
 */
export class CachePolicies {
  private readonly schema: GraphQLSchema;
  private readonly remembered = new Map<string, DocumentPolicy>();

  constructor(supergraphSdl: string) {
    this.schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  }

  /** The policy of one request: `documentKey` names the document (its hash), `variables` fill in listing ids. */
  policyOf(documentKey: string, document: DocumentNode, variables: Record<string, unknown> | undefined): CachePolicy {
    let shape = this.remembered.get(documentKey);
    if (!shape) {
      shape = this.shapeOf(document);
      setBounded(this.remembered, documentKey, shape, MAX_REMEMBERED);
    }
    if (shape.maxAge <= 0) return { maxAge: 0, tags: [] };
    const tags = new Set<string>();
    if (shape.directory) {
      tags.add(DIRECTORY_TAG);
      if (shape.readsTimes) tags.add(DIRECTORY_TIMES_TAG);
    }
    for (const node of shape.listingIds) {
      const id = node.kind === Kind.VARIABLE ? variables?.[node.name.value] : node.kind === Kind.STRING ? node.value : undefined;
      // An id the cache cannot name could not be purged: not cached.
      if (typeof id !== 'string') return { maxAge: 0, tags: [] };
      tags.add(listingTag(id));
      if (shape.readsTimes) tags.add(timesTag(id));
    }
    return { maxAge: shape.maxAge, tags: [...tags].sort() };
  }

  private shapeOf(document: DocumentNode): DocumentPolicy {
    const shape: DocumentPolicy = { maxAge: Infinity, readsTimes: false, directory: false, listingIds: [] };
    const typeInfo = new TypeInfo(this.schema);
    const queryType = this.schema.getQueryType();
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition(node) {
          if (node.operation !== 'query') shape.maxAge = 0;
        },
        Field(node) {
          if (node.name.value === '__typename') return;
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent) {
            shape.maxAge = 0;
            return;
          }
          const root = parent === queryType;
          shape.maxAge = Math.min(shape.maxAge, fieldLimit(field, root));
          if (ownedByDiary(field)) shape.readsTimes = true;
          if (!root) return;
          if (DIRECTORY_ROOTS.has(field.name)) shape.directory = true;
          else if (field.name === LISTING_ROOT) {
            const id = node.arguments?.find((a) => a.name.value === 'id')?.value;
            if (id) shape.listingIds.push(id);
            else shape.maxAge = 0;
          }
        },
      }),
    );
    // Infinity: nothing but `__typename` was asked; not worth a cache entry.
    return { ...shape, maxAge: Number.isFinite(shape.maxAge) ? shape.maxAge : 0 };
  }
}
