// The cache of composed supergraphs: the same SDL composes once outside production; a changed subgraph, a
// damaged entry or production composes again; a failed composition is never kept.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compositionCache, compositionKey } from './composition-cache';
import { composeSupergraph, SupergraphFileError } from './supergraph-file';

const ACCOUNTS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { me: User }
type User @key(fields: "id") { id: ID! name: String }`;
const BOOKINGS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Booking @key(fields: "id") { id: ID! }
type User @key(fields: "id") { id: ID! bookings: [Booking!]! }`;
const subgraphs = (bookings = BOOKINGS) => [
  { name: 'bookings', url: 'http://127.0.0.1:4103/graphql', typeDefs: bookings },
  { name: 'accounts', url: 'http://127.0.0.1:4101/graphql', typeDefs: ACCOUNTS },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'composition-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entries = () => readdirSync(dir).filter((f) => f.endsWith('.graphql'));
const keyOf = (list: ReturnType<typeof subgraphs>) => compositionKey([...list].sort((a, b) => a.name.localeCompare(b.name)));

describe('the cache of composed supergraphs', () => {
  it('keeps a composition and answers the same SDL from it, whatever the order of the subgraphs', () => {
    const cache = compositionCache({}, dir)!;
    const composed = composeSupergraph(subgraphs(), cache);
    expect(composed).toContain('type Booking');
    expect(entries()).toEqual([`${keyOf(subgraphs())}.graphql`]);
    // What is read back is the entry, not a new composition: an entry put there by hand (with its checksum) is answered.
    const body = composed.replace('type Booking', 'type Booking # from the cache');
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    writeFileSync(path.join(dir, entries()[0]), `# sha256 ${createHash('sha256').update(body).digest('hex')}\n${body}`);
    expect(composeSupergraph([...subgraphs()].reverse(), cache)).toBe(body);
  });

  it('composes again for a changed subgraph, and for an entry that was cut short or edited', () => {
    const cache = compositionCache({}, dir)!;
    const first = composeSupergraph(subgraphs(), cache);
    const changed = composeSupergraph(subgraphs(`${BOOKINGS}\ntype Query { booking(id: ID!): Booking }`), cache);
    expect(changed).toContain('booking(id: ID!): Booking');
    expect(entries()).toHaveLength(2);

    const file = path.join(dir, `${keyOf(subgraphs())}.graphql`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    expect(cache.read(keyOf(subgraphs()))).toBeUndefined();
    expect(composeSupergraph(subgraphs(), cache)).toBe(first);
    writeFileSync(file, readFileSync(file, 'utf8').replace('type Booking', 'type Bookings'));
    expect(composeSupergraph(subgraphs(), cache)).toBe(first);
  });

  it('keeps nothing in production, and never a composition that failed', () => {
    expect(compositionCache({ NODE_ENV: 'production' }, dir)).toBeUndefined();
    const cache = compositionCache({}, dir)!;
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type User @key(fields: "id") { id: ID! name: Int }`;
    expect(() => composeSupergraph(subgraphs(clash), cache)).toThrow(SupergraphFileError);
    expect(entries()).toEqual([]);
  });

  it('uses no folder that others may write to', () => {
    const cache = compositionCache({}, dir)!;
    const composed = composeSupergraph(subgraphs(), cache);
    chmodSync(dir, 0o777);
    expect(cache.read(keyOf(subgraphs()))).toBeUndefined();
    chmodSync(dir, 0o700);
    expect(cache.read(keyOf(subgraphs()))).toBe(composed);
  });

  it('leaves no partial file behind when it cannot write, and still answers the composition', () => {
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const cache = compositionCache({}, blocked)!;
    expect(composeSupergraph(subgraphs(), cache)).toContain('type Booking');
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
