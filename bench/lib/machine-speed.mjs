// How fast one core of this machine is right now: a fixed piece of JavaScript, timed. The same 2-core
// machine has run the whole test suite in 272 s one day and 520 s another with the same code, so a run's time
// alone cannot tell a slower commit from a slower day. A results block that carries this figure, taken while the
// machine is otherwise idle, can.
import { median } from './results.mjs';

/** The fixed work: integer arithmetic in one loop (no allocation, no I/O), about 0.4 s on a 2.1 GHz EPYC core. */
function referenceLoop() {
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) % 1_000_003;
  return x;
}

/** The median milliseconds of `rounds` runs of the reference loop (the first run warms the JIT and is not counted). */
export function referenceLoopMs(rounds = 5) {
  referenceLoop();
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    referenceLoop();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}
