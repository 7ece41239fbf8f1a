// `npm run build`: the server packages (tsc -b) and the client kit and the three apps (code generation, one
// type-check of the four, Vite). Each step is mostly one busy thread, so steps that do not need each other run side
// by side: the generated code of the kit and the apps (one process, scripts/generate-client-code.mjs) beside tsc,
// then the apps' bundles and the type-check of the kit and the apps in one process (scripts/typecheck-clients.mjs).
// The only server package the apps read is @caregraph/demo-data (the dashboard does), so tsc builds it first, alone,
// and the dashboard's bundle and the type-check run beside the rest of tsc instead of after it (the rest then finds
// it up to date).
// A step's output is printed when it ends, in one piece; the first failure stops the steps still running and fails
// the build. `npm run build -w <app>` still builds one app alone, with its own type-check.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const script = (name, workspace) => [npm, ['run', name, '--silent', '-w', workspace]];
const node = (...args) => [process.execPath, args];
const tsc = (tsconfig) => node(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', tsconfig);

/** name → command and the steps it waits for. */
const STEPS = {
  'demo data': { command: tsc('subgraphs/demo-data/tsconfig.build.json'), after: [] },
  server: { command: tsc('tsconfig.build.json'), after: ['demo data'] },
  'client code': { command: node(path.join(root, 'scripts', 'generate-client-code.mjs')), after: [] },
  web: { command: script('bundle', '@caregraph/web'), after: ['client code'] },
  therapist: { command: script('bundle', '@caregraph/therapist'), after: ['client code'] },
  admin: { command: script('bundle', '@caregraph/admin'), after: ['client code', 'demo data'] },
  'client types': { command: node(path.join(root, 'scripts', 'typecheck-clients.mjs')), after: ['client code', 'demo data'] },
};

const running = new Set();
let failed = false;

function run(name, [command, args]) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => reject(new Error(`${name}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (output.trim() && !(failed && signal)) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      if (code === 0) resolve();
      else reject(new Error(`build step ${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

const done = {};
for (const [name, step] of Object.entries(STEPS)) {
  done[name] = Promise.all(step.after.map((before) => done[before])).then(() => {
    if (failed) throw new Error('stopped');
    return run(name, step.command);
  });
}

try {
  await Promise.all(Object.values(done));
} catch (error) {
  failed = true;
  for (const child of running) child.kill('SIGTERM');
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
