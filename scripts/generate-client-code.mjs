// The browser code `npm run build` generates, in one process: the client kit's enum labels and operation types,
// then each app's operation types and, where it has one, its trusted-documents manifest. Each package's own
// `npm run generate` runs the same tools from their command lines (GraphQL Code Generator with the package's
// codegen.ts, @apollo/generate-persisted-query-manifest with its persisted-query-manifest.config.cjs); here they
// run as libraries, so Node, the code generator and graphql load once instead of six times (about 16 s of CPU
// less for a build). The output is the same, file for file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generate, loadContext } = require('@graphql-codegen/cli');
const { generatePersistedQueryManifest } = require('@apollo/generate-persisted-query-manifest');
// The code generator reads fragments with graphql-tag, which keeps one registry of fragment names per process and
// warns when a name comes again with other fields. Fragment names are unique within each app, not across apps
// (the client app and the dashboard each have a BookingSummary of their own): in one process for all of them, that
// warning is noise. The generated code is the same either way.
createRequire(require.resolve('@graphql-codegen/visitor-plugin-common'))('graphql-tag').disableFragmentWarnings();

/** The workspaces with a codegen.ts (the client kit and the apps), as the root package.json lists them. */
function codegenWorkspaces() {
  const { workspaces = [] } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return workspaces.filter((dir) => existsSync(path.join(root, dir, 'codegen.ts')));
}

/** Operation types from the package's codegen.ts, written as `graphql-codegen --config codegen.ts` in its folder would. */
async function generateOperationTypes(folder) {
  // The code generator resolves the config's globs and output folders from the working directory.
  process.chdir(folder);
  await generate(await loadContext(path.join(folder, 'codegen.ts')), true);
}

/** The package's trusted-documents manifest, as `generate-persisted-query-manifest` in its folder would write it. */
async function generateManifest(folder) {
  const configFile = path.join(folder, 'persisted-query-manifest.config.cjs');
  if (!existsSync(configFile)) return;
  const config = require(configFile);
  const manifest = await generatePersistedQueryManifest(config, configFile);
  writeFileSync(path.join(folder, config.output), JSON.stringify(manifest, null, 2));
  process.stdout.write(`✓ Manifest written to ${path.relative(root, path.join(folder, config.output))} with ${manifest.operations.length} operations.\n`);
}

await import('../clients/kit/scripts/generate-enum-labels.mjs');
for (const dir of codegenWorkspaces()) {
  const folder = path.join(root, dir);
  await generateOperationTypes(folder);
  await generateManifest(folder);
}
