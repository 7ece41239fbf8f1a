// jest's runtime, compiling each module as a vm.Script instead of with vm.compileFunction.
//
// Every test file gets a fresh module registry in a fresh vm context, so a worker loads graphql, MikroORM,
// Apollo and the kernel again for each file it runs. compileFunction bypasses V8's per-process compilation
// cache, so each of those loads parsed and compiled every module (and each function as first called) anew;
// a Script of the same source and file name is found in that cache, with the functions already compiled,
// whichever context runs it. The wrapper is the function compileFunction would have made, on the module's
// first line, so line numbers in stack traces and coverage stay the same.
//
// The modules that do not change during a run (installed packages, the workspaces' build output) are read and
// compiled once per worker, not once per test file: jest keeps what it read in a map of the file's own, so every
// file opened and read some 2,000 modules again, and built each wrapper's source anew for V8 to look up. Each
// file still runs every module afresh in its own context: only the compiled wrapper is shared.
const fs = require('node:fs');
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/**
 * Files that do not change while the tests run: installed packages and the workspaces' build output (`npm test`
 * builds before jest starts). Test files and the sources ts-jest compiles are read and compiled afresh, as jest does.
 */
const UNCHANGING = /[\\/](node_modules|dist)[\\/]/;
const sources = new Map();
/** Each unchanging module's compiled wrapper, by file: a Script runs in any context, so one per worker will do. */
const scripts = new Map();
/** The runtime of the test file this worker runs now (a worker runs one at a time). */
let activeRuntime;

class CompileCacheRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    activeRuntime = this;
  }

  readFile(filename) {
    if (!UNCHANGING.test(filename)) return super.readFile(filename);
    let source = sources.get(filename);
    if (source === undefined) {
      source = fs.readFileSync(filename, 'utf8');
      sources.set(filename, source);
    }
    return source;
  }

  createScriptFromCode(scriptSource, filename) {
    const vmContext = this._environment.getVmContext();
    if (vmContext == null) return null;
    // Core modules keep jest's own path (their source is not the module's file).
    if (this._resolver.isCoreModule(filename)) return super.createScriptFromCode(scriptSource, filename);
    const parameters = this.constructInjectedModuleParameters().join(', ');
    try {
      let compiled = scripts.get(filename);
      if (compiled?.source !== scriptSource || compiled.parameters !== parameters) {
        const script = new vm.Script(`(function (${parameters}) {${scriptSource}\n})`, {
          filename,
          // The file that runs the module now, not the one it was first compiled for.
          importModuleDynamically: async (specifier) => {
            const runtime = activeRuntime;
            const module = await runtime.resolveModule(specifier, filename, runtime._environment.getVmContext());
            return runtime.linkAndEvaluateModule(module);
          },
        });
        compiled = { source: scriptSource, parameters, script };
        if (UNCHANGING.test(filename)) scripts.set(filename, compiled);
      }
      return compiled.script.runInContext(vmContext, { filename });
    } catch (error) {
      // A syntax error surfaces as jest reports it for compileFunction.
      return super.createScriptFromCode(scriptSource, filename);
    }
  }
}

module.exports = CompileCacheRuntime;
