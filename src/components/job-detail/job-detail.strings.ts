import { defineStrings } from '../../internal/localize.js';
import { jobTermsEn, jobTermsFr } from '../../internal/job-terms.js';

/** The job detail's own strings; French must have every key English has. */
const en = {
  ...jobTermsEn,
  loading: 'Loading the vacancy…',
  illustrativeNote: 'This is an example to show what a vacancy looks like. It is not a real opening.',
  reference: 'Reference',
  grade: 'Grade',
  contractType: 'Contract type',
  workplace: 'Workplace',
  location: 'Location',
  locations: 'Locations',
  posted: 'Posted',
  closing: 'Closing date',
  closes: (relative: string) => `Closes ${relative}`,
  closedOn: (date: string) => `Closed on ${date}`,
  closed: 'This vacancy has closed. Applications are no longer accepted.',
  openUntilFilled: 'Open until filled',
  about: 'About the job',
  requirements: 'What you need',
  eligibility: 'Who can apply',
  apply: 'Apply',
  applyFor: (title: string) => `for ${title}`,
  newTab: '(opens in a new tab)',
  noApplyLink: 'Applications are not open online for this vacancy.',
  notFoundTitle: 'Vacancy not found',
  notFound: 'This vacancy may have closed or been removed.',
  noJobChosen: 'No vacancy was chosen.',
  allVacancies: 'See all vacancies',
};

export type JobDetailStrings = typeof en;

const fr: JobDetailStrings = {
  ...jobTermsFr,
  loading: 'Chargement de l’offre…',
  illustrativeNote: 'Cet exemple montre à quoi ressemble une offre. Ce n’est pas un poste à pourvoir.',
  reference: 'Référence',
  grade: 'Grade',
  contractType: 'Type de contrat',
  workplace: 'Lieu de travail',
  location: 'Lieu',
  locations: 'Lieux',
  posted: 'Publiée le',
  closing: 'Date de clôture',
  closes: (relative) => `Clôture ${relative}`,
  closedOn: (date) => `Clôturée le ${date}`,
  closed: 'Cette offre est clôturée. Les candidatures ne sont plus acceptées.',
  openUntilFilled: 'Ouverte jusqu’à ce que le poste soit pourvu',
  about: 'Le poste',
  requirements: 'Profil recherché',
  eligibility: 'Qui peut postuler\u00a0?',
  apply: 'Postuler',
  applyFor: (title) => `\u00a0: ${title}`,
  newTab: '(s’ouvre dans un nouvel onglet)',
  noApplyLink: 'Les candidatures en ligne ne sont pas ouvertes pour cette offre.',
  notFoundTitle: 'Offre introuvable',
  notFound: 'Cette offre a peut-être été clôturée ou retirée.',
  noJobChosen: 'Aucune offre n’a été choisie.',
  allVacancies: 'Voir toutes les offres',
};

/** Registered under the name `job-detail` (see `registerStrings()`). */
export const jobDetailStrings = defineStrings('job-detail', en, fr);
