import { defineStrings } from '../../internal/localize.js';

/** The about panel's own strings; French must have every key English has. */
const en = {
  /** Until the profile has loaded, and for a profile without a name. */
  heading: 'About the organisation',
  loading: 'Loading the organisation profile…',
  empty: 'There is no information about the organisation to show right now.',
  sections: {
    purpose: 'Purpose',
    description: 'Overview',
    pillars: 'What we do',
    coreTasks: 'Core tasks',
    values: 'Values',
    collectiveDefence: 'Collective defence',
    workingAt: 'Working with us',
    diversity: 'Diversity and inclusion',
  },
};

export type AboutPanelStrings = typeof en;

const fr: AboutPanelStrings = {
  heading: 'À propos de l’organisation',
  loading: 'Chargement de la présentation de l’organisation…',
  empty: 'Aucune information sur l’organisation à afficher pour le moment.',
  sections: {
    purpose: 'Raison d’être',
    description: 'Présentation',
    pillars: 'Notre action',
    coreTasks: 'Tâches fondamentales',
    values: 'Valeurs',
    collectiveDefence: 'Défense collective',
    workingAt: 'Travailler avec nous',
    diversity: 'Diversité et inclusion',
  },
};

/** Registered under the name `about-panel` (see `registerStrings()`). */
export const aboutPanelStrings = defineStrings('about-panel', en, fr);
