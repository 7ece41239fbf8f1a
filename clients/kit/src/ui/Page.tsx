import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
  /** The screen's name: the heading (unless `heading` is given) and the start of the document title. */
  title: string;
  heading?: ReactNode;
  children: ReactNode;
}

/**
 * One screen: sets the document title (`title — site`, the app's name after the screen's) and moves
 * focus to the heading when the screen opens, so a screen-reader or keyboard user starts at the top of
 * the new content (WCAG 2.4.3, 2.4.2). Each app wraps it with its own `site`.
 */
export function Page({ title, heading, children, site }: PageProps & { site: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${site}`;
    ref.current?.focus();
  }, [title, site]);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
