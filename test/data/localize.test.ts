import { expect } from '@open-wc/testing';
import { calendarDaysBetween, Formatter, parseFeedDate, uiLocale } from '../../src/internal/localize.js';

/** Spaces as `Intl` writes them (narrow no-break space in French numbers) made plain, to compare. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('uiLocale', () => {
  it('keeps a shipped language with its region, and falls back to English otherwise', () => {
    expect(uiLocale('fr-CA')).to.deep.equal({ locale: 'fr-CA', language: 'fr' });
    expect(uiLocale('FR')).to.deep.equal({ locale: 'fr', language: 'fr' });
    expect(uiLocale('en-GB')).to.deep.equal({ locale: 'en-GB', language: 'en' });
    // English is British English (day-month-year); en-US keeps its own order.
    expect(uiLocale('en')).to.deep.equal({ locale: 'en-GB', language: 'en' });
    expect(uiLocale('en-US')).to.deep.equal({ locale: 'en-US', language: 'en' });
    expect(uiLocale('de')).to.deep.equal({ locale: 'en-GB', language: 'en' });
    expect(uiLocale('')).to.deep.equal({ locale: 'en-GB', language: 'en' });
  });

  it('does not throw on a malformed tag of a shipped language', () => {
    expect(uiLocale('fr-x')).to.deep.equal({ locale: 'fr', language: 'fr' });
  });
});

describe('Formatter', () => {
  const jobs = { one: '# job opening', other: '# job openings' };
  const offres = { one: '# offre d’emploi', other: '# offres d’emploi' };

  it('is cached per locale', () => {
    expect(Formatter.for('fr')).to.equal(Formatter.for('fr'));
    expect(Formatter.for('fr')).not.to.equal(Formatter.for('en'));
  });

  it('picks English plurals', () => {
    const en = Formatter.for('en');
    expect(en.plural(0, jobs)).to.equal('0 job openings');
    expect(en.plural(1, jobs)).to.equal('1 job opening');
    expect(en.plural(2, jobs)).to.equal('2 job openings');
    expect(en.plural(6000, jobs)).to.equal('6,000 job openings');
  });

  it('picks French plurals, where 0 and 1 are singular', () => {
    const fr = Formatter.for('fr');
    expect(fr.plural(0, offres)).to.equal('0 offre d’emploi');
    expect(fr.plural(1, offres)).to.equal('1 offre d’emploi');
    expect(fr.plural(2, offres)).to.equal('2 offres d’emploi');
    expect(plain(fr.plural(6000, offres))).to.equal('6 000 offres d’emploi');
  });

  it('uses the other form when a form is missing', () => {
    expect(Formatter.for('en').plural(1, { other: '# items' })).to.equal('1 items');
  });

  it('formats numbers for the locale', () => {
    expect(Formatter.for('en').number(1_000_000_000)).to.equal('1,000,000,000');
    expect(plain(Formatter.for('fr').number(1_000_000_000))).to.equal('1 000 000 000');
  });

  it('writes small counts exactly as Intl does, and other digits where the locale asks for them', () => {
    for (const locale of ['en-GB', 'en-US', 'fr', 'fr-CA']) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of [0, 1, 7, 24, 999, 1000, 12_345, -3, 2.5]) {
        expect(Formatter.for(locale).number(value), `${locale} ${value}`).to.equal(intl.format(value));
      }
    }
    expect(Formatter.for('fr-u-nu-arab').number(24)).to.equal(new Intl.NumberFormat('fr-u-nu-arab').format(24));
    expect(Formatter.for('fr-u-nu-arab').number(24)).not.to.equal('24');
  });

  it('builds what ready() and prepare() are asked for ahead of use, once', async () => {
    // Counts the constructions of two Intl classes while the test runs.
    const counts = { Collator: 0, ListFormat: 0 };
    const originals = { Collator: Intl.Collator, ListFormat: Intl.ListFormat };
    for (const name of ['Collator', 'ListFormat'] as const) {
      const Original = originals[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
        counts[name]++;
        return new Original(...args);
      };
    }
    try {
      const de = Formatter.for('de-AT');
      await de.ready(['collator']);
      expect(counts.Collator, 'ready() built the collator').to.equal(1);
      de.prepare(['lists']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(counts.ListFormat, 'prepare() built the list format in an idle task').to.equal(1);
      expect(de.list(['Mons', 'Brüssel'])).to.equal('Mons und Brüssel');
      expect(de.compare('Ähre', 'ahre')).to.equal(0);
      await de.ready(['collator', 'lists']);
      de.prepare(['collator', 'lists']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(counts, 'nothing built twice').to.deep.equal({ Collator: 1, ListFormat: 1 });
    } finally {
      Object.assign(Intl, originals);
    }
  });

  it('says today, tomorrow and in N days', () => {
    const en = Formatter.for('en');
    expect(en.relativeDays(0)).to.equal('today');
    expect(en.relativeDays(1)).to.equal('tomorrow');
    expect(en.relativeDays(5)).to.equal('in 5 days');
    expect(en.relativeDays(-1)).to.equal('yesterday');
    const fr = Formatter.for('fr');
    expect(fr.relativeDays(0)).to.match(/^aujourd.hui$/);
    expect(fr.relativeDays(1)).to.equal('demain');
    expect(plain(fr.relativeDays(5))).to.equal('dans 5 jours');
  });

  it('names regions in the locale, and returns a code it cannot name as it is', () => {
    expect(Formatter.for('en').region('BE')).to.equal('Belgium');
    expect(Formatter.for('fr').region('BE')).to.equal('Belgique');
    expect(Formatter.for('fr').region('LU')).to.equal('Luxembourg');
    expect(Formatter.for('en').region('not a code')).to.equal('not a code');
  });

  it('formats dates and lists', () => {
    expect(Formatter.for('en').date(new Date(1949, 3, 4))).to.equal('April 4, 1949');
    expect(Formatter.for('fr').date(new Date(1949, 3, 4))).to.equal('4 avril 1949');
    expect(Formatter.for('en').list(['Brussels', 'Mons', 'Capellen'])).to.equal('Brussels, Mons, and Capellen');
    expect(Formatter.for('fr').list(['Bruxelles', 'Mons'])).to.equal('Bruxelles et Mons');
  });

  it('compares with numbers in order and without regard to case or accents', () => {
    const en = Formatter.for('en');
    expect(['B-10', 'B-3', 'a-2'].sort((a, b) => en.compare(a, b))).to.deep.equal(['a-2', 'B-3', 'B-10']);
    expect(Formatter.for('fr').compare('Élan', 'elan')).to.equal(0);
  });
});

describe('parseFeedDate and calendarDaysBetween', () => {
  it('reads a date alone as local midnight, or as the end of that day', () => {
    expect(parseFeedDate('2026-12-01').getTime()).to.equal(new Date(2026, 11, 1).getTime());
    expect(parseFeedDate('2026-12-01', true).getTime()).to.equal(new Date(2026, 11, 1, 23, 59, 59, 999).getTime());
  });

  it('reads a date-time as that moment', () => {
    expect(parseFeedDate('2026-12-01T10:00:00Z').toISOString()).to.equal('2026-12-01T10:00:00.000Z');
    expect(parseFeedDate('2026-12-01T10:00:00Z', true).toISOString()).to.equal('2026-12-01T10:00:00.000Z');
  });

  it('counts whole calendar days, negative when past', () => {
    const now = new Date(2026, 2, 28, 23, 30);
    expect(calendarDaysBetween(now, new Date(2026, 2, 29, 0, 15))).to.equal(1);
    expect(calendarDaysBetween(now, new Date(2026, 2, 28, 0, 0))).to.equal(0);
    // Across the end of daylight saving time in many zones, still whole days.
    expect(calendarDaysBetween(new Date(2026, 2, 27), new Date(2026, 2, 31))).to.equal(4);
    expect(calendarDaysBetween(new Date(2026, 9, 24), new Date(2026, 9, 26))).to.equal(2);
    expect(calendarDaysBetween(now, new Date(2026, 2, 27, 12))).to.equal(-1);
    expect(calendarDaysBetween(parseFeedDate('2026-01-01'), parseFeedDate('2026-12-31', true))).to.equal(364);
  });
});

describe('Formatter.region', () => {
  it('names the member states in English and French, and other countries through Intl', () => {
    expect(Formatter.for('en-GB').region('BE')).to.equal('Belgium');
    expect(Formatter.for('fr').region('NL')).to.equal('Pays-Bas');
    expect(Formatter.for('fr-CA').region('US')).to.equal('États-Unis');
    expect(Formatter.for('en-GB').region('JP')).to.equal('Japan');
    expect(Formatter.for('fr').region('JP')).to.equal('Japon');
    expect(Formatter.for('en-GB').region('ZZZ')).to.equal('ZZZ');
  });
});
