import { forwardRef, type ReactNode } from 'react';

/** A polite live region for "Loading…" and other progress, read out without moving focus. */
export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}

/** An error or warning that screen readers announce at once. Focusable, so a form can move focus to it. */
export const ErrorSummary = forwardRef<HTMLDivElement, { title?: string; children: ReactNode }>(function ErrorSummary({ title = 'There is a problem', children }, ref) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <div>{children}</div>
    </div>
  );
});

/** A success message, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
