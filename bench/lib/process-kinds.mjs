// What a process of a test run is, from its command line and name (/proc/<pid>/cmdline and comm): the rows of
// `npm run bench:tests`. Paths are made relative to the repository so that any checkout reads the same.

/** Each kind, tried in order: the first whose test matches names the process. */
const KINDS = [
  ['Chromium', ({ comm, command }) => /chrom/i.test(comm) || /\/chromium\b/.test(command)],
  ['PostgreSQL', ({ comm, command }) => /^postgres/.test(comm) || /\/postgres\b/.test(command.split(' ')[0])],
  ['jest workers', ({ command }) => /jest-worker\/build\/processChild/.test(command)],
  ['jest (main process)', ({ command }) => /\bjest(\.js)?\b/.test(command) && /node_modules\/(\.bin\/jest|jest\/bin)/.test(command)],
  ['gateway', ({ command }) => /gateway\/dist\/main\.js/.test(command)],
  ['delivery worker', ({ command }) => /worker\/dist\/main\.js serve/.test(command)],
  ['subgraphs serving', ({ command }) => /subgraphs\/[a-z-]+\/dist\/main\.js serve/.test(command)],
  ['services\' migrate, seed, sdl and other commands', ({ command }) => /(subgraphs\/[a-z-]+|worker)\/dist\/main\.js \w/.test(command)],
  ['start.mjs (platforms and their app servers)', ({ command }) => /scripts\/start\.mjs/.test(command)],
  ["the tests' type-check", ({ command }) => /check-test-types/.test(command)],
  ['other Node scripts and tools', ({ comm, command }) => comm === 'node' || /^\S*node\s/.test(command)],
];

/** The command line, shortened: the repository's path left out, random hex parts of names (with a digit) as X. */
export function shortCommand(command, root) {
  return command.split(`${root}/`).join('').replace(/(?<![0-9a-z])(?=[a-f]*\d)[0-9a-f]{6,}(?![0-9a-z])/gi, 'X').slice(0, 140).trim();
}

/** The kind of process `{ comm, command }` is (command with arguments space-separated). */
export function processKind(process) {
  return KINDS.find(([, test]) => test(process))?.[0] ?? 'other';
}

/** Every kind, in the order the table lists them when their CPU is equal. */
export const PROCESS_KINDS = [...KINDS.map(([name]) => name), 'other'];
