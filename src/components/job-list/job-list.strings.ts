import { defineStrings, type Formatter } from '../../internal/localize.js';

/** The job list's own strings; French must have every key English has. */
const en = {
  heading: 'NATO is hiring now',
  openings: (count: number, f: Formatter) => f.plural(count, { one: '# job opening', other: '# job openings' }),
  loadingJobs: 'Loading job openings…',
  search: 'Search jobs',
  searchHint: 'Title, organisation, location or reference',
  organization: 'Organisation',
  location: 'Location',
  grade: 'Grade',
  contractType: 'Contract type',
  allOrganizations: 'All organisations',
  allLocations: 'All locations',
  allGrades: 'All grades',
  allContractTypes: 'All contract types',
  sortBy: 'Sort by',
  sorts: { closing: 'Closing date', newest: 'Newest', title: 'Title' },
  results: (shown: number, total: number, f: Formatter) =>
    shown === total
      ? f.plural(total, { one: '# job', other: 'All # jobs' })
      : `${f.plural(shown, { one: '# job', other: '# jobs' })} of ${f.number(total)}`,
  noMatch: 'No jobs match your search.',
  clearFilters: 'Clear filters',
  empty: 'There are no job openings right now. Please check again soon.',
  showMore: (count: number, f: Formatter) => f.plural(count, { one: 'Show # more job', other: 'Show # more jobs' }),
  reference: 'Ref.',
  gradeValue: (grade: string) => `Grade ${grade}`,
  closes: (relative: string) => `Closes ${relative}`,
  closesOn: (date: string) => `Closing date: ${date}`,
  closingSoon: 'Closing soon',
  openUntilFilled: 'Open until filled',
  postedOn: (date: string) => `Posted ${date}`,
  summary: 'Summary',
  requirements: 'Requirements',
  eligibility: 'Eligibility',
  workplace: 'Workplace',
  apply: 'Apply',
  applyFor: (title: string) => `Apply for ${title}`,
  newTab: '(opens in a new tab)',
  noApplyLink: 'Applications are not open online for this job.',
  contractTypes: {
    'definite-duration': 'Definite duration',
    'indefinite-duration': 'Indefinite duration',
    temporary: 'Temporary',
    internship: 'Internship',
    secondment: 'Secondment',
    consultancy: 'Consultancy',
  } as Record<string, string>,
  workplaceTypes: { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' } as Record<string, string>,
};

export type JobListStrings = typeof en;

const fr: JobListStrings = {
  heading: 'L’OTAN recrute',
  openings: (count, f) => f.plural(count, { one: '# offre d’emploi', other: '# offres d’emploi' }),
  loadingJobs: 'Chargement des offres d’emploi…',
  search: 'Rechercher un poste',
  searchHint: 'Intitulé, organisation, lieu ou référence',
  organization: 'Organisation',
  location: 'Lieu',
  grade: 'Grade',
  contractType: 'Type de contrat',
  allOrganizations: 'Toutes les organisations',
  allLocations: 'Tous les lieux',
  allGrades: 'Tous les grades',
  allContractTypes: 'Tous les types de contrat',
  sortBy: 'Trier par',
  sorts: { closing: 'Date de clôture', newest: 'Les plus récentes', title: 'Intitulé' },
  results: (shown, total, f) =>
    shown === total
      ? f.plural(total, { one: '# offre', other: 'Les # offres' })
      : `${f.plural(shown, { one: '# offre', other: '# offres' })} sur ${f.number(total)}`,
  noMatch: 'Aucune offre ne correspond à votre recherche.',
  clearFilters: 'Effacer les filtres',
  empty: 'Aucune offre d’emploi pour le moment. Revenez bientôt.',
  showMore: (count, f) => f.plural(count, { one: 'Afficher # offre de plus', other: 'Afficher # offres de plus' }),
  reference: 'Réf.',
  gradeValue: (grade) => `Grade ${grade}`,
  closes: (relative) => `Clôture ${relative}`,
  closesOn: (date) => `Date de clôture\u00a0: ${date}`,
  closingSoon: 'Clôture prochaine',
  openUntilFilled: 'Ouvert jusqu’à ce que le poste soit pourvu',
  postedOn: (date) => `Publiée le ${date}`,
  summary: 'Résumé',
  requirements: 'Profil recherché',
  eligibility: 'Conditions d’admissibilité',
  workplace: 'Lieu de travail',
  apply: 'Postuler',
  applyFor: (title) => `Postuler\u00a0: ${title}`,
  newTab: '(s’ouvre dans un nouvel onglet)',
  noApplyLink: 'Les candidatures en ligne ne sont pas ouvertes pour ce poste.',
  contractTypes: {
    'definite-duration': 'Durée déterminée',
    'indefinite-duration': 'Durée indéterminée',
    temporary: 'Temporaire',
    internship: 'Stage',
    secondment: 'Détachement',
    consultancy: 'Consultance',
  },
  workplaceTypes: { onsite: 'Sur site', hybrid: 'Hybride', remote: 'À distance' },
};

/** Registered under the name `job-list` (see `registerStrings()`). */
export const jobListStrings = defineStrings('job-list', en, fr);
