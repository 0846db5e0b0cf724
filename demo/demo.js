// The partner page's own script: a language switch, and the developer links that add fault
// injection to the demo endpoint. Nothing here is needed to embed the elements.
const FAULTS = ['delay', 'status', 'retryAfter', 'failTimes', 'key', 'malformed', 'contentType', 'invalid', 'empty', 'jobs'];

const pageQuery = new URLSearchParams(location.search);
const faults = new URLSearchParams([...pageQuery].filter(([name]) => FAULTS.includes(name)));
if ([...faults].length) {
  for (const list of document.querySelectorAll('nato-job-list')) {
    list.setAttribute('endpoint', `/api/careers.json?${faults}`);
  }
}

const french = {
  kicker: 'Profil d’employeur',
  title: 'Travailler pour l’OTAN',
  lede: 'L’OTAN offre plus qu’un emploi : une mission de paix et de sécurité pour près d’un milliard de personnes en Europe et en Amérique du Nord. Quelque 6 000 civils travaillent dans son siège et ses agences, de Bruxelles à Norfolk.',
  note: 'Les postes marqués comme illustratifs dans ce flux de démonstration sont des exemples, pas de vraies offres. Seul le poste d’agent de protection rapprochée provient de la page carrières de l’OTAN.',
  nspaTitle: 'La NSPA recrute',
  whyTitle: 'Pourquoi l’OTAN ?',
  why: [
    'Salaire net d’impôt et régime de pension fondé sur l’investissement',
    'Horaires flexibles et télétravail',
    'Assurance maladie et assurance vie privées',
  ],
};

const english = {};
for (const element of document.querySelectorAll('[data-i18n]')) english[element.dataset.i18n] = element.textContent.trim();
for (const list of document.querySelectorAll('[data-i18n-list]')) {
  english[list.dataset.i18nList] = [...list.children].map((item) => item.textContent.trim());
}

function setLanguage(lang) {
  const strings = lang === 'fr' ? french : english;
  document.documentElement.lang = lang; // the elements follow the page's language
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = strings[element.dataset.i18n];
  for (const list of document.querySelectorAll('[data-i18n-list]')) {
    [...list.children].forEach((item, index) => (item.textContent = strings[list.dataset.i18nList][index]));
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

// A host can follow what applicants do, e.g. for analytics.
document.addEventListener('nato-apply', (event) => console.info('[demo] apply:', event.job.id, event.url));
