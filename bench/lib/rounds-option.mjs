// The one option of the benches that take only `--rounds N` (bench:start, bench:machine): no arguments gives the
// default; anything else, or N outside 1–100, prints the message and the bench's usage and exits with status 2.

/** Reads `[--rounds N]` from argv (process.argv.slice(2)). */
export function parseRoundsOption(argv, { usage, fallback }) {
  if (argv.length === 0) return fallback;
  const [flag, value, ...rest] = argv;
  const fail = (message) => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
  if (flag !== '--rounds' || rest.length) fail(`unexpected argument "${flag === '--rounds' ? rest[0] : flag}"`);
  if (value === undefined) fail('--rounds needs a value');
  const rounds = Number(value);
  if (!/^\d+$/.test(value) || rounds < 1 || rounds > 100) fail(`--rounds must be a whole number from 1 to 100, got "${value}"`);
  return rounds;
}
