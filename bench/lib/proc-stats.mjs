// CPU time and peak memory of a process and its children, from the kernel's own accounting
// (/proc/<pid>/stat utime + stime; /proc/<pid>/status VmHWM): far steadier than throughput on a
// shared machine. Linux only, as the bench machines are.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat and /proc/stat times (USER_HZ: 100 on Linux). */
export const TICKS_PER_SECOND = 100;

/** The pid and its descendants, from /proc/<pid>/task/<tid>/children. */
export function processTree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    let tasks = [];
    try {
      tasks = readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      // gone, or not readable
    }
    all.push(...tasks);
  }
  return all;
}

/**
 * What /proc/<pid>/stat says of `pid` (a number, or 'self'): its command name, parent, start time (clock ticks
 * after boot, which tells a reused pid apart), its user + system CPU seconds (threads included), its minor page
 * faults (first touches of memory; dear on some days of a virtual machine), and the CPU of the children it has
 * waited for (reaped). Throws when the process is gone.
 */
export function processStat(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, inside parentheses).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    parent: Number(fields[1]),
    started: fields[19],
    cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
    minorFaults: Number(fields[7]),
    reapedChildrenCpu: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
  };
}

/** User + system CPU seconds used so far by `pid` (its threads included). */
export function cpuSeconds(pid) {
  return processStat(pid).cpu;
}

/** CPU seconds of the whole tree. */
export function treeCpuSeconds(pid) {
  return processTree(pid).reduce((sum, p) => {
    try {
      return sum + cpuSeconds(p);
    } catch {
      return sum;
    }
  }, 0);
}

/** Peak resident memory (VmHWM) of the tree, in MiB: the sum of each process's peak. */
export function treePeakRssMiB(pid) {
  return processTree(pid).reduce((sum, p) => {
    try {
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      return sum + kb / 1024;
    } catch {
      return sum;
    }
  }, 0);
}
