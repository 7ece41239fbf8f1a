// jest's runtime, compiling each module as a vm.Script instead of with vm.compileFunction.
//
// Every test file gets a fresh module registry in a fresh vm context, so a worker loads graphql, MikroORM,
// Apollo and the kernel again for each file it runs. compileFunction bypasses V8's per-process compilation
// cache, so each of those loads parsed and compiled every module (and each function as first called) anew;
// a Script of the same source and file name is found in that cache, with the functions already compiled,
// whichever context runs it. The wrapper is the function compileFunction would have made, on the module's
// first line, so line numbers in stack traces and coverage stay the same.
//
// It also keeps, per worker, what jest would redo for every test file: the sources of the modules that do not
// change during a run (installed packages, the workspaces' build output), read from disk once instead of some
// 2,000 times a file; each module's transformed code; and each compiled wrapper, used again while its source is
// the same. Each file still runs every module afresh in its own context: only the compiled code is shared.
const fs = require('node:fs');
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/**
 * Files that do not change while the tests run: installed packages and the workspaces' build output (`npm test`
 * builds before jest starts). Test files and the sources SWC compiles are read afresh, as jest does.
 */
const UNCHANGING = /[\\/](node_modules|dist)[\\/]/;
const sources = new Map();
/** Each module's transformed code, by file, with the source and settings it was made from. */
const transforms = new Map();
/** Each module's compiled wrapper, by file, with its source: a Script runs in any context, so one per worker will do. */
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

  // jest transforms (or, for a package, passes through) each module again for every test file, hashing its whole
  // source for the transform cache's key on the way: the answer for the same source, project and options is kept.
  transformFile(filename, options) {
    const source = this.readFile(filename);
    if (options?.isInternalModule) return source;
    const key = `${this._config.id}\0${JSON.stringify(options ?? {})}`;
    const kept = transforms.get(filename);
    if (kept?.source === source && kept.key === key) {
      this._fileTransforms.set(filename, kept.transformed);
      if (kept.transformed.sourceMapPath) this._sourceMapRegistry.set(filename, kept.transformed.sourceMapPath);
      return kept.transformed.code;
    }
    const code = super.transformFile(filename, options);
    transforms.set(filename, { source, key, transformed: this._fileTransforms.get(filename) });
    return code;
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
        scripts.set(filename, compiled);
      }
      return compiled.script.runInContext(vmContext, { filename });
    } catch (error) {
      // A syntax error surfaces as jest reports it for compileFunction.
      return super.createScriptFromCode(scriptSource, filename);
    }
  }
}

module.exports = CompileCacheRuntime;
