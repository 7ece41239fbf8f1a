import { createContext, useContext, type ReactNode } from 'react';

// What a page rendered on the server tells the server about itself beyond its HTML: its HTTP status,
// and the public origin its canonical links start with. In the browser there is no server to tell.

export interface RenderReport {
  /** 200 unless a page said otherwise (useResponseStatus). */
  status: number;
}

interface RenderContextValue {
  /** The site's public origin (`https://caregraph.example`), for canonical links and structured data. */
  origin: string;
  /** Set while rendering on the server; undefined in the browser. */
  report?: RenderReport;
}

const RenderContext = createContext<RenderContextValue | undefined>(undefined);

export function RenderContextProvider({ value, children }: { value: RenderContextValue; children: ReactNode }) {
  return <RenderContext.Provider value={value}>{children}</RenderContext.Provider>;
}

/** The public origin: the server's setting when rendered there, else the page's own. */
export function useSiteOrigin(): string {
  return useContext(RenderContext)?.origin ?? (typeof window === 'undefined' ? '' : window.location.origin);
}

/**
 * Called while rendering a page that is not a plain success: the server answers `status` (404 for a page
 * that is not there, 503 when the graph could not be asked); the browser ignores it.
 */
export function useResponseStatus(status: number): void {
  const report = useContext(RenderContext)?.report;
  if (report) report.status = status;
}

/** useResponseStatus as an element, for a status that depends on what a page is showing. */
export function ResponseStatus({ status }: { status: number }) {
  useResponseStatus(status);
  return null;
}
