import { lstatSync } from 'node:fs';

/**
 * Whether `dir` is a real folder of this user that nobody else may write to (not a symbolic link, owned by this
 * uid, no group or other write bit). What a process reads back from a cache there decides what it runs, so a
 * folder another user made or can write to must not feed it.
 */
export function isOwnFolder(dir: string): boolean {
  try {
    const stats = lstatSync(dir);
    return stats.isDirectory() && (process.getuid === undefined || stats.uid === process.getuid()) && (stats.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
