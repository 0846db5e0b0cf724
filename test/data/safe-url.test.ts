import { expect } from '@open-wc/testing';
import { safeImageUrl, safeUrl } from '../../src/internal/safe-url.js';

const base = 'https://example.org/feeds/careers.json';

describe('safeUrl', () => {
  it('keeps https:, http: and mailto: URLs, resolved against the base', () => {
    expect(safeUrl('https://example.org/a', base)).to.equal('https://example.org/a');
    expect(safeUrl('http://example.org/a', base)).to.equal('http://example.org/a');
    expect(safeUrl('mailto:jobs@example.org', base)).to.equal('mailto:jobs@example.org');
    expect(safeUrl(' apply.html ', base)).to.equal('https://example.org/feeds/apply.html');
  });

  it('refuses other schemes, blanks and non-strings', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'ftp://example.org/a', '', '  ', 42, null]) {
      expect(safeUrl(value, base), String(value)).to.equal(undefined);
    }
  });
});

describe('safeImageUrl', () => {
  it('keeps https: and http: URLs, resolved against the base or the page', () => {
    expect(safeImageUrl('https://example.org/a.jpg', base)).to.equal('https://example.org/a.jpg');
    expect(safeImageUrl('http://example.org/a.jpg', base)).to.equal('http://example.org/a.jpg');
    expect(safeImageUrl('photos/a.jpg', base)).to.equal('https://example.org/feeds/photos/a.jpg');
    expect(safeImageUrl('photos/a.jpg')).to.equal(new URL('photos/a.jpg', document.baseURI).href);
  });

  it('refuses mailto:, data:, javascript: and every other scheme', () => {
    for (const value of ['mailto:jobs@example.org', 'data:image/png;base64,iVBORw0KGgo=', 'javascript:alert(1)', 'blob:https://example.org/x', 'ftp://example.org/a.jpg', '', 7]) {
      expect(safeImageUrl(value, base), String(value)).to.equal(undefined);
    }
  });
});
