// A one-line progress bar for long scripts: redrawn in place on a terminal, a line per 10 % otherwise
// (CI logs and pipes stay short).

/** Formats a count with thousands separators. */
export const formatCount = (n) => n.toLocaleString('en-GB');

/**
 * Starts a bar for `total` items labelled `label`. `tick(n)` adds n; `done()` finishes the line.
 * Shows the rate and an estimate of the time left.
 */
export function progressBar(label, total, stream = process.stdout) {
  const started = performance.now();
  const width = 30;
  let count = 0;
  let lastDecile = -1;
  let lastDraw = 0;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const share = total ? count / total : 1;
    const rate = seconds > 0 ? count / seconds : 0;
    const left = rate > 0 ? Math.round((total - count) / rate) : 0;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    return `${label.padEnd(22)} ${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${formatCount(count)}/${formatCount(total)}  ${formatCount(Math.round(rate))}/s  ${count < total ? `~${left}s left` : `${seconds.toFixed(1)}s`}`;
  };
  const draw = (final) => {
    if (stream.isTTY) {
      const now = performance.now();
      if (!final && now - lastDraw < 100) return;
      lastDraw = now;
      stream.write(`\r${line()}${final ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor((count / Math.max(total, 1)) * 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      stream.write(`${line()}\n`);
    }
  };
  return {
    tick(n = 1) {
      count += n;
      draw(false);
    },
    done() {
      count = total;
      draw(true);
    },
  };
}
