// The client app's public pages rendered on the server (ADR 031): the directory search (its filters in
// the address), each public listing's profile and the pages about the service, drawn from the graph as
// an anonymous caller and then taken over (hydrated) by the app in the browser. Built by Vite into
// dist/server/ and called by the app's server (scripts/lib/static-app-server.mjs); also the sitemap and
// robots.txt. Signed-in screens are not rendered here: the app draws them in the browser.
import { prerenderStatic } from '@apollo/client/react/ssr';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoot, wireApp } from '../app-root';
import { pageDocument, splitHead } from './page-document';
import { RenderContextProvider, type RenderReport } from './render-context';
import { SITEMAP_LISTINGS } from './operations';
import { ABOUT_PAGES } from '../about/about-pages';
import { profilePath } from '../therapist/profile-path';

export interface RenderRequest {
  /** The path and query asked for (`/therapists/…?x=y`). */
  url: string;
  /** The gateway's GraphQL URL as the server reaches it. */
  gatewayUrl: string;
  /** The site's public origin, for canonical links (`https://caregraph.example`). */
  origin: string;
  /** The built index.html. */
  template: string;
  /** Headers to send the gateway with every request (e.g. the visitor's address for its rate limits). */
  headers?: Record<string, string>;
}

/** Public pages: the directory, profiles, and the pages about the service. */
const PUBLIC_PAGE = /^\/(?:$|therapists\/[^/]+(?:\/[^/]+)?\/?$|about(?:\/[a-z0-9-]*)?\/?$)/;

/** True for an address the server renders; every other one gets the app's page, drawn in the browser. */
export function isServerRendered(pathname: string): boolean {
  return PUBLIC_PAGE.test(pathname);
}

/** One public page as a whole HTML document, with its HTTP status (404 for a listing that is not public). */
export async function renderPage(request: RenderRequest): Promise<{ status: number; html: string }> {
  const wiring = serverWiring(request);
  const report: RenderReport = { status: 200 };
  const tree = (
    <RenderContextProvider value={{ origin: request.origin, report }}>
      <AppRoot wiring={wiring} router={(routes) => <StaticRouter location={request.url}>{routes}</StaticRouter>} />
    </RenderContextProvider>
  );
  const { result } = await prerenderStatic({ tree, renderFunction: renderToString });
  const { head, body } = splitHead(result);
  // Only a page that is there carries the graph's answers: a hidden listing leaves no trace in its 404.
  const state = report.status === 200 ? wiring.client.extract() : undefined;
  return { status: report.status, html: pageDocument(request.template, { head, body, state }) };
}

/** The sitemaps protocol's limit on addresses in one file. */
const SITEMAP_LIMIT = 50_000;
const SITEMAP_PAGE = 100;


/** sitemap.xml: the directory, the pages about the service, and every public listing's profile, read from the graph now. */
export async function renderSitemap(request: Pick<RenderRequest, 'gatewayUrl' | 'origin' | 'headers'>): Promise<string> {
  const { client } = serverWiring(request);
  const paths: string[] = ['/', ...ABOUT_PAGES.map((page) => page.path)];
  let after: string | null | undefined;
  do {
    const { data } = await client.query({ query: SITEMAP_LISTINGS, variables: { first: SITEMAP_PAGE, after }, fetchPolicy: 'network-only' });
    const page = data!.searchTherapists;
    for (const edge of page.edges) paths.push(profilePath(edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after && paths.length < SITEMAP_LIMIT);
  const entries = paths.slice(0, SITEMAP_LIMIT).map((path) => `  <url><loc>${escapeXml(`${request.origin}${path}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: the public pages may be crawled; the signed-in screens and the account pages are no one's to index. */
export function renderRobots(origin: string): string {
  const privatePaths = ['/bookings', '/care-plan', '/referrals', '/my-data', '/sign-in', '/sign-up', '/verify-email', '/forgotten-password', '/reset-password', '/account-deleted', '/unsubscribe', '/graphql'];
  return ['User-agent: *', 'Allow: /', ...privatePaths.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The app wired for one server request: an anonymous caller with no session, every query fetched once. */
function serverWiring(request: Pick<RenderRequest, 'gatewayUrl' | 'headers'>) {
  return wireApp({ gatewayUrl: request.gatewayUrl, fetch: withHeaders(request.headers), ssrMode: true }, undefined);
}

function withHeaders(headers: Record<string, string> | undefined): typeof fetch {
  return (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } });
}
