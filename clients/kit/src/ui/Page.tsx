import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
  /** The screen's name: the heading (unless `heading` is given) and the start of the document title. */
  title: string;
  heading?: ReactNode;
  children: ReactNode;
  /**
   * Render the document title as a `<title>` element, which React 19 puts in `<head>` (and a server render
   * includes), instead of setting `document.title` once the screen has rendered. For screens that must
   * have their title from the first render: the public pages a search engine reads.
   */
  titleElement?: boolean;
}

/** The document title of a screen: the screen's name, then the app's. */
export const documentTitle = (title: string, site: string) => `${title} — ${site}`;

/**
 * One screen: sets the document title (`title — site`, the app's name after the screen's) and moves
 * focus to the heading when the screen opens, so a screen-reader or keyboard user starts at the top of
 * the new content (WCAG 2.4.3, 2.4.2). Each app wraps it with its own `site`.
 */
export function Page({ title, heading, children, site, titleElement = false }: PageProps & { site: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!titleElement) document.title = documentTitle(title, site);
    ref.current?.focus();
  }, [title, site, titleElement]);
  return (
    <>
      {titleElement && <title>{documentTitle(title, site)}</title>}
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
