// The order jest hands test files to its workers. Jest runs the longest files first when its cache
// knows how long they took; a fresh checkout (CI) has no cache, and jest then goes by file size,
// which puts the few files that start the whole platform or a browser among the rest. One of them
// started last runs on alone while the other worker has nothing left: a minute or more of one idle
// core. Files without a recorded time therefore go heaviest first: a browser on the whole platform,
// then the whole platform, then the rest in jest's order. Files with a recorded time keep jest's order.
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

/** What a file starts, as far as its source tells (the helpers named here are the ones that do). */
const HEAVY = [
  { weight: 2, pattern: /\bchromium\b/ },
  { weight: 1, pattern: /\bstartPlatformProcess\(|\bsharedTestPlatform\(|\bapiPlatform\(|\breplicasPlatform\(|\bworkspacePlatform\(|scripts\/start\.mjs/ },
];

function weight(path) {
  let source = '';
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  return HEAVY.reduce((sum, { weight, pattern }) => sum + (pattern.test(source) ? weight : 0), 0);
}

class HeaviestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimed = sorted.filter((test) => test.duration == null);
    if (!untimed.length) return sorted;
    const weights = new Map(untimed.map((test) => [test, weight(test.path)]));
    // Array.prototype.sort is stable: equal weights keep jest's order (failed first, then larger files).
    const reordered = [...untimed].sort((a, b) => weights.get(b) - weights.get(a));
    let next = 0;
    return sorted.map((test) => (test.duration == null ? reordered[next++] : test));
  }
}

module.exports = HeaviestFirstSequencer;
