// Command-line options of `npm run seed:scale`, parsed and checked in one place (the bench reuses them).

/** The sizes the issue asks for: 100,000 therapists, 1,000,000 bookings, 100,000 care plans. */
export const SCALE_DEFAULTS = Object.freeze({ therapists: 100_000, bookingsPerTherapist: 10, carePlans: 100_000, prefix: 'scale_' });

/** Largest therapist count: HCPC numbers are `OT` + at most six digits, and every listing needs its own. */
export const MAX_THERAPISTS = 900_000;

const USAGE = `usage: npm run seed:scale -- [--therapists N] [--bookings-per-therapist N] [--care-plans N] [--prefix P]
  --therapists N               listings (and as many client accounts), default ${SCALE_DEFAULTS.therapists}
  --bookings-per-therapist N   sessions per therapist, default ${SCALE_DEFAULTS.bookingsPerTherapist} (1,000,000 in all by default)
  --care-plans N               care plans, default: as many as therapists
  --prefix P                   databases P accounts, P therapists, …; default "${SCALE_DEFAULTS.prefix}" (never the development ones)`;

/** Raised for a bad command line; the message includes the usage. */
export class ScaleOptionError extends Error {}

function positiveInt(name, raw, max) {
  if (!/^\d+$/.test(raw ?? '') || Number(raw) < 1 || Number(raw) > max) {
    throw new ScaleOptionError(`${name} must be a whole number from 1 to ${max}, got "${raw ?? ''}"\n${USAGE}`);
  }
  return Number(raw);
}

/**
 * Parses `--name value` / `--name=value` options. Numbers may use `_` or `,` as thousands
 * separators (`--therapists 10_000`). Returns the sizes and the database prefix.
 */
export function parseScaleOptions(argv) {
  const values = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new ScaleOptionError(USAGE);
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new ScaleOptionError(`unexpected argument "${arg}"\n${USAGE}`);
    const [, name, inline] = match;
    values[name] = inline ?? argv[++i];
  }
  const known = new Set(['therapists', 'bookings-per-therapist', 'care-plans', 'prefix']);
  const unknown = Object.keys(values).find((name) => !known.has(name));
  if (unknown) throw new ScaleOptionError(`unknown option --${unknown}\n${USAGE}`);
  const number = (name, fallback, max) => (values[name] === undefined ? fallback : positiveInt(`--${name}`, String(values[name]).replace(/[_,]/g, ''), max));
  const therapists = number('therapists', SCALE_DEFAULTS.therapists, MAX_THERAPISTS);
  const prefix = values.prefix ?? SCALE_DEFAULTS.prefix;
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) throw new ScaleOptionError(`--prefix must be lower-case letters, digits and _ (a database-name prefix), got "${prefix}"\n${USAGE}`);
  return {
    therapists,
    clients: therapists,
    bookingsPerTherapist: number('bookings-per-therapist', SCALE_DEFAULTS.bookingsPerTherapist, 60),
    carePlans: number('care-plans', therapists, 10 * therapists),
    prefix,
  };
}
