// `npm run build`: the server packages (tsc -b) and the client kit and the three apps (codegen, type-check,
// Vite). Each step is mostly one busy thread, so steps that do not need each other run side by side:
// the kit beside tsc, the client app and the therapist workspace as soon as the kit is done, the
// dashboard (which also reads @caregraph/demo-data's build) once both are. A step's output is printed
// when it ends, in one piece; the first failure stops the steps still running and fails the build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const workspace = (name) => [npm, ['run', 'build', '--silent', '-w', name]];

/** name → command and the steps it waits for. */
const STEPS = {
  server: { command: [process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json']], after: [] },
  kit: { command: workspace('@caregraph/client-kit'), after: [] },
  web: { command: workspace('@caregraph/web'), after: ['kit'] },
  therapist: { command: workspace('@caregraph/therapist'), after: ['kit'] },
  admin: { command: workspace('@caregraph/admin'), after: ['kit', 'server'] },
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
