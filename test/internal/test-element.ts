import { html } from 'lit';
import { readBenefits } from '../../src/data/feed-reader.js';
import type { Benefit } from '../../src/data/feed-types.js';
import { resolveText } from '../../src/data/localized-text.js';
import { NatoFeedElement } from '../../src/internal/nato-feed-element.js';
export { settledState as loadedState } from '../data/helpers.js';

/**
 * The smallest real element on the base class: it lists the feed's benefit titles. The base's
 * behaviour (sources, states, events, language) is tested through it, apart from any element.
 */
export class TestBenefits extends NatoFeedElement<Benefit[]> {
  /** How often each view was rendered, to prove which states were shown. */
  renders = { content: 0, loading: 0 };

  protected override select(feed: unknown, source: string): Benefit[] {
    return readBenefits(feed, source);
  }

  protected override isEmpty(benefits: Benefit[]): boolean {
    return benefits.length === 0;
  }

  protected override headingText(): string {
    return 'Benefits';
  }

  protected override renderLoading(): unknown {
    this.renders.loading++;
    return super.renderLoading();
  }

  protected override renderContent(benefits: Benefit[]): unknown {
    this.renders.content++;
    return html`<ul part="list">
      ${benefits.map((benefit) => html`<li part="item">${resolveText(benefit.title, this.contentLang)}</li>`)}
    </ul>`;
  }
}

customElements.define('test-benefits', TestBenefits);

declare global {
  interface HTMLElementTagNameMap {
    'test-benefits': TestBenefits;
  }
}

export const shadow = (element: Element) => element.shadowRoot!;
export const listed = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="item"]')].map((item) => item.textContent!.trim());

