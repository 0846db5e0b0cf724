import { createContext } from '@lit/context';

/** What a `<nato-careers>` provider gives the elements inside it that lack their own. */
export interface CareersContextValue {
  /** The feed URL for descendants without an `endpoint`. */
  endpoint?: string;
  /** Data for descendants without an `endpoint` or `data` of their own. */
  data?: unknown;
}

/**
 * The provider channel. A string key (not a symbol) so that two copies of the library on one
 * page, which each create their own context object, still find each other's providers.
 */
export const careersContext = createContext<CareersContextValue | undefined>('nato-careers');
