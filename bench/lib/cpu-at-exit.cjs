// Preloaded into a measured process (NODE_OPTIONS=--require): at exit it writes its own CPU time (user +
// system, seconds) as one JSON line to file descriptor 3, a pipe its parent reads.
const { writeSync } = require('node:fs');

process.once('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, `${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
  } catch {
    // No pipe on fd 3: started by something else than the bench.
  }
});
