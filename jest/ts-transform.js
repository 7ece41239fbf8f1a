// ts-jest as a transpiler: each file compiled on its own (TypeScript's transpileModule, decorator
// metadata included), without the type-check ts-jest would otherwise repeat in every worker and
// project. The tests' types are checked once per run instead (jest/check-test-types.mjs).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const generated = path.join(root, 'node_modules', '.cache', 'caregraph-jest');

/** A tsconfig extending `tsconfig` with isolatedModules, which switches ts-jest to transpiling. */
function transpilingTsconfig(tsconfig) {
  const file = path.join(generated, `${path.relative(root, tsconfig).replace(/[\\/]/g, '__')}`);
  const content = `${JSON.stringify({ extends: tsconfig, compilerOptions: { isolatedModules: true } }, null, 2)}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) {
    fs.mkdirSync(generated, { recursive: true });
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  }
  return file;
}

/** The jest `transform` entry compiling TypeScript with the settings of `tsconfig`. */
module.exports = function tsTransform(tsconfig) {
  return ['ts-jest', { tsconfig: transpilingTsconfig(tsconfig), diagnostics: { ignoreCodes: [151002] } }];
};
