// How fast this machine is right now: a fixed piece of JavaScript, and the cost of a page fault, each timed. The
// same 2-core machine has run the whole test suite in 272 s one day and 520 s another with the same code, so a
// run's time alone cannot tell a slower commit from a slower day. A results block that carries these figures,
// taken while the machine is otherwise idle, can. The loop sees only the processor; on this machine the slow days
// were days of dear page faults (12 µs each against 1.5–1.8 µs), with the loop the same within 10 %.
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

const PAGE_BYTES = 4096;
const FAULT_BUFFER_BYTES = 256 * 1024 * 1024;

/** Microseconds to touch one fresh page: 256 MiB newly mapped, one byte written per 4 KiB page. */
function pageFaultOnce() {
  const started = process.hrtime.bigint();
  // Unpooled and not zero-filled: the memory is mapped for this buffer and each page faults on its first write.
  const buffer = Buffer.allocUnsafeSlow(FAULT_BUFFER_BYTES);
  for (let at = 0; at < FAULT_BUFFER_BYTES; at += PAGE_BYTES) buffer[at] = 1;
  return Number(process.hrtime.bigint() - started) / 1e3 / (FAULT_BUFFER_BYTES / PAGE_BYTES);
}

/** The median microseconds of a page fault (a first write to a fresh page) over `rounds` rounds of 65,536 pages. */
export function pageFaultMicros(rounds = 5) {
  const times = [];
  for (let round = 0; round < rounds; round++) times.push(pageFaultOnce());
  return median(times);
}

/** Both figures, taken one after the other (medians of `rounds` each): what a results block or CI's log records of the machine. */
export function machineSpeed(rounds = 5) {
  return { loopMs: referenceLoopMs(rounds), faultMicros: pageFaultMicros(rounds) };
}
