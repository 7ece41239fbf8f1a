import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One screen: sets the document title and moves focus to the heading when the screen opens, so a
 * screen-reader or keyboard user starts at the top of the new content (WCAG 2.4.3, 2.4.2).
 */
export function Page({ title, heading, children }: { title: string; heading?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Caregraph for therapists`;
    ref.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
