import type { FeedErrorKind } from '../data/feed-error.js';
import { defineStrings } from './localize.js';

/** Strings every element shares: states, errors, retry. English is the reference. */
const en = {
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing to show right now.',
  unconfigured: 'This content is not available: the widget has no data source.',
  errorTitle: 'Careers information unavailable',
  errors: {
    network: 'We could not reach the careers service. Check your connection and try again.',
    timeout: 'The careers service is taking too long to answer.',
    http: 'The careers service is unavailable right now.',
    'not-json': 'The careers service sent something we could not read.',
    'invalid-feed': 'The careers information could not be read.',
  } satisfies Record<FeedErrorKind, string>,
};

export type SharedStrings = typeof en;

const fr: SharedStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  empty: 'Rien à afficher pour le moment.',
  unconfigured: 'Ce contenu n’est pas disponible : le widget n’a pas de source de données.',
  errorTitle: 'Informations sur les carrières indisponibles',
  errors: {
    network: 'Impossible de joindre le service des carrières. Vérifiez votre connexion et réessayez.',
    timeout: 'Le service des carrières met trop de temps à répondre.',
    http: 'Le service des carrières est momentanément indisponible.',
    'not-json': 'Le service des carrières a envoyé une réponse illisible.',
    'invalid-feed': 'Les informations sur les carrières sont illisibles.',
  },
};

/** Registered under the name `shared` (see `registerStrings()`). */
export const sharedStrings = defineStrings('shared', en, fr);
