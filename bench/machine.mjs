// npm run bench:machine [-- --rounds N]: this machine's speed right now, in one line: the fixed loop on one core
// and the cost of a page fault (bench/lib/machine-speed.mjs). CI prints it before and after `npm test`, so a slow
// run can be told from a slow machine: on the same 2-core machine the suite's time has followed the page fault's
// cost (1.7 µs on a day jest took 259 s, 12 µs on days it took 500–540 s) with the loop within 10 %.
import { machineSpeed } from './lib/machine-speed.mjs';
import { fixed } from './lib/results.mjs';
import { parseRoundsOption } from './lib/rounds-option.mjs';

const USAGE = 'usage: npm run bench:machine [-- --rounds N]   (medians of N rounds of each, N from 1 to 100, default 5)';
const { loopMs, faultMicros } = machineSpeed(parseRoundsOption(process.argv.slice(2), { usage: USAGE, fallback: 5 }));
process.stdout.write(`machine speed: the fixed loop took ${fixed(loopMs, 0)} ms on one core; a page fault took ${fixed(faultMicros, 1)} µs\n`);
