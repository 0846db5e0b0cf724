import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { captureConsole } from '../data/helpers.js';
import { root, settled } from './job-list-helpers.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  'x'.repeat(5_000),
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '2026-13-45',
  true,
  [],
  [null],
  {},
  { en: 42 },
  { __proto__: { polluted: true } },
  '\u202Eevil',
];

/** The feed with `count` random fields of random jobs replaced by odd values. */
function damage(feed: { jobs: Record<string, unknown>[] }, next: () => number, count: number) {
  const copy = structuredClone(feed);
  for (let i = 0; i < count; i++) {
    const job = copy.jobs[Math.floor(next() * copy.jobs.length)];
    const keys = [...Object.keys(job), 'extra'];
    const key = keys[Math.floor(next() * keys.length)];
    job[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  }
  if (next() < 0.1) (copy.jobs as unknown[]).push(ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]);
  return copy;
}

describe('<nato-job-list> with damaged feeds', function () {
  this.timeout(60_000);

  it('never throws, and always ends loaded, empty or in an error state', async () => {
    const feed = await (await fetch('/demo/data/careers.json')).json();
    const next = random(20261123);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureConsole('warn');
    const errors = captureConsole('error');
    let shownJobs = 0;
    try {
      const list = await fixture<NatoJobList>(html`<nato-job-list></nato-job-list>`);
      for (let round = 0; round < 60; round++) {
        const done = Promise.race([oneEvent(list, 'nato-load'), oneEvent(list, 'nato-error')]);
        list.data = damage(feed, next, 1 + Math.floor(next() * 12)) as unknown as NatoJobList['data'];
        await done;
        await settled(list);
        const state = root(list).querySelector('[part~="list"], [part="empty"], [part="error"]');
        expect(state, `round ${round}`).to.exist;
        // Open every shown job: details must render from whatever survived validation.
        for (const toggle of root(list).querySelectorAll<HTMLButtonElement>('.toggle')) {
          toggle.click();
          shownJobs++;
        }
        await list.updateComplete;
        for (const link of root(list).querySelectorAll<HTMLAnchorElement>('a[href]')) {
          expect(['https:', 'http:', 'mailto:']).to.include(new URL(link.href).protocol);
        }
        expect(root(list).querySelector('img, script, iframe'), `round ${round}`).to.be.null;
      }
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
      errors.restore();
    }
    expect(uncaught).to.deep.equal([]);
    // The damage was seen: broken items and fields were reported, not silently dropped.
    expect(warnings.messages.length).to.be.greaterThan(20);
    expect(shownJobs, 'most jobs survive a few damaged fields').to.be.greaterThan(60 * 10);
  });
});
