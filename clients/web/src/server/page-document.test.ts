import { jsonInScript, pageDocument, SERVER_STATE_ID, splitHead } from './page-document';

const TEMPLATE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta name="description" content="The app." />
    <title>Caregraph</title>
    <script defer src="/config.js"></script>
  </head>
  <body>
    <noscript>Caregraph needs JavaScript to run in your browser.</noscript>
    <div id="root"></div>
  </body>
</html>`;

describe('a page rendered on the server, in the built index.html', () => {
  it('takes the head elements React puts first, and only those', () => {
    const rendered = '<title>Ann — Caregraph</title><meta name="description" content="An OT."/><link rel="canonical" href="https://c.example/x"/><a href="#main">Skip</a><title>not head</title>';
    expect(splitHead(rendered)).toEqual({
      head: '<title>Ann — Caregraph</title><meta name="description" content="An OT."/><link rel="canonical" href="https://c.example/x"/>',
      body: '<a href="#main">Skip</a><title>not head</title>',
    });
    expect(splitHead('<main>no head</main>')).toEqual({ head: '', body: '<main>no head</main>' });
  });

  it('replaces the template’s title and description, fills #root, drops the JavaScript notice and adds the state', () => {
    const html = pageDocument(TEMPLATE, { head: '<title>Ann — Caregraph</title><meta name="description" content="An OT."/>', body: '<h1>Ann</h1>', state: { a: 1 } });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Ann — Caregraph</title>');
    expect(html).not.toContain('The app.');
    expect(html).not.toContain('<noscript>');
    expect(html).toContain('<div id="root"><h1>Ann</h1></div>');
    expect(html).toContain(`<script type="application/json" id="${SERVER_STATE_ID}">{"a":1}</script>`);
    expect(html).toContain('<script defer src="/config.js"></script>');
  });

  it('keeps the template’s title when the page gives none, and leaves the state out when there is none', () => {
    const html = pageDocument(TEMPLATE, { head: '', body: '<h1>Not found</h1>' });
    expect(html).toContain('<title>Caregraph</title>');
    expect(html).not.toContain(SERVER_STATE_ID);
  });

  it('keeps `$` patterns in the page as they are (no replacement patterns)', () => {
    expect(pageDocument(TEMPLATE, { head: '', body: "<p>£45 or $&amp; $' $1</p>", state: { s: "$'" } })).toContain("<div id=\"root\"><p>£45 or $&amp; $' $1</p></div>");
  });

  it('writes JSON no text in it can break out of its script element', () => {
    const hostile = { bio: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = jsonInScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('refuses a template it cannot put a page in', () => {
    expect(() => pageDocument('<html><body></body></html>', { head: '', body: '' })).toThrow(/no <div id="root"><\/div>/);
  });
});
