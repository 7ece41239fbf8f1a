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
  const documentTitle = `${title} — ${site}`;
  useEffect(() => {
    // The <title> below is React's (in <head>, and in a page rendered on the server); an app whose
    // index.html has a <title> of its own sees the browser show that first one, so it is set too.
    document.title = documentTitle;
    ref.current?.focus();
  }, [documentTitle]);
  return (
    <>
      <title>{documentTitle}</title>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
