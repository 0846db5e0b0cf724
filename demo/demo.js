// The host pages' own script: a language switch, and the developer links that add fault
// injection to the demo endpoint. Nothing here is needed to embed the elements.
const FAULTS = ['delay', 'status', 'retryAfter', 'failTimes', 'key', 'malformed', 'contentType', 'invalid', 'empty', 'jobs'];

const pageQuery = new URLSearchParams(location.search);
const faults = new URLSearchParams([...pageQuery].filter(([name]) => FAULTS.includes(name)));
if ([...faults].length) {
  // The provider and any element with its own endpoint.
  for (const element of document.querySelectorAll('nato-careers[endpoint], [endpoint^="/api/careers.json"]')) {
    element.setAttribute('endpoint', `/api/careers.json?${faults}`);
  }
}

const french = {
  navCareers: 'Carrières à l’OTAN',
  navNspa: 'NSPA',
  navVacancy: 'Une offre',
  kicker: 'Profil d’employeur',
  title: 'Travailler pour l’OTAN',
  lede: 'Plus qu’un emploi : une mission de paix et de sécurité pour près d’un milliard de personnes en Europe et en Amérique du Nord.',
  note: 'Les postes marqués « Offre fictive » dans ce flux de démonstration sont des exemples, pas de vraies offres. Seul le poste d’agent de protection rapprochée provient de la page carrières de l’OTAN.',
  agency: 'Agence OTAN de soutien et d’acquisition',
  nspaHeading: 'Carrières à la NSPA',
  nspaLede: 'Depuis Capellen, au Luxembourg, la NSPA assure la logistique, le carburant et les acquisitions de l’Alliance.',
  nspaJobs: 'La NSPA recrute',
  nspaFooter: 'Page de démonstration. Les offres marquées comme fictives ne sont pas de vraies offres.',
  back: '← Toutes les offres',
};

const english = {};
for (const element of document.querySelectorAll('[data-i18n]')) english[element.dataset.i18n] = element.textContent.trim();

function setLanguage(lang) {
  const strings = lang === 'fr' ? french : english;
  document.documentElement.lang = lang; // the elements follow the page's language
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = strings[element.dataset.i18n] ?? english[element.dataset.i18n];
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
if (pageQuery.get('lang') === 'fr') setLanguage('fr');

// A host can follow what applicants do, e.g. for analytics.
document.addEventListener('nato-apply', (event) => console.info('[demo] apply:', event.job.id, event.url));
