/**
 * The words for a vacancy's facts that every job element uses (the list and the single
 * vacancy), in English and French. Each element's string table includes them, so a host's
 * `registerStrings()` translates them per table as usual.
 */
export const jobTermsEn = {
  illustrative: 'Example vacancy',
  /** Known contract types; any other value from the feed is shown as given. */
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

export const jobTermsFr: typeof jobTermsEn = {
  illustrative: 'Offre fictive',
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
