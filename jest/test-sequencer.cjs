// The order jest hands test files to its workers. Jest runs the longest files first when its cache
// knows how long they took; a fresh checkout (CI) has no cache, and jest then goes by file size,
// which puts the few files that start the whole platform or a browser among the rest. One of them
// started last runs on alone while the other worker has nothing left: a minute or more of one idle
// core. Files without a recorded time therefore go heaviest first: a browser on the whole platform,
// then the whole platform, then the rest, larger first. A file that runs suites (`import './x.suite'`, or
// `require('./x.suite')` inside a describe block) is weighed and sized with them. Files with a recorded
// time keep jest's order.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/** What a file starts, as far as its source tells (the helpers named here are the ones that do). */
const HEAVY = [
  { weight: 2, pattern: /\bchromium\b/ },
  { weight: 1, pattern: /\bstartPlatformProcess\(|\bsharedTestPlatform\(|\bapiPlatform\(|\bappsPlatform\(|\breplicasPlatform\(|\bproductionPlatform\(|scripts\/start\.mjs/ },
];

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/**
 * The suites the test file of `source` at `file` runs, as absolute paths without their extension: its relative
 * imports and requires of `*.suite` files, not what a comment names. test/suites-run.test.ts uses it too.
 */
function suitesRunBy(file, source = read(file)) {
  const code = source.replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+\.suite)['"]|\brequire\(['"](\.{1,2}\/[^'"]+\.suite)['"]\)/gm)]
    .map((match) => path.resolve(path.dirname(file), match[1] ?? match[2]));
}

/** The file's source and that of the suites it runs. */
function sourceWithSuites(file) {
  const source = read(file);
  return [source, ...suitesRunBy(file, source).map((suite) => read(`${suite}.ts`) || read(`${suite}.tsx`))].join('\n');
}

function weight(source) {
  return HEAVY.reduce((sum, { weight, pattern }) => sum + (pattern.test(source) ? weight : 0), 0);
}

class HeaviestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimed = sorted.filter((test) => test.duration == null);
    if (!untimed.length) return sorted;
    const sources = new Map(untimed.map((test) => [test, sourceWithSuites(test.path)]));
    const weights = new Map(untimed.map((test) => [test, weight(sources.get(test))]));
    const reordered = [...untimed].sort((a, b) => weights.get(b) - weights.get(a) || sources.get(b).length - sources.get(a).length);
    let next = 0;
    return sorted.map((test) => (test.duration == null ? reordered[next++] : test));
  }
}

module.exports = HeaviestFirstSequencer;
module.exports.suitesRunBy = suitesRunBy;
