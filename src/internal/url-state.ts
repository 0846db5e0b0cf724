/**
 * Mirroring an element's state in the page URL, for links and the back button: which element
 * owns a parameter prefix, reading and writing prefixed parameters while leaving the page's own
 * parameters alone, and a writer that puts typing into one history entry after a pause.
 *
 * An element keeps only its parameter names (`{ query: 'q', open: 'open' }`); the prefix comes
 * from its attribute (`sync-url="nspa"` → `nspa-q`).
 */

/** Parameter names of one element's state, by state key. */
export type ParamNames<K extends string> = Readonly<Record<K, string>>;

/** Values to write: an empty or missing value removes its parameter. */
export type ParamValues<K extends string> = Partial<Record<K, string | undefined>>;

/** `"nspa"` → `"nspa-"`; an empty value → `fallback-` (`job-` for the job list). */
export const paramPrefix = (value: string, fallback: string) => `${value.trim() || fallback}-`;

/** Which element writes the parameters of each prefix: two elements sharing one would fight. */
const owners = new Map<string, Element>();

/** Takes the parameters of `prefix` for `owner`; false when another connected element has them. */
export function claimPrefix(prefix: string, owner: Element): boolean {
  const current = owners.get(prefix);
  if (current && current !== owner && current.isConnected) return false;
  owners.set(prefix, owner);
  return true;
}

export function releasePrefix(prefix: string, owner: Element): void {
  if (owners.get(prefix) === owner) owners.delete(prefix);
}

/** The prefixed parameters of `url` (the page's by default), '' for those absent. */
export function readParams<K extends string>(prefix: string, names: ParamNames<K>, url = new URL(location.href)): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) values[key] = url.searchParams.get(prefix + names[key]) ?? '';
  return values;
}

/**
 * Writes the prefixed parameters into the page URL. `push` adds a history entry (the back
 * button undoes it); `replace` changes the current one. Nothing happens when the URL would not
 * change.
 */
export function writeParams<K extends string>(
  prefix: string,
  names: ParamNames<K>,
  values: ParamValues<K>,
  mode: 'push' | 'replace',
): void {
  const url = new URL(location.href);
  for (const key of Object.keys(names) as K[]) {
    const value = values[key];
    if (value) url.searchParams.set(prefix + names[key], value);
    else url.searchParams.delete(prefix + names[key]);
  }
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/** Quiet time after the last keystroke before the URL follows the search box. */
export const REPLACE_DELAY_MS = 400;

/**
 * Writes one element's parameters. Changes made while typing are replaced into the current
 * history entry once typing pauses (Safari throws after about a hundred history calls in 30
 * seconds); a pending replacement is written before a push, and on `flush()` (call it when the
 * element leaves the page). `cancel()` drops it (the reader went back in history meanwhile).
 */
export class UrlStateWriter<K extends string> {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: ParamValues<K>;

  constructor(
    readonly prefix: string,
    private readonly names: ParamNames<K>,
    private readonly delay = REPLACE_DELAY_MS,
  ) {}

  /**
   * Replaces the current entry with `values` once changes pause. The values are those of the
   * moment: a push that follows (a filter chosen after typing) must find the typed state
   * written, not its own.
   */
  replaceSoon(values: ParamValues<K>): void {
    this.pending = values;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes any pending replacement, then adds a history entry with `values`. */
  push(values: ParamValues<K>): void {
    this.flush();
    writeParams(this.prefix, this.names, values, 'push');
  }

  /** Writes a pending replacement now. */
  flush(): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (pending) writeParams(this.prefix, this.names, pending, 'replace');
  }

  /** Drops a pending replacement. */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }

  read(url?: URL): Record<K, string> {
    return readParams(this.prefix, this.names, url);
  }
}
