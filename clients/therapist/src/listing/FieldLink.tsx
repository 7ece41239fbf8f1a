import type { MouseEvent, ReactNode } from 'react';

/**
 * A link from an error summary to the box it is about: moves the keyboard focus there (and scrolls
 * to it) rather than only changing the address, so the therapist can type at once (WCAG 2.4.3).
 */
export function FieldLink({ to, children }: { to: string; children: ReactNode }) {
  function go(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(to);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }
  return (
    <a href={`#${to}`} onClick={go}>
      {children}
    </a>
  );
}
