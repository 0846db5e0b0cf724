import { expect, waitUntil } from '@open-wc/testing';
import { UrlStateWriter, claimPrefix, paramPrefix, readParams, releasePrefix, writeParams } from '../../src/internal/url-state.js';

const NAMES = { query: 'q', open: 'open' } as const;

describe('url-state', () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => history.replaceState(null, '', original));

  it('prefixes parameter names, with a fallback for an empty value', () => {
    expect(paramPrefix('nspa', 'job')).to.equal('nspa-');
    expect(paramPrefix('  ', 'job')).to.equal('job-');
  });

  it('lets one connected element own a prefix at a time', () => {
    const first = document.body.appendChild(document.createElement('div'));
    const second = document.body.appendChild(document.createElement('div'));
    try {
      expect(claimPrefix('own-', first)).to.be.true;
      expect(claimPrefix('own-', second)).to.be.false;
      first.remove();
      expect(claimPrefix('own-', second), 'an owner that left the page gives way').to.be.true;
      releasePrefix('own-', second);
      expect(claimPrefix('own-', first)).to.be.true;
    } finally {
      releasePrefix('own-', first);
      second.remove();
    }
  });

  it('reads and writes its own parameters and leaves the page’s alone', () => {
    const url = new URL(location.href);
    url.searchParams.set('page', '2');
    history.replaceState(null, '', url);
    const length = history.length;
    writeParams('t-', NAMES, { query: 'analyst', open: 'job-1' }, 'push');
    expect(history.length).to.equal(length + 1);
    expect(readParams('t-', NAMES)).to.deep.equal({ query: 'analyst', open: 'job-1' });
    writeParams('t-', NAMES, { query: '' }, 'replace');
    const after = new URL(location.href).searchParams;
    expect(after.get('page')).to.equal('2');
    expect(after.has('t-q')).to.be.false;
    expect(after.has('t-open')).to.be.false;
    expect(history.length, 'replace adds no entry').to.equal(length + 1);
  });

  it('replaces once after a pause, writes what is pending before a push, and on flush', async () => {
    const writer = new UrlStateWriter('w-', NAMES, 50);
    const replace = history.replaceState;
    let replaces = 0;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      replaces++;
      return replace.apply(this, args);
    };
    try {
      for (const query of ['a', 'an', 'ana']) writer.replaceSoon({ query });
      expect(replaces).to.equal(0);
      await waitUntil(() => replaces === 1);
      expect(readParams('w-', NAMES).query).to.equal('ana');

      writer.replaceSoon({ query: 'anal' });
      writer.push({ query: 'anal', open: 'x' });
      expect(replaces).to.equal(2);
      expect(readParams('w-', NAMES)).to.deep.equal({ query: 'anal', open: 'x' });

      writer.replaceSoon({ query: 'b' });
      writer.flush();
      expect(readParams('w-', NAMES).query).to.equal('b');

      writer.replaceSoon({ query: 'c' });
      writer.cancel();
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(readParams('w-', NAMES).query, 'cancelled').to.equal('b');
    } finally {
      history.replaceState = replace;
    }
  });
});
