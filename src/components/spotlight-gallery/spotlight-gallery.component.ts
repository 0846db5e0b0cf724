import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { readSpotlights } from '../../data/read-spotlights.js';
import type { CareersFeed, Spotlight } from '../../data/feed-types.js';
import { NatoSlideChangeEvent } from '../../events/nato-slide-change.js';
import { NatoSpotlightSelectEvent } from '../../events/nato-spotlight-select.js';
import { oneOf, positiveInteger } from '../../internal/attribute-checks.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { spotlightStrings } from '../spotlight-card/spotlight-card.strings.js';
import { renderSpotlight, renderSpotlightSkeleton, type SpotlightView } from '../spotlight-card/spotlight-view.js';
import { styles } from './spotlight-gallery.styles.js';
import { spotlightGalleryStrings } from './spotlight-gallery.strings.js';

export type SpotlightLayout = 'grid' | 'carousel';
const LAYOUTS: readonly SpotlightLayout[] = ['grid', 'carousel'];

/** Time each slide is shown when `autoplay` rotates the carousel. */
const ROTATION_MS = 7000;
/** Quiet time after the last scroll event before the current slide is read from the scroll position. */
const SCROLL_SETTLE_MS = 120;

/**
 * All employee spotlights, as a responsive grid or as a carousel (the WAI-ARIA APG carousel:
 * previous/next buttons, arrow keys, native swipe and scroll snapping; no automatic rotation
 * unless `autoplay` is set).
 *
 * @summary The employee spotlights, as a grid or an accessible carousel.
 * @tag nato-spotlight-gallery
 *
 * @slot heading - Replaces the heading "Meet our people".
 *
 * @csspart base - The gallery's surface, around everything.
 * @csspart header - The heading block.
 * @csspart heading - The default heading.
 * @csspart list - The grid (a `<ul>`), in the grid layout.
 * @csspart item - One cell of the grid.
 * @csspart carousel - The carousel, in the carousel layout.
 * @csspart pause - The carousel's pause/play button (with `autoplay` only).
 * @csspart previous - The carousel's "Previous" button.
 * @csspart next - The carousel's "Next" button.
 * @csspart status - The carousel's position, "2 of 4".
 * @csspart slides - The carousel's scrolling track.
 * @csspart slide - One slide of the carousel.
 * @csspart card - One spotlight.
 * @csspart name - A person's name (a heading one level below the gallery's).
 * @csspart role - Their role.
 * @csspart organization - Their organisation and unit.
 * @csspart unit - Their unit, inside `organization`.
 * @csspart nationality - Their nationality, as the country's name.
 * @csspart photo - A photo, when the feed has a safe one.
 * @csspart avatar - The initials shown instead of a photo (decorative).
 * @csspart quote - A pull quote (a `<figure>` with the quotation and its attribution).
 * @csspart story - A story's paragraphs.
 * @csspart toggle - The "Read more" / "Show less" button of a long story.
 * @csspart empty - The message when there are no spotlights.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-spotlight-photo-size=5em] - Size of each photo and of the initials (7em in a card 40em wide or more).
 *
 * @fires nato-slide-change - The carousel shows another slide; `event.index` and `event.spotlight` say which.
 * @fires nato-spotlight-select - The reader opened a story; `event.spotlight` is the spotlight.
 * @fires nato-load - The spotlights are on screen; `event.data` is the list shown.
 * @fires nato-error - The feed could not be loaded.
 */
export class NatoSpotlightGallery extends NatoFeedElement<Spotlight[], CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    limit: { type: Number },
    autoplay: { type: Boolean },
    current: { state: true },
    expanded: { state: true },
    paused: { state: true },
    hovered: { state: true },
    reducedMotion: { state: true },
  };

  protected static override strings = spotlightGalleryStrings;

  /** `grid` (the default) or `carousel`. */
  layout: SpotlightLayout = 'grid';

  /** The most spotlights to show; all by default. */
  limit?: number;

  /**
   * Carousel only: move to the next slide every 7 seconds, with a pause button first in the
   * carousel. Rotation stops while the pointer is over the carousel, once keyboard focus enters
   * it, and never happens when the reader prefers reduced motion.
   */
  autoplay = false;

  /** The slide shown in the carousel, from 0. */
  private current = 0;
  /** The spotlights whose whole story is shown. */
  private expanded = new Set<Spotlight>();
  /** Rotation stopped by the reader (the pause button, or focus entering the carousel). */
  private paused = false;
  private hovered = false;
  private reducedMotion = false;

  /** Derived before each render. */
  private validLayout: SpotlightLayout = 'grid';
  private validLimit?: number;
  private shown: Spotlight[] = [];

  private motionQuery?: MediaQueryList;
  private rotationTimer?: ReturnType<typeof setInterval>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The slide a button, key or rotation is scrolling to; scroll positions on the way are not slides. */
  private scrollTarget?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.stopRotation();
    clearTimeout(this.settleTimer);
  }

  private onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  protected override select(feed: unknown, source: string): Spotlight[] {
    return readSpotlights(feed, source);
  }

  protected override isEmpty(spotlights: Spotlight[]): boolean {
    return this.limited(spotlights).length === 0;
  }

  private limited(spotlights: Spotlight[]): Spotlight[] {
    return this.validLimit === undefined ? spotlights : spotlights.slice(0, this.validLimit);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      this.validLayout = this.checkAttribute('layout', this.layout, oneOf(LAYOUTS), 'grid', 'layout="carousel"') as SpotlightLayout;
    }
    if (changed.has('limit')) {
      this.validLimit = this.limit === undefined || this.limit === null ? undefined : this.checkAttribute('limit', this.limit, positiveInteger, undefined, 'limit="3"');
    }
    const spotlights = this.value;
    const shown = spotlights ? this.limited(spotlights) : [];
    if (shown.length !== this.shown.length || shown.some((spotlight, index) => spotlight !== this.shown[index])) {
      // New data: stories start folded, and the carousel stays within the list.
      if (this.shown.length > 0 && spotlights) this.expanded = new Set([...this.expanded].filter((spotlight) => shown.includes(spotlight)));
      this.current = Math.min(this.current, Math.max(shown.length - 1, 0));
    }
    this.shown = shown;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Timers only: nothing here changes what is rendered.
    if (this.rotates) this.startRotation();
    else this.stopRotation();
  }



  protected override shownData(spotlights: Spotlight[]): unknown {
    return this.limited(spotlights);
  }

  protected override renderLoading(): unknown {
    if (this.validLayout === 'carousel') {
      return html`<div class="carousel" aria-hidden="true">
        <div class="controls"><span class="skeleton skeleton--line status-placeholder"></span></div>
        <div class="slides"><div class="slide">${renderSpotlightSkeleton()}</div></div>
      </div>`;
    }
    return html`<div class="grid" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<div class="cell placeholder-cell">${renderSpotlightSkeleton()}</div>`)}
    </div>`;
  }

  protected override renderContent(): unknown {
    return this.validLayout === 'carousel' ? this.renderCarousel(this.shown) : this.renderGrid(this.shown);
  }

  private view(spotlight: Spotlight, index: number): SpotlightView {
    return {
      lang: this.contentLang,
      plainLang: this.plainLang,
      strings: this.pickStrings(spotlightStrings),
      format: this.format,
      level: this.level + 1,
      id: `spotlight-${index}`,
      expanded: this.expanded.has(spotlight),
      onToggle: this.toggle,
    };
  }

  private renderGrid(spotlights: Spotlight[]): TemplateResult {
    return html`<ul class="grid" part="list" role="list">
      ${spotlights.map((spotlight, index) => html`<li class="cell" part="item">${renderSpotlight(spotlight, this.view(spotlight, index))}</li>`)}
    </ul>`;
  }

  private renderCarousel(spotlights: Spotlight[]): TemplateResult {
    const strings = this.pickStrings(spotlightGalleryStrings);
    const count = spotlights.length;
    const canRotate = this.autoplay && !this.reducedMotion && count > 1;
    const position = (index: number) => strings.position(index + 1, count, this.format);
    return html`<div
      class="carousel"
      part="carousel"
      role="region"
      aria-roledescription=${strings.carousel}
      aria-label=${strings.label}
      @keydown=${this.onKeydown}
      @pointerenter=${this.onPointerEnter}
      @pointerleave=${this.onPointerLeave}
      @focusin=${this.onFocusIn}
    >
      <div class="controls">
        ${canRotate
          ? html`<button class="button pause" part="pause" type="button" @click=${this.togglePause}>
              <span class="icon ${this.paused ? 'icon--play' : 'icon--pause'}" aria-hidden="true"></span>
              <span class="control-text">${this.paused ? strings.play : strings.pause}</span><span class="visually-hidden"
                >${strings.slideshowSuffix}</span
              >
            </button>`
          : nothing}
        <p class="status" part="status" aria-live=${this.rotates ? 'off' : 'polite'} aria-atomic="true">
          ${position(this.current)}<span class="visually-hidden">: <span dir="auto">${spotlights[this.current]?.name}</span></span>
        </p>
        <button class="button arrow" part="previous" type="button" aria-controls="slides" ?disabled=${count < 2} @click=${this.previous}>
          <span class="icon icon--previous" aria-hidden="true"></span><span class="control-text">${strings.previous}</span>
        </button>
        <button class="button arrow" part="next" type="button" aria-controls="slides" ?disabled=${count < 2} @click=${this.next}>
          <span class="control-text">${strings.next}</span><span class="icon icon--next" aria-hidden="true"></span>
        </button>
      </div>
      <div class="slides" part="slides" id="slides" tabindex="0" @scroll=${this.onScroll} @scrollend=${this.onScrollEnd}>
        ${spotlights.map(
          (spotlight, index) =>
            html`<div
              class="slide"
              part="slide"
              role="group"
              aria-roledescription=${strings.slide}
              aria-label=${position(index)}
              ?inert=${index !== this.current}
            >
              ${renderSpotlight(spotlight, this.view(spotlight, index))}
            </div>`,
        )}
      </div>
    </div>`;
  }

  private toggle = (spotlight: Spotlight): void => {
    const expanded = new Set(this.expanded);
    if (expanded.has(spotlight)) expanded.delete(spotlight);
    else expanded.add(spotlight);
    this.expanded = expanded;
    if (expanded.has(spotlight)) this.dispatchEvent(new NatoSpotlightSelectEvent(spotlight));
  };

  /** Whether the carousel rotates now. */
  private get rotates(): boolean {
    return (
      this.isConnected &&
      this.validLayout === 'carousel' &&
      this.autoplay &&
      !this.reducedMotion &&
      !this.paused &&
      !this.hovered &&
      this.feedState === 'loaded' &&
      this.shown.length > 1
    );
  }

  private startRotation(): void {
    this.rotationTimer ??= setInterval(() => this.goTo(this.current + 1), ROTATION_MS);
  }

  private stopRotation(): void {
    clearInterval(this.rotationTimer);
    this.rotationTimer = undefined;
  }

  private togglePause = (): void => {
    this.paused = !this.paused;
  };

  private onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') this.hovered = true;
  };

  private onPointerLeave = (): void => {
    this.hovered = false;
  };

  /** Keyboard focus entering the carousel stops rotation until the reader presses Play (APG). */
  private onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget as Node | null;
    const carousel = event.currentTarget as HTMLElement;
    // A mouse click focuses the button it presses too: that is not keyboard focus arriving.
    const keyboard = (event.target as Element).matches(':focus-visible');
    if (keyboard && (!from || !carousel.contains(from))) this.paused = true;
  };

  private previous = (): void => this.goTo(this.current - 1);
  private next = (): void => this.goTo(this.current + 1);

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.shown.length - 1;
    const target = { ArrowLeft: this.current - 1, ArrowRight: this.current + 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.goTo(target);
  };

  /** Shows slide `index` (wrapping around at either end). */
  private goTo(index: number): void {
    const count = this.shown.length;
    if (count === 0) return;
    const target = ((index % count) + count) % count;
    const track = this.track;
    const slide = track?.children[target] as HTMLElement | undefined;
    if (track && slide) {
      this.scrollTarget = target;
      track.scrollTo({ left: slide.offsetLeft, behavior: this.reducedMotion ? 'instant' : 'smooth' });
    }
    this.setCurrent(target);
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.slides');
  }

  private setCurrent(index: number): void {
    if (index === this.current) return;
    this.current = index;
    this.dispatchEvent(new NatoSlideChangeEvent(index, this.shown[index]));
  }

  private onScroll = (): void => {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.syncFromScroll(false), SCROLL_SETTLE_MS);
  };

  private onScrollEnd = (): void => {
    clearTimeout(this.settleTimer);
    this.syncFromScroll(true);
  };

  /** The current slide from the scroll position: swipes, trackpads and scrolled-into-view focus count too. */
  private syncFromScroll(ended: boolean): void {
    const track = this.track;
    if (!track || track.clientWidth === 0) return;
    // Slides are positioned in the track (\`position: relative\`), so their offsets are scroll positions.
    const slides = [...track.children] as HTMLElement[];
    const distance = (index: number) => Math.abs(slides[index].offsetLeft - track.scrollLeft);
    let nearest = 0;
    slides.forEach((_, index) => {
      if (distance(index) < distance(nearest)) nearest = index;
    });
    if (this.scrollTarget !== undefined) {
      // On the way to a chosen slide: only its arrival, or the end of scrolling, decides.
      if (nearest !== this.scrollTarget && !ended) return;
      this.scrollTarget = undefined;
    }
    this.setCurrent(nearest);
  }
}
