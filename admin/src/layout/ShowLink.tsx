import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-admin';

/**
 * A link to a record's show page, for the first column of a list: rows open on click, but a row is
 * not reachable from the keyboard, a link is (WCAG 2.1.1).
 */
export function ShowLink({ resource, id, children }: { resource: string; id: string; children: ReactNode }) {
  return (
    <Link to={`/${resource}/${id}/show`} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {children}
    </Link>
  );
}
