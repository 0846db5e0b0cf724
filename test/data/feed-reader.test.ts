/**
 * Tolerant validation of real documents: the demo feed and its faults from the feed middleware,
 * and small fixtures served as static files from test/fixtures/feeds/.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, fetchFeed } from '../../src/data/feed-client.js';
import { FeedError } from '../../src/data/feed-error.js';
import {
  readBenefits,
  forgetDocument,
  readFeedLang,
  readJobs,
  readOrganization,
  readSection,
  readSpotlights,
  readStats,
} from '../../src/data/feed-reader.js';
import type { FeedSection } from '../../src/data/feed-types.js';
import { captureConsole, feedUrl, uniqueKey } from './helpers.js';

const FIXTURES = '/test/fixtures/feeds/';
const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Fetches `url` and returns the document with the absolute URL the elements use as its source. */
async function load(url: string): Promise<{ feed: unknown; source: string }> {
  return { feed: await fetchFeed(url), source: absolute(url) };
}

/** Runs `read` and returns its result together with every console warning it printed. */
function withWarnings<T>(read: () => T): { value: T; warnings: string[] } {
  const warn = captureConsole('warn');
  try {
    return { value: read(), warnings: warn.messages };
  } finally {
    warn.restore();
  }
}

/** The error `read` throws, which must be a `FeedError`. */
function feedErrorFrom(read: () => unknown): FeedError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError, but nothing was thrown');
}

const mentioning = (warnings: string[], path: string) => warnings.filter((warning) => warning.includes(path));

describe('readSection and readOrganization', () => {
  beforeEach(() => clearFeedCache());

  describe('the demo feed', () => {
    it('is valid: every section reads without a warning', async () => {
      const { feed, source } = await load(feedUrl({ key: uniqueKey('demo-valid') }));
      const sections: FeedSection[] = ['jobs', 'stats', 'spotlights', 'benefits'];
      const { value, warnings } = withWarnings(() => ({
        organization: readOrganization(feed, source),
        lists: sections.map((section) => readSection(feed, section, source) as unknown[]),
      }));
      expect(warnings).to.deep.equal([]);
      expect(value.organization).to.have.property('id');
      sections.forEach((section, index) => {
        const raw = (feed as Record<string, unknown[] | undefined>)[section] ?? [];
        expect(value.lists[index], section).to.be.an('array').that.is.not.empty;
        expect(value.lists[index].length, section).to.equal(raw.length);
      });
    });
  });

  describe('per-section readers', () => {
    it('readJobs, readStats, readSpotlights and readBenefits read what readSection reads, sharing its memo', async () => {
      const { feed, source } = await load(feedUrl({ key: uniqueKey('per-section') }));
      const readers = { jobs: readJobs, stats: readStats, spotlights: readSpotlights, benefits: readBenefits };
      for (const [section, read] of Object.entries(readers)) {
        const items = withWarnings(() => read(feed, source)).value as unknown[];
        expect(items, section).to.be.an('array').that.is.not.empty;
        expect(readSection(feed, section as FeedSection, source), section).to.equal(items);
      }
    });

    it('each reads a list of its own items, and rejects a document that is not a feed', () => {
      const { value, warnings } = withWarnings(() => ({
        jobs: readJobs([{ id: 'j', title: 'Job' }, { id: 'no-title' }], 'data'),
        stats: readStats([{ id: 's', label: 'Staff', kind: 'number', value: 6000 }], 'data'),
        spotlights: readSpotlights([{ id: 'p', name: 'Eralda', role: 'Officer' }], 'data'),
        benefits: readBenefits([{ id: 'b', title: 'Leave' }], 'data'),
      }));
      expect(value.jobs.map((job) => job.id)).to.deep.equal(['j']);
      expect(value.stats.map((stat) => stat.id)).to.deep.equal(['s']);
      expect(value.spotlights.map((spotlight) => spotlight.id)).to.deep.equal(['p']);
      expect(value.benefits.map((benefit) => benefit.id)).to.deep.equal(['b']);
      expect(warnings).to.deep.equal(['[nato-careers] jobs[1] skipped: jobs[1].title: is required (in the data property)']);
      for (const read of [readJobs, readStats, readSpotlights, readBenefits]) {
        expect(feedErrorFrom(() => read('not a feed', 'data')).kind).to.equal('invalid-feed');
      }
    });
  });

  describe('forgetDocument', () => {
    it('makes the readers read a document again after a host changed it in place', () => {
      const feed = {
        version: 1,
        lang: 'en',
        organization: { id: 'nato', name: 'NATO' },
        jobs: [{ id: 'a', title: 'Before' }],
      };
      const first = withWarnings(() => ({ jobs: readJobs(feed, 'data'), organization: readOrganization(feed, 'data'), lang: readFeedLang(feed) })).value;
      feed.jobs[0].title = 'After';
      feed.jobs.push({ id: 'b' } as { id: string; title: string });
      feed.organization.name = 'OTAN';
      feed.lang = 'fr';
      // Remembered: not validated again (a valid list is the document's own array, unchecked since).
      expect(readJobs(feed, 'data')).to.equal(first.jobs);
      expect(readFeedLang(feed)).to.equal('en');

      forgetDocument(feed);
      const { value, warnings } = withWarnings(() => ({ jobs: readJobs(feed, 'data'), organization: readOrganization(feed, 'data'), lang: readFeedLang(feed) }));
      expect(value.jobs).not.to.equal(first.jobs);
      expect(value.jobs.map((job) => job.id)).to.deep.equal(['a']);
      expect(warnings, 'the new invalid job is reported').to.deep.equal(['[nato-careers] jobs[1] skipped: jobs[1].title: is required (in the data property)']);
      expect(value.organization?.name).to.equal('OTAN');
      expect(value.lang).to.equal('fr');
    });

    it('accepts anything, and forgets nothing else', () => {
      const kept = { version: 1, jobs: [{ id: 'kept', title: 'Kept' }] };
      const jobs = readJobs(kept, 'data');
      for (const input of [undefined, null, 'text', 42, {}, []]) forgetDocument(input);
      expect(readJobs(kept, 'data')).to.equal(jobs);
    });
  });

  describe('readFeedLang', () => {
    it('reads the language of the feed’s plain strings, in canonical case', () => {
      expect(readFeedLang({ version: 1, lang: 'fr' })).to.equal('fr');
      expect(readFeedLang({ version: 1, lang: 'fr-be' })).to.equal('fr-BE');
      expect(readFeedLang({ version: 1, lang: 'zh-hant-tw' })).to.equal('zh-Hant-TW');
    });

    it('is "en" for a feed without lang, a list, or anything that is not a feed', () => {
      for (const input of [{ version: 1 }, { version: 1, lang: null }, [{ id: 'a', title: 'A' }], 'text', 42, null, undefined]) {
        expect(readFeedLang(input), JSON.stringify(input)).to.equal('en');
      }
    });

    it('is "en" for an invalid tag, with one warning per document', () => {
      for (const lang of ['français', 'en_GB', 'en-a', 7, '', { en: 'en' }]) {
        const feed = { version: 1, lang };
        const first = withWarnings(() => readFeedLang(feed, 'https://example.org/careers.json'));
        expect(first.value, JSON.stringify(lang)).to.equal('en');
        expect(first.warnings, JSON.stringify(lang)).to.have.length(1);
        expect(first.warnings[0]).to.include('lang ignored: expected a BCP 47 language tag');
        expect(first.warnings[0]).to.include('(in https://example.org/careers.json)');
        expect(withWarnings(() => readFeedLang(feed)).warnings, 'memoised').to.deep.equal([]);
      }
    });

    it('reads the demo feed’s own lang', async () => {
      const { feed } = await load(feedUrl({ key: uniqueKey('feed-lang') }));
      expect((feed as { lang?: unknown }).lang).to.equal('en');
      expect(readFeedLang(feed)).to.equal('en');
    });
  });

  describe('partly invalid feed (?invalid)', () => {
    it('keeps the valid jobs and warns once per broken item, naming its path', async () => {
      const plain = await load(feedUrl({ key: uniqueKey('plain') }));
      const validCount = withWarnings(() => readSection(plain.feed, 'jobs', plain.source)).value.length;

      const { feed, source } = await load(feedUrl({ key: uniqueKey('invalid'), invalid: true }));
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));

      // The middleware inserts four broken items at index 1: no title, a numeric title,
      // a javascript: apply link (the job stays, the link goes) and a string.
      expect(jobs).to.have.length(validCount + 1);
      const ids = jobs.map((job) => job.id);
      expect(ids).not.to.include('broken-no-title');
      expect(ids).not.to.include('broken-title-number');
      expect(ids).to.include('unsafe-apply-link');

      expect(warnings).to.have.length(4);
      for (const warning of warnings) {
        expect(warning).to.match(/^\[nato-careers\] /);
        expect(warning).to.include(`(in ${source})`);
      }
      expect(mentioning(warnings, 'jobs[1]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[1]')[0]).to.include('jobs[1] skipped: jobs[1].title: is required');
      expect(mentioning(warnings, 'jobs[2]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[2]')[0]).to.include('jobs[2] skipped: jobs[2].title: expected text, got a number');
      expect(mentioning(warnings, 'jobs[3]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[3]')[0]).to.include('jobs[3].applyUrl ignored: unsafe URL scheme "javascript:"');
      expect(mentioning(warnings, 'jobs[4]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[4]')[0]).to.include('jobs[4] skipped: jobs[4]: expected an object, got a string');
    });

    it('removes a javascript: apply link and keeps the job', async () => {
      const { feed, source } = await load(feedUrl({ key: uniqueKey('unsafe-link'), invalid: true }));
      const { value: jobs } = withWarnings(() => readSection(feed, 'jobs', source));
      const job = jobs.find((item) => item.id === 'unsafe-apply-link');
      expect(job).to.exist;
      expect(job!.title).to.equal('Job with an unsafe apply link');
      expect(job!.applyUrl).to.equal(undefined);
    });

    it('validates a document once: reading it again prints no new warnings and gives the same list', async () => {
      const { feed, source } = await load(feedUrl({ key: uniqueKey('memo'), invalid: true }));
      const first = withWarnings(() => readSection(feed, 'jobs', source));
      const second = withWarnings(() => readSection(feed, 'jobs', source));
      expect(first.warnings).to.have.length(4);
      expect(second.warnings).to.deep.equal([]);
      expect(second.value).to.equal(first.value);
    });
  });

  describe('fields', () => {
    const smallFeed = `${FIXTURES}small-feed.json`;

    it('resolves relative URLs against the feed URL and keeps mailto: links', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs } = withWarnings(() => readSection(feed, 'jobs', source));
      const relative = jobs.find((job) => job.id === 'relative-apply')!;
      expect(relative.applyUrl).to.equal(absolute(`${FIXTURES}apply/relative-apply.html`));
      expect(relative.title).to.deep.equal({
        en: 'Close Protection Officer',
        fr: 'Officier de protection rapprochée',
        'fr-CA': 'Agent de protection rapprochée',
      });
      expect(relative.closingAt).to.equal('2026-02-10T23:59:00Z');
      expect(jobs.find((job) => job.id === 'mailto-apply')!.applyUrl).to.equal('mailto:recruitment@example.org');
    });

    it('drops a data: URL with a warning and keeps the job', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      const job = jobs.find((item) => item.id === 'data-url-apply');
      expect(job).to.exist;
      expect(job!.applyUrl).to.equal(undefined);
      expect(mentioning(warnings, 'jobs[2]')).to.deep.equal([
        `[nato-careers] jobs[2].applyUrl ignored: unsafe URL scheme "data:" (allowed: https:, http:, mailto:) (in ${source})`,
      ]);
    });

    it('drops invalid optional fields with a warning each and keeps the item', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      const job = jobs.find((item) => item.id === 'bad-optional-fields')!;
      expect(job).to.exist;
      expect(job.postedAt).to.equal(undefined);
      expect(job.grade).to.equal(undefined);
      expect(job.title).to.equal('Engineer');
      // A language whose text is not text is left out; the others stay.
      expect(job.summary).to.deep.equal({ en: 'Builds networks.' });
      const about = mentioning(warnings, 'jobs[3]');
      expect(about).to.have.length(3);
      expect(about[0]).to.include('jobs[3].grade ignored: expected text, got a number');
      expect(about[1]).to.include('jobs[3].postedAt ignored: expected an ISO date such as "2026-12-01", got "last week"');
      expect(about[2]).to.include('jobs[3].summary: entries that are not text were ignored');
    });

    it('treats null as absent, without a warning', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      const job = jobs.find((item) => item.id === 'null-optional')!;
      expect(job).to.exist;
      expect(job.summary).to.equal(undefined);
      expect(mentioning(warnings, 'jobs[7]')).to.deep.equal([]);
    });

    it('skips an item whose required field is invalid, with one warning naming the path', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      expect(jobs.map((job) => job.id)).not.to.include('bad location');
      expect(mentioning(warnings, 'jobs[4]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[4]')[0]).to.include('jobs[4] skipped: jobs[4].id: expected an id');
    });

    it('drops an invalid entry of a list inside an item and keeps the item', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      const job = jobs.find((item) => item.id === 'one-bad-location')!;
      expect(job.locations).to.deep.equal([{ city: 'Mons', country: 'BE' }]);
      expect(mentioning(warnings, 'jobs[6]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[6]')[0]).to.include('jobs[6].locations[0] skipped: jobs[6].locations[0].country: expected an ISO 3166-1 alpha-2');
    });

    it('gives a dropped item exactly one warning, even when parts of it were also invalid', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      const ids = jobs.map((job) => job.id);
      expect(ids).not.to.include('dropped-with-bad-optional');
      // Locations are optional: a job whose only place is invalid stays, without that place.
      expect(ids).to.include('no-valid-location');
      expect(jobs.find((job) => job.id === 'no-valid-location')!.locations).to.deep.equal([]);
      expect(mentioning(warnings, 'jobs[5]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[5]')[0]).to.include('jobs[5].locations[0] skipped: jobs[5].locations[0].country');
      // An invalid optional reference before an invalid required title.
      expect(mentioning(warnings, 'jobs[8]')).to.have.length(1);
      expect(mentioning(warnings, 'jobs[8]')[0]).to.include('jobs[8] skipped: jobs[8].title: expected text, got a number');
    });

    it('names the full path of the offending field when an optional object is dropped', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: spotlights, warnings } = withWarnings(() => readSection(feed, 'spotlights', source));
      expect(spotlights.map((spotlight) => spotlight.id)).to.deep.equal(['eralda', 'unsafe-photo']);
      expect(spotlights[0].photo).to.deep.equal({ url: 'https://example.org/eralda.jpg', alt: 'Eralda Vahidi' });
      expect(spotlights[1].photo).to.equal(undefined);
      expect(spotlights[1].role).to.equal('Officer');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('spotlights[1].photo ignored');
      expect(warnings[0]).to.include('spotlights[1].photo.url');
      expect(warnings[0]).to.include('unsafe URL scheme "javascript:"');
    });

    it('keeps only https: and http: photo URLs: another scheme drops the photo with a warning and keeps the spotlight', () => {
      const source = 'https://example.org/feeds/careers.json';
      const spotlight = (id: string, url: string) => ({ id, name: 'Eralda Vahidi', role: 'Officer', photo: { url, alt: 'Portrait' } });
      const { value, warnings } = withWarnings(() =>
        readSpotlights(
          [
            spotlight('web', 'https://example.org/eralda.jpg'),
            spotlight('relative', 'photos/eralda.jpg'),
            spotlight('mail', 'mailto:eralda@example.org'),
            spotlight('data', 'data:image/png;base64,iVBORw0KGgo='),
          ],
          source,
        ),
      );
      expect(value.map((item) => item.id)).to.deep.equal(['web', 'relative', 'mail', 'data']);
      expect(value.map((item) => item.photo?.url)).to.deep.equal([
        'https://example.org/eralda.jpg',
        'https://example.org/feeds/photos/eralda.jpg',
        undefined,
        undefined,
      ]);
      expect(warnings).to.deep.equal([
        `[nato-careers] spotlights[2].photo ignored: spotlights[2].photo.url: unsafe URL scheme "mailto:" (allowed: https:, http:) (in ${source})`,
        `[nato-careers] spotlights[3].photo ignored: spotlights[3].photo.url: unsafe URL scheme "data:" (allowed: https:, http:) (in ${source})`,
      ]);
    });

    it('checks a stat value against its kind', async () => {
      const { feed, source } = await load(smallFeed);
      const { value: stats, warnings } = withWarnings(() => readSection(feed, 'stats', source));
      expect(stats.map((stat) => stat.id)).to.deep.equal(['civilians', 'founded', 'hq']);
      expect(stats[0]).to.deep.equal({ id: 'civilians', label: 'Civilians working for NATO', kind: 'number', value: 6000, approximate: true });
      expect(stats[2].value).to.deep.equal({ city: 'Brussels', country: 'BE' });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.include('stats[3] skipped: stats[3].value: expected a number, got a string');
      expect(warnings[1]).to.include('stats[4] skipped: stats[4].kind: expected one of "number", "date", "place", "text", got "colour"');
    });

    it('reads a missing section as an empty list', async () => {
      const { feed, source } = await load(smallFeed);
      const { value, warnings } = withWarnings(() => readSection(feed, 'benefits', source));
      expect(value).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });

    it('resolves URLs of data handed in directly against the page', () => {
      const data = [{ id: 'direct', title: 'Direct', organization: 'NSPA', locations: [{ country: 'LU' }], applyUrl: 'apply.html' }];
      const { value: jobs } = withWarnings(() => readSection(data, 'jobs', 'data'));
      expect(jobs[0].applyUrl).to.equal(new URL('apply.html', document.baseURI).href);
      const broken = [{ id: 'direct', organization: 'NSPA', locations: [{ country: 'LU' }] }];
      const { value: none, warnings } = withWarnings(() => readSection(broken, 'jobs', 'data'));
      expect(none).to.deep.equal([]);
      expect(warnings).to.deep.equal(['[nato-careers] jobs[0] skipped: jobs[0].title: is required (in the data property)']);
    });
  });

  describe('document shapes', () => {
    it('reads an array as the section itself (?section=jobs)', async () => {
      const whole = await load(feedUrl({ key: uniqueKey('whole') }));
      const { feed, source } = await load(feedUrl({ key: uniqueKey('section'), section: 'jobs' }));
      expect(feed).to.be.an('array');
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      expect(warnings).to.deep.equal([]);
      expect(jobs).to.deep.equal(withWarnings(() => readSection(whole.feed, 'jobs', whole.source)).value);
    });

    it('reads a static array of jobs', async () => {
      const { feed, source } = await load(`${FIXTURES}jobs-only.json`);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      expect(warnings).to.deep.equal([]);
      expect(jobs.map((job) => job.id)).to.deep.equal(['array-job-1', 'array-job-2']);
    });

    for (const [file, got] of [
      ['not-a-feed.json', 'got object'],
      ['number.json', 'got number'],
      ['null.json', 'got null'],
      ['string.json', 'got string'],
    ]) {
      it(`rejects a document that is not a feed (${file}) as invalid-feed`, async () => {
        const { feed, source } = await load(`${FIXTURES}${file}`);
        const error = feedErrorFrom(() => readSection(feed, 'jobs', source));
        expect(error.kind).to.equal('invalid-feed');
        expect(error.source).to.equal(source);
        expect(error.message).to.include(got);
        expect(feedErrorFrom(() => readOrganization(feed, source)).kind).to.equal('invalid-feed');
      });
    }

    it('rejects a section that is not a list as invalid-feed', async () => {
      const { feed, source } = await load(`${FIXTURES}jobs-not-a-list.json`);
      const error = feedErrorFrom(() => readSection(feed, 'jobs', source));
      expect(error.kind).to.equal('invalid-feed');
      expect(error.message).to.include('jobs: expected a list');
      // The other sections of that document are still fine.
      expect(readSection(feed, 'benefits', source)).to.deep.equal([]);
    });

    it('reads a feed of another version with one warning', async () => {
      const { feed, source } = await load(`${FIXTURES}version-2.json`);
      const { value: jobs, warnings } = withWarnings(() => readSection(feed, 'jobs', source));
      expect(jobs.map((job) => job.id)).to.deep.equal(['v2-job']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('feed version 2 is not 1');
    });
  });

  describe('organization', () => {
    it('reads the organisation profile, resolving its URLs against the feed', async () => {
      const { feed, source } = await load(`${FIXTURES}small-feed.json`);
      const { value: organization, warnings } = withWarnings(() => readOrganization(feed, source));
      expect(warnings).to.deep.equal([]);
      expect(organization).to.deep.equal({
        id: 'nato',
        name: { en: 'North Atlantic Treaty Organization', fr: "Organisation du Traité de l'Atlantique Nord" },
        shortName: { en: 'NATO', fr: 'OTAN' },
        founded: '1949-04-04',
        headquarters: { city: { en: 'Brussels', fr: 'Bruxelles' }, country: 'BE' },
        website: absolute(`${FIXTURES}careers/index.html`),
        coreTasks: ['Deterrence and defence', { en: 'Crisis prevention and management', fr: 'Prévention et gestion des crises' }],
      });
    });

    it('is undefined, with one warning, when the profile is invalid', async () => {
      const { feed, source } = await load(`${FIXTURES}organization-invalid.json`);
      const { value, warnings } = withWarnings(() => readOrganization(feed, source));
      expect(value).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('organization skipped: organization.id: is required');
    });

    it('drops an invalid optional place with a warning naming the full path', async () => {
      const { feed, source } = await load(`${FIXTURES}organization-bad-headquarters.json`);
      const { value, warnings } = withWarnings(() => readOrganization(feed, source));
      expect(value).to.include({ id: 'nato', name: 'NATO' });
      expect(value!.headquarters).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('organization.headquarters ignored');
      expect(warnings[0]).to.include('organization.headquarters.country');
    });

    it('is undefined, without a warning, when the feed has no profile', async () => {
      const { feed, source } = await load(`${FIXTURES}version-2.json`);
      const { value } = withWarnings(() => readOrganization(feed, source));
      expect(value).to.equal(undefined);
    });

    it('reads the organisation slice of the feed on its own (?section=organization)', async () => {
      const whole = await load(feedUrl({ key: uniqueKey('org-whole') }));
      const { feed, source } = await load(feedUrl({ key: uniqueKey('org-section'), section: 'organization' }));
      const expected = withWarnings(() => readOrganization(whole.feed, whole.source)).value;
      expect(expected).to.have.property('id');
      const { value } = withWarnings(() => readOrganization(feed, source));
      expect(value).to.deep.equal(expected);
    });
  });

  it('reads only a document’s own fields, even on a page that polluted Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.title = 'Injected title';
    prototype.applyUrl = 'javascript:alert(1)';
    try {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const jobs = readSection([{ id: 'no-title', organization: 'NSPA' }, { id: 'ok', title: 'Real', organization: 'NSPA' }], 'jobs', 'data');
        expect(jobs.map((job) => job.id)).to.deep.equal(['ok']);
        expect(warnings.join('\n')).to.contain('jobs[0] skipped: jobs[0].title: is required');
      } finally {
        console.warn = original;
      }
    } finally {
      delete prototype.title;
      delete prototype.applyUrl;
    }
  });

  it('finds no feed and no items in a document that has none, even with feed keys on Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    const polluted = {
      version: 1,
      lang: 'fr',
      jobs: [{ id: 'injected-job', title: 'Injected' }],
      stats: [{ id: 'injected-stat', label: 'Injected', kind: 'number', value: 1 }],
      spotlights: [{ id: 'injected-spotlight', name: 'Injected', role: 'Injected' }],
      benefits: [{ id: 'injected-benefit', title: 'Injected' }],
      organization: { id: 'injected-org', name: 'Injected' },
      name: 'Injected profile',
    };
    Object.assign(prototype, polluted);
    try {
      // An empty object is not a feed: the keys it seems to have are all inherited.
      const { warnings } = withWarnings(() => {
        expect(feedErrorFrom(() => readSection({}, 'jobs', 'data')).kind).to.equal('invalid-feed');
        expect(feedErrorFrom(() => readOrganization({}, 'data')).kind).to.equal('invalid-feed');
      });
      expect(warnings).to.deep.equal([]);
      // A small feed of its own keeps only what it has.
      const feed = { version: 1, jobs: [{ id: 'own', title: 'Own job' }] };
      const { value, warnings: feedWarnings } = withWarnings(() => ({
        jobs: readSection(feed, 'jobs', 'data'),
        stats: readSection(feed, 'stats', 'data'),
        spotlights: readSection(feed, 'spotlights', 'data'),
        benefits: readSection(feed, 'benefits', 'data'),
        organization: readOrganization(feed, 'data'),
      }));
      expect(value.jobs.map((job) => job.id)).to.deep.equal(['own']);
      expect(value.stats).to.deep.equal([]);
      expect(value.spotlights).to.deep.equal([]);
      expect(value.benefits).to.deep.equal([]);
      expect(value.organization).to.equal(undefined);
      expect(feedWarnings).to.deep.equal([]);
      expect(readFeedLang({ version: 1 }), 'an inherited lang is not the feed’s').to.equal('en');
    } finally {
      for (const key of Object.keys(polluted)) delete prototype[key];
    }
  });
});
