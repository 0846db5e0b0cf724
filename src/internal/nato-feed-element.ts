import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { DEFAULT_TIMEOUT_MS, fetchFeed, releaseFeed } from '../data/feed-client.js';
import { FeedError, toFeedError } from '../data/feed-error.js';
import { forgetDocument, readFeedLang } from '../data/feed-document.js';
import type { CareersFeed } from '../data/feed-types.js';
import { NatoErrorEvent } from '../events/nato-error.js';
import { NatoLoadEvent } from '../events/nato-load.js';
import { headingLevel, positiveMilliseconds } from './attribute-checks.js';
import { careersContext, type CareersContextValue } from './careers-context.js';
import { heading } from './heading.js';
import { textDirection, yieldToMain, type FormatKind, type StringTable } from './localize.js';
import { NatoElement } from './nato-element.js';
import { sharedStrings } from './strings.js';

/** The strings the base reads from an element's table, when it has them. */
export interface FeedElementStrings {
  /** The default heading. */
  heading?: string;
  /** What the status region says while loading ("Loading the benefits…"). */
  loading?: string;
  /** The message when there is nothing to show. */
  empty?: string;
}

/** What an element shows: nothing configured, its loading placeholder, an error, nothing to show, or its content. */
export type FeedState = 'unconfigured' | 'loading' | 'error' | 'empty' | 'loaded';

/** A loaded and validated slice, with the language of the feed's plain strings. */
interface Loaded<T> {
  value: T;
  plainLang: string;
}

/** The task's arguments: handed-in data, or an endpoint; and whether to bypass the cache. */
type Source = [data: unknown, endpoint: string | undefined, fresh: boolean];

/**
 * The base of every element that shows feed data. Data flows one way: a source (its own
 * `.data`, its own `endpoint`, or else a `<nato-careers>` ancestor's) → shared fetch client →
 * validation (`select`) → state → template.
 *
 * It renders the whole frame: the root (`part="base"`), the heading block (slot `heading`,
 * `heading-level`), and each state: not configured, loading (announced, with the subclass's
 * placeholder), error (announced, with Retry), empty, and the content. Subclasses implement
 * `select()`, `isEmpty()` and `renderContent()`, and may override `headingText()`,
 * `renderLoading()`, `renderEmpty()`, `renderHeaderExtra()` and `shownData()`.
 *
 * `nato-load` fires once per load, after the update that put the content on screen, with what is
 * shown (`shownData()`).
 *
 * @slot heading - Replaces the element's default heading.
 *
 * @csspart base - The element's surface, around everything.
 * @csspart header - The heading block.
 * @csspart heading - The default heading.
 * @csspart unconfigured - The message shown when the element has no data source.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The error message (an alert).
 * @csspart retry - The error's "Try again" button.
 *
 * @fires nato-load - The data has loaded and is on screen; `event.data` is what the element shows.
 * @fires nato-error - The data could not be loaded; `event.error.kind` says why.
 */
export abstract class NatoFeedElement<T, D = CareersFeed | readonly unknown[]> extends NatoElement {
  // Reactive properties are declared here rather than with decorators: the decorators' run-time
  // code would be paid by every page that embeds an element.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    data: { attribute: false },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the careers feed, or of just the slice this element shows (e.g. an array of jobs). */
  endpoint?: string;

  /**
   * The feed, or the slice this element shows, handed in directly; when set, nothing is fetched.
   * Treated as immutable: assign a new object to show new data (or call `reload()` after
   * changing it in place).
   */
  data?: D;

  /** Milliseconds to wait for the endpoint before showing an error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Level of the element's heading, 1–6; headings inside it are one level below. */
  headingLevel = 2;

  /**
   * The element's string table: its `heading`, `loading` and `empty` strings are used by the
   * default `headingText()`, `loadingLabel()` and `renderEmpty()`.
   */
  protected static strings?: StringTable<FeedElementStrings>;

  /**
   * The `Intl` objects the loaded state formats with: they are built in idle moments while the
   * feed is on its way, so that the task that renders the content stays short.
   */
  protected static formats: readonly FormatKind[] = [];

  /** What the nearest `<nato-careers>` provides: used when this element has no source of its own. */
  private readonly careers = new ContextConsumer(this, { context: careersContext, subscribe: true });

  /** The valid heading level, derived before each render. */
  protected level = 2;
  /** The language of the loaded feed's plain strings; text in another language gets its `lang`. */
  protected plainLang = 'en';

  private timeoutMs = DEFAULT_TIMEOUT_MS;
  /** Completed loads, and the last one announced with `nato-load`. */
  private loads = 0;
  private announcedLoad = 0;
  private unconfiguredCheck?: ReturnType<typeof setTimeout>;

  private readonly task = new Task<Source, Loaded<T>>(this, {
    args: () => {
      const { data, endpoint } = this.source;
      return [data, endpoint, false];
    },
    // Freshness is an argument of one run (a reload), not a reason to run again.
    argsEqual: ([dataA, endpointA], [dataB, endpointB]) => dataA === dataB && endpointA === endpointB,
    task: async ([data, endpoint, fresh], { signal }) => {
      // The document shown before (another endpoint, or none now) is no longer held by this element.
      releaseFeed(this);
      if (data !== undefined) {
        // Data changed in place is read again on reload(); otherwise its validation is remembered.
        if (fresh) forgetDocument(data);
        return this.load(data, 'data');
      }
      if (!endpoint) return initialState;
      const { formats } = this.constructor as typeof NatoFeedElement;
      const format = this.format;
      format.prepare(formats);
      try {
        const feed = await fetchFeed(endpoint, { signal, timeout: this.timeoutMs, fresh, holder: this });
        // What the wait did not build is built now, one object per task; and elements sharing
        // one feed get it at the same moment: each validates and renders in a task of its own,
        // so that the page stays responsive in between.
        await format.ready(formats);
        await yieldToMain();
        if (signal.aborted) return initialState;
        return this.load(feed, new URL(endpoint, document.baseURI).href);
      } catch (error) {
        // Removed from the page, or superseded by a newer request: not an error to show.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: () => this.loads++,
    onError: (error) => {
      const feedError = toFeedError(error, this.source.endpoint ?? 'data');
      console.error(`[nato-careers] <${this.localName}> could not load ${feedError.source}: ${feedError.message}`, this);
      this.dispatchEvent(new NatoErrorEvent(feedError));
    },
  });

  /**
   * Picks and validates this element's slice of `feed`. Throws a `FeedError` when the
   * document is unusable; drops invalid items with warnings.
   */
  protected abstract select(feed: unknown, source: string): T;

  /** Whether a loaded value has nothing to show. */
  protected abstract isEmpty(value: T): boolean;

  /** The loaded state. */
  protected abstract renderContent(value: T): unknown;

  /** This element's own strings in its UI language (empty when it has no table). */
  private get ownStrings(): FeedElementStrings {
    const table = (this.constructor as typeof NatoFeedElement).strings;
    return table ? this.pickStrings(table) : {};
  }

  /** The element's default heading; `undefined` for none (the heading slot then does not exist). */
  protected headingText(): string | undefined {
    return this.ownStrings.heading;
  }

  /** Beside the heading, in every state (a count, say). */
  protected renderHeaderExtra(): unknown {
    return nothing;
  }

  /** The loading placeholder: hidden from assistive technology, it should take the loaded layout's space. */
  protected renderLoading(): unknown {
    return html`<div class="placeholder" aria-hidden="true">
      <span class="skeleton skeleton--line"></span><span class="skeleton skeleton--line"></span
      ><span class="skeleton skeleton--line skeleton--short"></span>
    </div>`;
  }

  /** Shown when the data has loaded but holds nothing to show. */
  protected renderEmpty(): unknown {
    return html`<p class="message" part="empty">${this.ownStrings.empty ?? this.pickStrings(sharedStrings).empty}</p>`;
  }

  /** What the status region says while loading ("Loading job openings…"). */
  protected loadingLabel(): string {
    return this.ownStrings.loading ?? this.pickStrings(sharedStrings).loading;
  }

  /** What `nato-load` carries: what the element shows of the loaded value. */
  protected shownData(value: T): unknown {
    return value;
  }

  /** The loaded, validated value, once loaded. */
  protected get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.value : undefined;
  }

  /** The state the element is in; `loaded` and `empty` once `nato-load` has fired. */
  get feedState(): FeedState {
    if (!this.hasSource) return 'unconfigured';
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.isEmpty(this.task.value!.value) ? 'empty' : 'loaded';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /**
   * Loads the data again: fetches the endpoint bypassing the shared cache, or validates `.data`
   * again (for data changed in place).
   */
  reload(): Promise<void> {
    const { data, endpoint } = this.source;
    return this.task.run([data, endpoint, true]);
  }

  /** Own data, then own endpoint, then the provider's data, then the provider's endpoint. */
  private get source(): { data?: unknown; endpoint?: string } {
    if (this.data !== undefined && this.data !== null) return { data: this.data };
    if (this.endpoint) return { endpoint: this.endpoint };
    const provided: CareersContextValue | undefined = this.careers.value;
    if (provided?.data !== undefined && provided.data !== null) return { data: provided.data };
    return provided?.endpoint ? { endpoint: provided.endpoint } : {};
  }

  private get hasSource(): boolean {
    const { data, endpoint } = this.source;
    return data !== undefined || Boolean(endpoint);
  }

  private load(feed: unknown, source: string): Loaded<T> {
    return { value: this.select(feed, source), plainLang: readFeedLang(feed, source) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load abandoned on disconnect (still pending, or already reset) starts again when the
    // element comes back: moved in the DOM, re-parented, re-keyed by a framework.
    if (this.hasUpdated && this.hasSource && this.task.status !== TaskStatus.COMPLETE && this.task.status !== TaskStatus.ERROR) {
      void this.task.run();
    }
    // Frameworks may set `.data` just after connecting the element, so look a moment later.
    this.unconfiguredCheck = setTimeout(() => {
      if (!this.hasSource) {
        this.reportMisconfiguration(
          'source',
          'nothing to show: set the endpoint attribute to the URL of the careers feed (endpoint="https://…/careers.json"), hand data in through the data property, or place the element inside a <nato-careers endpoint="…"> provider.',
        );
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.unconfiguredCheck);
    this.task.abort();
    // The shared cache keeps the document a few seconds, for an element that is only moving.
    releaseFeed(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasSource) this.clearMisconfiguration('source');
    if (changed.has('headingLevel')) {
      this.level = this.checkAttribute('heading-level', this.headingLevel, headingLevel, 2, 'heading-level="3"');
    }
    if (changed.has('timeout')) {
      this.timeoutMs = this.checkAttribute('timeout', this.timeout, positiveMilliseconds, DEFAULT_TIMEOUT_MS, 'timeout="15000"');
    }
    const loaded = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (loaded) this.plainLang = loaded.plainLang;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The content of this load is on screen now: announce it, once.
    if (this.task.status === TaskStatus.COMPLETE && this.announcedLoad !== this.loads) {
      this.announcedLoad = this.loads;
      this.dispatchEvent(new NatoLoadEvent(this.shownData(this.task.value!.value)));
    }
  }

  override render(): TemplateResult {
    return html`<section class="base" part="base" dir=${textDirection(this.locale.language)}>${this.renderHeader()} ${this.renderState()}</section>`;
  }

  private renderHeader(): unknown {
    const title = this.headingText();
    if (title === undefined) return nothing;
    const tag = heading(this.level);
    return html`<header class="header" part="header">
      <slot name="heading">${staticHtml`<${tag} class="heading" part="heading">${title}</${tag}>`}</slot>
      ${this.renderHeaderExtra()}
    </header>`;
  }

  private renderState(): TemplateResult {
    const strings = this.pickStrings(sharedStrings);
    const state = this.feedState;
    const busy = state === 'loading';
    // The status region stays in place and only its text changes, so that screen readers
    // announce "Loading…" again on a retry. It sits outside the busy container, whose changes
    // screen readers may hold back until it is no longer busy.
    return html`<span class="visually-hidden" role="status">${busy ? this.loadingLabel() : ''}</span>
      <div class="state" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
        ${state === 'unconfigured'
          ? html`<p class="message" part="unconfigured">${strings.unconfigured}</p>`
          : state === 'loading'
            ? this.renderLoading()
            : state === 'error'
              ? this.renderError()
              : state === 'empty'
                ? this.renderEmpty()
                : this.renderContent(this.task.value!.value)}
      </div>`;
  }

  private renderError(): TemplateResult {
    const strings = this.pickStrings(sharedStrings);
    const error = this.task.error;
    const kind = error instanceof FeedError ? error.kind : 'invalid-feed';
    // One level below the element's own heading, when it has one.
    const tag = heading(this.headingText() === undefined ? this.level : this.level + 1);
    return html`<div class="error" part="error" role="alert">
      ${staticHtml`<${tag} class="error-title">${strings.errorTitle}</${tag}>`}
      <p>${strings.errors[kind]}</p>
      <button class="button" part="retry" type="button" @click=${this.retry}>${strings.retry}</button>
    </div>`;
  }

  private async retry(): Promise<void> {
    const run = this.reload();
    await this.updateComplete;
    // The Retry button is gone; keep keyboard focus in the widget rather than on <body>.
    this.renderRoot.querySelector<HTMLElement>('.state')?.focus();
    await run;
  }
}
