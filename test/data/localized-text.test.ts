import { expect } from '@open-wc/testing';
import { allTexts, pickText, resolveText } from '../../src/data/localized-text.js';

describe('resolveText', () => {
  const values = { en: 'Values', fr: 'Valeurs', 'fr-CA': 'Valeurs (Canada)' };

  it('returns plain text as it is, whatever the language', () => {
    expect(resolveText('Values', 'fr')).to.equal('Values');
  });

  it('returns an empty string for no text', () => {
    expect(resolveText(undefined, 'en')).to.equal('');
    expect(resolveText({}, 'en')).to.equal('');
  });

  it('picks the exact tag first, comparing tags without regard to case', () => {
    expect(resolveText(values, 'fr-CA')).to.equal('Valeurs (Canada)');
    expect(resolveText(values, 'fr-ca')).to.equal('Valeurs (Canada)');
    expect(resolveText(values, 'FR')).to.equal('Valeurs');
  });

  it('falls back to the base language', () => {
    expect(resolveText(values, 'fr-BE')).to.equal('Valeurs');
    expect(resolveText({ en: 'Values', fr: 'Valeurs' }, 'fr-CA')).to.equal('Valeurs');
  });

  it('then to English', () => {
    expect(resolveText(values, 'de')).to.equal('Values');
    expect(resolveText({ fr: 'Valeurs', en: 'Values' }, 'pl-PL')).to.equal('Values');
  });

  it('then to the first entry', () => {
    expect(resolveText({ fr: 'Valeurs', nl: 'Waarden' }, 'de')).to.equal('Valeurs');
  });

  it('allTexts lists every language', () => {
    expect(allTexts(values)).to.deep.equal(['Values', 'Valeurs', 'Valeurs (Canada)']);
    expect(allTexts('Values')).to.deep.equal(['Values']);
    expect(allTexts(undefined)).to.deep.equal([]);
  });
});

describe('pickText', () => {
  it('names the language only when it fell back to another one', () => {
    const values = { en: 'Values', fr: 'Valeurs' };
    expect(pickText(values, 'fr-BE')).to.deep.equal({ text: 'Valeurs' });
    expect(pickText(values, 'de')).to.deep.equal({ text: 'Values', lang: 'en' });
    expect(pickText({ de: 'Werte' }, 'fr')).to.deep.equal({ text: 'Werte', lang: 'de' });
  });
});

describe('pickText of a plain string', () => {
  it('marks it with the feed’s language (English by default) when the reader’s is another', () => {
    expect(pickText('Values', 'fr')).to.deep.equal({ text: 'Values', lang: 'en' });
    expect(pickText('Values', 'fr-BE', 'en-GB')).to.deep.equal({ text: 'Values', lang: 'en-GB' });
    expect(pickText('Valeurs', 'en', 'fr')).to.deep.equal({ text: 'Valeurs', lang: 'fr' });
  });

  it('leaves it unmarked when the base languages agree', () => {
    expect(pickText('Values', 'en')).to.deep.equal({ text: 'Values' });
    expect(pickText('Values', 'en-GB')).to.deep.equal({ text: 'Values' });
    expect(pickText('Valeurs', 'fr-BE', 'fr')).to.deep.equal({ text: 'Valeurs' });
    expect(pickText('Valeurs', 'FR', 'fr-ca')).to.deep.equal({ text: 'Valeurs' });
  });

  it('keeps the rules for maps whatever the plain language', () => {
    expect(pickText({ en: 'Values', fr: 'Valeurs' }, 'fr', 'fr')).to.deep.equal({ text: 'Valeurs' });
    expect(pickText({ en: 'Values' }, 'fr', 'fr')).to.deep.equal({ text: 'Values', lang: 'en' });
  });

  it('resolveText is unchanged by it', () => {
    expect(resolveText('Values', 'fr')).to.equal('Values');
  });
});
