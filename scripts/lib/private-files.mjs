// Secrets on disk (private keys, key-encryption keys) are for the user that runs the service only:
// files 0600 in folders 0700. Used by `npm run keys` and by `npm start` for the keys it keeps.
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

/** Mode of a private key or secret file: read and write for its owner, nothing for anyone else. */
export const PRIVATE_FILE_MODE = 0o600;
/** Mode of a folder holding private keys. */
export const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` (and parents) if missing and makes it 0700 even if it existed with a wider mode. */
export function privateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Writes `content` to `file` as 0600 (the mode is set again: `writeFileSync`'s mode only applies to a new file). */
export function writePrivateFile(file, content) {
  writeFileSync(file, content, { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes an existing secret 0600 (repairs files an earlier version left readable by everyone). */
export function tightenPrivateFile(file) {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Parses `--owner=UID[:GID]`: the numeric user (and group) the service runs as, when that is not the user
 * running the script (the containers run as uid 1000). Returns null when not given; throws on anything else.
 */
export function parseOwner(value) {
  if (value === undefined) return null;
  const match = /^(\d+)(?::(\d+))?$/.exec(value);
  if (!match) throw new Error(`--owner must be a numeric uid or uid:gid (the user the service runs as, e.g. 1000:1000), got "${value}"`);
  const uid = Number(match[1]);
  return { uid, gid: match[2] === undefined ? uid : Number(match[2]) };
}

/** Hands `paths` to `owner` (needs the right to, e.g. `sudo`); does nothing without an owner. */
export function chownAll(paths, owner) {
  if (!owner) return;
  for (const p of paths) chownSync(p, owner.uid, owner.gid);
}
