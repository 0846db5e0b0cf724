/**
 * The feeds the stories show. Nothing here touches the network: the demo feed is bundled, and
 * every endpoint a story uses is answered by the mock endpoint (`mock-endpoint.ts`).
 */
import demoFeedJson from '../../demo/data/careers.json';

type Json = Record<string, any>;

const DAY_MS = 86_400_000;

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The demo feed with its job dates moved by the days between its `generatedAt` and today, as
 * the demo server does (`demo/server/feed-endpoint.js`): closed jobs are hidden, and the sample
 * vacancies must stay open however old the file gets.
 */
export function demoFeed(today = new Date()): Json {
  const feed = clone(demoFeedJson) as Json;
  if (!feed.generatedAt) return feed;
  const shiftDays = Math.round(
    (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.parse(feed.generatedAt)) / DAY_MS,
  );
  const shift = (date: string | undefined) =>
    date ? new Date(Date.parse(date) + shiftDays * DAY_MS).toISOString().slice(0, 10) : date;
  for (const job of feed.jobs ?? []) {
    if (job.postedAt) job.postedAt = shift(job.postedAt);
    if (job.closingAt) job.closingAt = shift(job.closingAt);
  }
  feed.generatedAt = shift(feed.generatedAt);
  return feed;
}

const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** The feed with nothing to show: every list empty, no organisation profile. */
export function emptyFeed(): Json {
  const { version, lang, careersUrl, generatedAt } = demoFeed();
  return { version, lang, careersUrl, generatedAt, stats: [], jobs: [], spotlights: [], benefits: [] };
}

/**
 * The demo feed with broken items mixed into every list. Each is dropped with a console warning
 * naming its path; the rest still renders.
 */
export function invalidFeed(): Json {
  const feed = demoFeed();
  feed.jobs.splice(
    1,
    0,
    { id: 'broken-no-title', organization: 'NSPA', locations: [{ country: 'LU' }] },
    { id: 'broken-title-number', title: 42, organization: 'NSPA', locations: [{ country: 'LU' }] },
    {
      id: 'unsafe-apply-link',
      title: 'Job with an unsafe apply link',
      organization: 'NSPA',
      locations: [{ city: 'Capellen', country: 'LU' }],
      applyUrl: 'javascript:alert(1)',
      closingAt: inDays(30),
    },
    'not an object',
  );
  feed.spotlights.splice(1, 0, { id: 'broken-spotlight', name: 7 }, null);
  feed.benefits.splice(1, 0, { id: 'broken benefit id!', title: 'Broken id' }, { id: 'no-title' });
  feed.stats.splice(1, 0, { id: 'broken-stat', label: 'No value', kind: 'number' }, 'not a stat');
  feed.organization.pillars.push({ title: 3 });
  return feed;
}

const longTitle =
  'Senior Principal Programme Manager for Multinational Logistics, Procurement, Life-Cycle Support and Interoperability of Air and Missile Defence Systems (Temporary Assignment with Possible Extension)';
const german =
  'Bundeswehrverwaltungsfachangestelltenausbildungsbeauftragte und Rechtsstaatlichkeitsgrundsätzeüberprüfungsreferentin';
const longQuote =
  'Working here means spending every day with people from thirty-two nations who disagree about almost everything except the one thing that matters: that we keep each other safe. I have learned more about patience, about listening, and about how a good compromise sounds than in any other job I have had — and I have had eleven of them, on three continents, in four languages, over twenty-six years.';

/**
 * The demo feed stretched: very long titles, names and quotes, German compound words without a
 * break opportunity, and an Arabic name, to see wrapping and overflow in narrow containers.
 */
export function longContentFeed(): Json {
  const feed = demoFeed();
  const [first, second, third] = feed.jobs;
  first.title = { en: longTitle, fr: `${longTitle} (FR)` };
  first.unit = `${german}, ${german}`;
  first.summary = `${longQuote} ${longQuote}`;
  second.title = german;
  second.organization = 'NATO Communications and Information Agency — Cyber Security Centre, Mons';
  second.reference = 'NCIA-CSC-2026-0000000000000000000000000123456789';
  third.title = 'مسؤول الشؤون المالية الرئيسي';
  const [spotlight, other] = feed.spotlights;
  spotlight.name = 'Maximiliane Alexandrine Wilhelmine von Hohenzollern-Sigmaringen-Rechtsstaatlichkeitsbeauftragte';
  spotlight.role = { en: `${longTitle}`, fr: `${longTitle} (FR)` };
  spotlight.quote = longQuote;
  other.name = 'عبد الرحمن بن محمد الهاشمي';
  other.role = 'مستشار سياسي أول';
  const [benefit] = feed.benefits;
  benefit.title = `${german} — ${longTitle}`;
  benefit.description = `${longQuote} ${german}`;
  const [stat] = feed.stats;
  stat.label = `${german}: ${longTitle}`;
  feed.organization.purpose = `${longQuote} ${german}`;
  feed.organization.name = { en: `North Atlantic Treaty Organization — ${german}`, fr: `Organisation du Traité de l'Atlantique Nord — ${german}` };
  return feed;
}

/** The demo feed in a given scenario, by name (the mock endpoint's `scenario=` values). */
export const feeds = {
  default: demoFeed,
  empty: emptyFeed,
  invalid: invalidFeed,
  long: longContentFeed,
} satisfies Record<string, () => Json>;

export type FeedName = keyof typeof feeds;
