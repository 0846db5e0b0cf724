import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { readSpotlights } from '../../data/read-spotlights.js';
import type { CareersFeed, Spotlight } from '../../data/feed-types.js';
import { NatoSpotlightSelectEvent } from '../../events/nato-spotlight-select.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { styles } from './spotlight-card.styles.js';
import { spotlightStrings } from './spotlight-card.strings.js';
import { renderSpotlight, renderSpotlightSkeleton } from './spotlight-view.js';

/**
 * One employee spotlight: name, role, organisation and unit, nationality, photo (or generated
 * initials), pull quote, and the story with "Read more".
 *
 * @summary One employee's story: who they are, where they work, in their own words.
 * @tag nato-spotlight-card
 *
 * @csspart base - The card's surface, around everything.
 * @csspart card - The spotlight itself (an `<article>`).
 * @csspart name - The person's name: the card's heading, at `heading-level`.
 * @csspart role - Their role.
 * @csspart organization - Their organisation and unit.
 * @csspart unit - Their unit, inside `organization`.
 * @csspart nationality - Their nationality, as the country's name.
 * @csspart photo - The photo, when the feed has a safe one.
 * @csspart avatar - The initials shown instead of a photo (decorative).
 * @csspart quote - The pull quote (a `<figure>` with the quotation and its attribution).
 * @csspart story - The story's paragraphs.
 * @csspart toggle - The "Read more" / "Show less" button of a long story.
 * @csspart empty - The message when the spotlight is not in the feed.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-spotlight-photo-size=5em] - Size of the photo and the initials (7em when the card is 40em wide or more).
 *
 * @fires nato-spotlight-select - The reader opened the story; `event.spotlight` is the spotlight.
 * @fires nato-load - The spotlight is on screen; `event.data` is the spotlight shown.
 * @fires nato-error - The feed could not be loaded.
 */
export class NatoSpotlightCard extends NatoFeedElement<Spotlight[], CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    spotlightId: { attribute: 'spotlight-id' },
    expanded: { state: true },
  };

  protected static override strings = spotlightStrings;

  /** The `id` of the spotlight to show; by default the feed's first. */
  spotlightId?: string;

  /** Whether the whole story is shown. */
  private expanded = false;

  /** The spotlight shown, derived before each render. */
  private current?: Spotlight;

  protected override select(feed: unknown, source: string): Spotlight[] {
    return readSpotlights(feed, source);
  }

  /** The spotlight `spotlight-id` names, or the first. */
  private find(spotlights: readonly Spotlight[]): Spotlight | undefined {
    const id = this.spotlightId?.trim();
    return id ? spotlights.find((spotlight) => spotlight.id === id) : spotlights[0];
  }

  protected override isEmpty(spotlights: Spotlight[]): boolean {
    return this.find(spotlights) === undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const spotlights = this.value;
    const previous = this.current;
    this.current = spotlights ? this.find(spotlights) : undefined;
    // Another person: their story starts folded.
    if (previous && this.current && previous.id !== this.current.id) this.expanded = false;
    const id = this.spotlightId?.trim();
    if (spotlights && id && !this.current) {
      const ids = spotlights.map((spotlight) => `"${spotlight.id}"`).join(', ');
      this.reportMisconfiguration(
        'spotlight-id',
        `spotlight-id="${id}" is not in the feed; ${spotlights.length > 0 ? `its spotlights are ${ids}` : 'it has no spotlights'}. Example: spotlight-id="${spotlights[0]?.id ?? 'eralda-vahidi'}".`,
      );
    } else if (spotlights) {
      this.clearMisconfiguration('spotlight-id');
    }
  }


  protected override renderLoading(): unknown {
    return renderSpotlightSkeleton();
  }

  protected override renderEmpty(): unknown {
    if (!this.spotlightId?.trim()) return super.renderEmpty();
    return html`<p class="message" part="empty">${this.pickStrings(spotlightStrings).notFound}</p>`;
  }

  protected override shownData(spotlights: Spotlight[]): unknown {
    return this.find(spotlights);
  }

  protected override renderContent(): unknown {
    const spotlight = this.current;
    if (!spotlight) return nothing;
    return renderSpotlight(spotlight, {
      lang: this.contentLang,
      plainLang: this.plainLang,
      strings: this.pickStrings(spotlightStrings),
      format: this.format,
      level: this.level,
      id: 'spotlight',
      expanded: this.expanded,
      onToggle: this.toggle,
    });
  }

  private toggle = (spotlight: Spotlight): void => {
    this.expanded = !this.expanded;
    if (this.expanded) this.dispatchEvent(new NatoSpotlightSelectEvent(spotlight));
  };
}
