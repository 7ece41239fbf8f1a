import { escapeHtml } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that mean something in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('escapes an ampersand that already looks like an entity, so it shows as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves plain words, accents and typographic quotes alone', () => {
    expect(escapeHtml('Café’s “quiet” hour')).toBe('Café’s “quiet” hour');
  });
});
