import { useBusy } from './use-busy';
import type { BusySnapshot } from './busy-store';

export { BusyProvider, useBusy } from './use-busy';

/** The words of the notice: calm, in UK English, and saying the person need do nothing. */
export function busyMessage(busy: BusySnapshot, now = Date.now()): string {
  const seconds = Math.ceil((busy.retryAt - now) / 1000);
  const when = seconds >= 2 ? `in about ${seconds} seconds` : 'in a moment';
  return `Caregraph is very busy at the moment. We will try again ${when}; there is no need to do anything.`;
}

/**
 * The app's one "busy, trying again" notice. The polite live region is always in the page (a region
 * added together with its text is often not read out); its text appears while a request waits to be
 * tried again and goes when it is answered. Each app styles `className` with its own look.
 */
export function BusyNotice({ className }: { className?: string }) {
  const busy = useBusy();
  return (
    <div role="status" aria-live="polite">
      {busy && <p className={className}>{busyMessage(busy)}</p>}
    </div>
  );
}
