// Turns the services' JSON log lines (pino) into one readable terminal line each,
// prefixed with the service name: `[accounts]   WARN slow query durationMs=812`.

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
// Fields every pino line carries that say nothing to a person reading the terminal.
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'service', 'name', 'msg', 'v']);
const PREFIX_WIDTH = '[care-plans]'.length;

const ANSI = { reset: '\x1b[0m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m' };
const SERVICE_COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[32m', '\x1b[34m', '\x1b[33m', '\x1b[96m'];

/** True when output goes to a terminal that accepts colour (honours NO_COLOR). */
export function wantsColour(stream = process.stdout) {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

function formatValue(value) {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/**
 * Creates a formatter `(service, line) => string`. JSON lines become
 * `[service] LEVEL message key=value …` (INFO is left out); anything else is passed through
 * behind the prefix.
 */
export function createLogFormatter({ colour = wantsColour() } = {}) {
  const colours = new Map();
  const paint = (code, text) => (colour ? `${code}${text}${ANSI.reset}` : text);
  const prefixOf = (service) => {
    if (!colours.has(service)) colours.set(service, SERVICE_COLOURS[colours.size % SERVICE_COLOURS.length]);
    return paint(colours.get(service), `[${service}]`.padEnd(PREFIX_WIDTH));
  };
  return (service, line) => {
    const text = line.trimEnd();
    let entry;
    if (text.startsWith('{')) {
      try {
        entry = JSON.parse(text);
      } catch {
        entry = undefined;
      }
    }
    const prefix = prefixOf(service);
    // Continuation lines keep the prefix, so every terminal line says where it came from.
    const prefixed = (body) => body.split('\n').map((part) => `${prefix} ${part}`).join('\n');
    if (!entry || typeof entry !== 'object') return prefixed(text);
    const level = LEVELS[entry.level] ?? String(entry.level ?? '');
    const levelText = level === 'INFO' || level === '' ? '' : `${paint(level === 'WARN' ? ANSI.yellow : ANSI.red, level)} `;
    const extras = Object.entries(entry)
      .filter(([key]) => !HIDDEN.has(key))
      .map(([key, value]) => `${key}=${formatValue(value)}`)
      .join(' ');
    const message = String(entry.msg ?? '').replace(/\n\s*/g, '\n');
    return prefixed(`${levelText}${message}${extras ? ` ${paint(ANSI.dim, extras)}` : ''}`);
  };
}
