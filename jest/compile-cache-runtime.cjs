// jest's runtime, compiling each module as a vm.Script instead of with vm.compileFunction.
//
// Every test file gets a fresh module registry in a fresh vm context, so a worker loads graphql, MikroORM,
// Apollo and the kernel again for each file it runs. compileFunction bypasses V8's per-process compilation
// cache, so each of those loads parsed and compiled every module (and each function as first called) anew;
// a Script of the same source and file name is found in that cache, with the functions already compiled,
// whichever context runs it. The wrapper is the function compileFunction would have made, on the module's
// first line, so line numbers in stack traces and coverage stay the same.
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

class CompileCacheRuntime extends Runtime {
  createScriptFromCode(scriptSource, filename) {
    const vmContext = this._environment.getVmContext();
    if (vmContext == null) return null;
    // Core modules keep jest's own path (their source is not the module's file).
    if (this._resolver.isCoreModule(filename)) return super.createScriptFromCode(scriptSource, filename);
    const parameters = this.constructInjectedModuleParameters();
    try {
      const script = new vm.Script(`(function (${parameters.join(', ')}) {${scriptSource}\n})`, {
        filename,
        importModuleDynamically: async (specifier) => {
          const module = await this.resolveModule(specifier, filename, vmContext);
          return this.linkAndEvaluateModule(module);
        },
      });
      return script.runInContext(vmContext, { filename });
    } catch (error) {
      // A syntax error surfaces as jest reports it for compileFunction.
      return super.createScriptFromCode(scriptSource, filename);
    }
  }
}

module.exports = CompileCacheRuntime;
