import type { CareersFeed } from '../../src/data/feed-types.js';
export { settledState as settled } from '../data/helpers.js';

export const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (element: Element, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const LONG_WORD = 'W'.repeat(300);

/** Spotlights for the edge cases: a photo, no quote or story, long and unbroken text, Arabic, unknown codes, unsafe URLs. */
export const edgeFeed = (): CareersFeed & { lang: string } => ({
  version: 1,
  lang: 'en',
  spotlights: [
    {
      id: 'photo',
      name: 'Anna Kowalska',
      nationality: 'POL',
      role: { en: 'Legal Adviser', fr: 'Conseillère juridique' },
      organization: 'NATO International Staff',
      unit: { en: 'Office of Legal Affairs' },
      quote: { en: 'Every day I help 32 countries find common ground.', fr: 'Chaque jour, j’aide 32 pays à trouver un terrain d’entente.' },
      story: [{ en: 'Short story.', fr: 'Histoire courte.' }],
      photo: { url: 'https://example.org/anna.jpg', alt: { en: 'Anna Kowalska at her desk', fr: 'Anna Kowalska à son bureau' } },
    },
    {
      id: 'long',
      name: `Maria-Alexandra ${LONG_WORD}`,
      nationality: 'XYZ',
      role: LONG_WORD,
      organization: LONG_WORD,
      quote: LONG_WORD,
      story: [LONG_WORD, 'z'.repeat(400)],
    },
    { id: 'arabic', name: 'محمد العلي', nationality: 'JOR', role: 'Partnerships Officer' },
    { id: 'mailto-photo', name: 'Jean Dupont', role: 'Translator', photo: { url: 'mailto:someone@example.org', alt: 'Jean' } },
    { id: 'unsafe-photo', name: 'Ola Nordmann', role: 'Engineer', photo: { url: 'javascript:alert(1)', alt: 'Ola' } },
  ],
});
