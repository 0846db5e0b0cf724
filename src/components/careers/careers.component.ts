import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { careersContext, type CareersContextValue } from '../../internal/careers-context.js';
import { VERSION } from '../../internal/version.js';

/**
 * Gives the elements inside it a shared feed, so a careers page sets its endpoint once.
 * Descendants without their own `endpoint` or `data` use the provider's; nested providers: the
 * nearest wins. The language needs nothing special: elements without their own `lang` already
 * take the nearest ancestor's, so `<nato-careers lang="fr">` makes everything inside it French.
 *
 * It renders nothing of its own (`display: contents`): its children lay out as if it were not there.
 *
 * @summary Shares one endpoint (and language) with every NATO careers element inside it.
 * @tag nato-careers
 *
 * @slot - The page content holding `nato-*` elements.
 */
export class NatoCareers extends LitElement {
  /** The library version that defined this element; read when a second copy loads. */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }

    :host([hidden]) {
      display: none;
    }
  `;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    data: { attribute: false },
  };

  /** URL of the careers feed for every element inside without an `endpoint` of its own. */
  endpoint?: string;

  /** The feed handed in directly, for every element inside without its own source; nothing is fetched. */
  data?: unknown;

  private readonly provider = new ContextProvider(this, { context: careersContext, initialValue: {} as CareersContextValue });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new object, so that subscribed descendants see the change.
    if (changed.has('endpoint') || changed.has('data')) this.provider.setValue({ endpoint: this.endpoint, data: this.data });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
