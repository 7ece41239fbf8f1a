import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@caregraph/kernel';

/** A running file watch; `close` stops it. */
export interface SupergraphWatch {
  close(): void;
}

/**
 * Watches the supergraph file and calls `onChange` with its new content when it changes
 * (development hot reload). The folder is watched rather than the file, so editors and scripts
 * that replace the file by renaming are still seen; bursts of events are debounced and an
 * unchanged content is ignored. A failed update is logged and the previous graph stays served.
 */
export function watchSupergraph(
  supergraphPath: string,
  initial: string,
  onChange: (supergraphSdl: string) => void,
  logger: Logger,
  debounceMs = 150,
): SupergraphWatch {
  const file = path.basename(supergraphPath);
  let current = initial;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const reload = async () => {
    let next: string;
    try {
      next = await readFile(supergraphPath, 'utf8');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'supergraph file unreadable; keeping the current graph');
      return;
    }
    if (closed || next === current || next.trim() === '') return;
    try {
      onChange(next);
      current = next;
      logger.info({ supergraphPath }, 'supergraph reloaded');
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'supergraph reload failed; keeping the current graph');
    }
  };

  const watcher: FSWatcher = watch(path.dirname(supergraphPath), (_event, changed) => {
    if (changed !== null && changed.toString() !== file) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  });
  watcher.on('error', (error) => logger.warn({ err: error.message }, 'supergraph watch failed'));
  watcher.unref();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
