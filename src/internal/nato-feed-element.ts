import { Task, TaskStatus, initialState } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS, fetchFeed } from '../data/feed-client.js';
import { FeedError, toFeedError } from '../data/feed-error.js';
import type { CareersFeed } from '../data/feed-types.js';
import { NatoErrorEvent } from '../events/nato-error.js';
import { NatoLoadEvent } from '../events/nato-load.js';
import { NatoElement } from './nato-element.js';
import { sharedStrings } from './strings.js';

export interface FeedViews<T> {
  /** The loading placeholder: it should take the loaded layout's space. */
  loading: () => unknown;
  /** Shown when the data has loaded but holds nothing to show. */
  empty: () => unknown;
  content: (value: T) => unknown;
}

/**
 * The base of every element that shows feed data. Data flows one way:
 * `endpoint` (or `.data`) → shared fetch client → validation (`select`) → state → template.
 *
 * Subclasses implement `select()` to pick and validate their slice of the feed, and call
 * `renderFeed()` from `render()` for the loading, error, empty and loaded states.
 */
export abstract class NatoFeedElement<T> extends NatoElement {
  /** URL of the careers feed, or of just the slice this element shows (e.g. an array of jobs). */
  @property() endpoint?: string;

  /** The feed, or the slice this element shows, handed in directly; when set, nothing is fetched. */
  @property({ attribute: false }) data?: CareersFeed | readonly unknown[];

  /** Milliseconds to wait for the endpoint before showing an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  private freshRequested = false;

  /** @internal */
  protected readonly feedTask = new Task(this, {
    args: () => [this.endpoint, this.data] as const,
    task: async ([endpoint, data], { signal }) => {
      if (data !== undefined && data !== null) return this.select(data, 'data');
      if (!endpoint) return initialState;
      const fresh = this.freshRequested;
      this.freshRequested = false;
      try {
        const feed = await fetchFeed(endpoint, { signal, timeout: this.effectiveTimeout, fresh });
        return this.select(feed, new URL(endpoint, document.baseURI).href);
      } catch (error) {
        // Removed from the page, or superseded by a newer request: not an error to show.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (value) => this.dispatchEvent(new NatoLoadEvent(value)),
    onError: (error) => {
      const feedError = toFeedError(error, this.endpoint ?? 'data');
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

  /** Fetches the data again, bypassing the shared cache. */
  reload(): Promise<void> {
    this.freshRequested = true;
    return this.feedTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A request abandoned on disconnect starts again when the element comes back.
    if (this.hasUpdated && this.feedTask.status === TaskStatus.INITIAL && (this.endpoint || this.data)) {
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.feedTask.abort();
  }

  protected override firstUpdated(): void {
    // Frameworks may set `.data` just after creating the element, so look a moment later.
    setTimeout(() => {
      if (this.isConnected && !this.endpoint && this.data === undefined) {
        this.reportMisconfiguration(
          'source',
          'nothing to show: set the endpoint attribute to the URL of the careers feed (endpoint="https://…/careers.json"), or hand data in through the data property.',
        );
      }
    });
  }

  private get effectiveTimeout(): number {
    if (Number.isFinite(this.timeout) && this.timeout > 0) {
      this.clearMisconfiguration('timeout');
      return this.timeout;
    }
    this.reportMisconfiguration(
      'timeout',
      `timeout="${this.getAttribute('timeout')}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT_MS}. Example: timeout="15000".`,
    );
    return DEFAULT_TIMEOUT_MS;
  }

  /** The current state as a template: loading, error (announced, with Retry), empty or content. */
  protected renderFeed(views: FeedViews<T>): TemplateResult {
    const strings = this.pickStrings(sharedStrings);
    const status = this.feedTask.status;
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    // The status region stays in place and only its text changes, so that screen readers
    // announce "Loading…" again on a retry. It sits outside the busy container, whose changes
    // screen readers may hold back until it is no longer busy.
    return html`<span class="visually-hidden" role="status">${busy ? strings.loading : ''}</span>
      <div class="state" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
      ${this.feedTask.render({
        initial: views.loading,
        pending: views.loading,
        complete: (value) => (this.isEmpty(value) ? views.empty() : views.content(value)),
        error: (error) => {
          const kind = error instanceof FeedError ? error.kind : 'invalid-feed';
          return html`<div class="error" part="error" role="alert">
            <p>${strings.errors[kind]}</p>
            <button class="button" part="retry" type="button" @click=${this.retry}>${strings.retry}</button>
          </div>`;
        },
      })}
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
