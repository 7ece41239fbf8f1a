// TypeScript for jest through SWC (@swc/jest): each file compiled on its own, as `isolatedModules` promises,
// with the settings of its tsconfig that change the emitted code (target, class fields, legacy decorators and
// their metadata, which type-graphql and MikroORM read), and no type-check: the tests' types are checked once
// per run instead (jest/check-test-types.mjs). ts-jest did the same through TypeScript's transpileModule at
// about ten times the CPU, which a fresh checkout (CI) pays for every file it has not compiled before.
const ts = require('typescript');

/** The compiler options of `tsconfig`, its `extends` followed. */
function compilerOptions(tsconfig) {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    },
  };
  return ts.getParsedCommandLineOfConfigFile(tsconfig, {}, host).options;
}

/**
 * SWC options that emit what `tsc` would for `tsconfig`, as CommonJS for jest, for TypeScript files (`ts`),
 * TypeScript with JSX (`tsx`) or the JavaScript of an ES-module dependency (`js`).
 */
function swcOptions(tsconfig, kind = 'ts') {
  const options = compilerOptions(tsconfig);
  const target = options.target ?? ts.ScriptTarget.ES2022;
  const decorators = Boolean(options.experimentalDecorators);
  return {
    jsc: {
      target: ts.ScriptTarget[target].toLowerCase(),
      parser: kind === 'js' ? { syntax: 'ecmascript', jsx: true } : { syntax: 'typescript', tsx: kind === 'tsx', decorators },
      transform: {
        legacyDecorator: decorators,
        decoratorMetadata: Boolean(options.emitDecoratorMetadata),
        // TypeScript's default: define semantics from ES2022 on.
        useDefineForClassFields: options.useDefineForClassFields ?? target >= ts.ScriptTarget.ES2022,
        ...(kind === 'ts' ? {} : { react: { runtime: 'automatic' } }),
      },
      keepClassNames: true,
    },
    // As TypeScript emits it: node16 modules keep `import()` (a test may load an .mjs script), CommonJS ones make it a require.
    module: { type: 'commonjs', ignoreDynamic: [ts.ModuleKind.Node16, ts.ModuleKind.NodeNext].includes(options.module) },
    sourceMaps: 'inline',
  };
}

/** The jest `transform` entry compiling TypeScript with the settings of `tsconfig`. */
module.exports = function tsTransform(tsconfig) {
  return ['@swc/jest', swcOptions(tsconfig)];
};
module.exports.swcOptions = swcOptions;
