// Every test file of a jest worker runs its modules afresh, and each AsyncLocalStorage they enable
// (the kernel's request deadline, MikroORM's request context, …) stays on Node's list of enabled
// storages for the rest of the worker's life, with the module registry it belongs to. Node calls every
// one of them for every promise and other async resource made after it, so a worker's hundredth file
// made each promise a hundred times dearer than its first, and kept every earlier file's modules alive.
// This records the storages a file enables and disables them once the file is done.
const { AsyncLocalStorage } = require('node:async_hooks');

const PATCHED = Symbol.for('caregraph.jest.trackedAsyncLocalStorage');
/** The storages enabled during the file now running (one file at a time per worker). */
let enabledDuringFile;

if (!AsyncLocalStorage.prototype[PATCHED]) {
  const enable = AsyncLocalStorage.prototype._enable;
  if (typeof enable !== 'function') throw new Error('AsyncLocalStorage has no _enable: revisit jest/release-async-local-storages.cjs for this Node version');
  AsyncLocalStorage.prototype._enable = function trackedEnable(...args) {
    if (!this.enabled) enabledDuringFile?.add(this);
    return enable.apply(this, args);
  };
  AsyncLocalStorage.prototype[PATCHED] = true;
}

/** A jest environment class whose files' storages are disabled at its teardown. */
module.exports = function releasingAsyncLocalStorages(Environment) {
  return class extends Environment {
    async setup() {
      await super.setup();
      this.asyncLocalStorages = new Set();
      enabledDuringFile = this.asyncLocalStorages;
    }

    async teardown() {
      for (const storage of this.asyncLocalStorages ?? []) storage.disable();
      if (enabledDuringFile === this.asyncLocalStorages) enabledDuringFile = undefined;
      await super.teardown();
    }
  };
};
