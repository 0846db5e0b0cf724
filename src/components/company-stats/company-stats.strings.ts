import { defineStrings } from '../../internal/localize.js';

/** The facts and figures' own strings (table name `company-stats`); French must have every key English has. */
const en = {
  heading: 'Facts and figures',
  loading: 'Loading facts and figures…',
  empty: 'There are no facts and figures to show right now.',
  /** An approximate value: "about 6,000"; `#` stands for the number. */
  about: 'about #',
  /** Between a place's city and its country: "Brussels, Belgium". */
  placeSeparator: ', ',
};

const fr: typeof en = {
  heading: 'Faits et chiffres',
  loading: 'Chargement des faits et chiffres…',
  empty: 'Aucun fait ni chiffre à afficher pour le moment.',
  about: 'environ #',
  placeSeparator: ', ',
};

export type CompanyStatsStrings = typeof en;
export const companyStatsStrings = defineStrings('company-stats', en, fr);
