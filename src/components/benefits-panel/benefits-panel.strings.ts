import { defineStrings } from '../../internal/localize.js';

/** The benefits panel's own strings (table name `benefits-panel`); French must have every key English has. */
const en = {
  heading: 'What can you expect?',
  loading: 'Loading benefits…',
  empty: 'There are no benefits to show right now.',
  /** The group of benefits that have no category. */
  other: 'Other',
};

const fr: typeof en = {
  heading: 'À quoi pouvez-vous vous attendre\u00a0?',
  loading: 'Chargement des avantages…',
  empty: 'Aucun avantage à afficher pour le moment.',
  other: 'Autres',
};

export type BenefitsPanelStrings = typeof en;
export const benefitsPanelStrings = defineStrings('benefits-panel', en, fr);
