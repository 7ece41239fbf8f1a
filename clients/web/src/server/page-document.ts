// Puts a page rendered on the server into the app's built index.html: the page's <title>, description,
// canonical link and other head elements into <head>, its HTML into #root, and the graph's answers it was
// drawn from into a JSON block the app reads back (a data block, never run: the strict
// Content-Security-Policy allowing only the app's own script files stays as it is).

/** The id of the JSON block holding the Apollo cache the server filled. */
export const SERVER_STATE_ID = 'caregraph-state';

/** Head elements React puts before a page's HTML when rendering to a string (title, meta, link). */
const LEADING_HEAD_ELEMENTS = /^(?:<title>[^<]*<\/title>|<meta\s[^>]*\/?>|<link\s[^>]*\/?>)*/;

/** Splits React's output into the head elements it starts with and the page's own HTML. */
export function splitHead(rendered: string): { head: string; body: string } {
  const head = LEADING_HEAD_ELEMENTS.exec(rendered)?.[0] ?? '';
  return { head, body: rendered.slice(head.length) };
}

/** JSON safe inside a <script> element: nothing in it can close the element or start a comment. */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The whole document: `template` (the built index.html) with the page's head elements in place of its
 * own title and description, its HTML in #root, and `state` after it. Without `state` the app draws the
 * page again in the browser instead of taking it over.
 */
export function pageDocument(template: string, page: { head: string; body: string; state?: unknown }): string {
  let document = template;
  if (/<title>/.test(page.head)) document = document.replace(/\s*<title>[^<]*<\/title>/, '');
  if (/<meta name="description"/.test(page.head)) document = document.replace(/\s*<meta name="description"[^>]*>/, '');
  // The page reads without JavaScript: the notice saying it needs it is for the pages drawn in the browser.
  document = document.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  const root = '<div id="root"></div>';
  if (!document.includes(root) || !document.includes('</head>') || !document.includes('</body>')) {
    throw new Error('index.html has no <div id="root"></div>, </head> or </body> to put the page in');
  }
  return document
    .replace('</head>', `${page.head}\n  </head>`)
    .replace(root, () => `<div id="root">${page.body}</div>`)
    .replace('</body>', () => (page.state === undefined ? '</body>' : `<script type="application/json" id="${SERVER_STATE_ID}">${jsonInScript(page.state)}</script>\n  </body>`));
}
