import { LitElement } from 'lit';
import { observeLang, resolveLang } from './lang.js';
import { Formatter, uiLocale, type UiLanguage } from './localize.js';
import { VERSION } from './version.js';

/**
 * The base of every element: language resolution, translation, and console messages for
 * misconfiguration. It has no data of its own; see `NatoFeedElement` for elements with a feed.
 *
 * @attr lang - The language (`en`, `fr`, `fr-BE` …). Without it, the nearest ancestor's `lang`
 *   applies, then the document's, then English. UI text is English or French; feed text uses
 *   the closest language the feed has.
 */
export abstract class NatoElement extends LitElement {
  /** The library version that defined this element; read when a second copy loads. */
  static readonly version = VERSION;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private stopObservingLang?: () => void;
  private reported = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The resolved language tag, used to pick feed text (`fr-BE`, `de` …). */
  protected get contentLang(): string {
    return resolveLang(this);
  }

  /** The UI language and `Intl` locale: the resolved language if shipped, else English. */
  protected get locale(): { locale: string; language: UiLanguage } {
    return uiLocale(this.contentLang);
  }

  protected get format(): Formatter {
    return Formatter.for(this.locale.locale);
  }

  /** This element's strings in its UI language. */
  protected pickStrings<T>(table: Record<UiLanguage, T>): T {
    return table[this.locale.language];
  }

  /**
   * Tells the developer, once per problem and element, what is wrong and how to fix it.
   * `key` identifies the problem so that re-renders do not repeat the message.
   */
  protected reportMisconfiguration(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.error(`[nato-careers] <${this.localName}>: ${message}`, this);
  }

  /** Allows the same problem to be reported again once it has been fixed. */
  protected clearMisconfiguration(key: string): void {
    this.reported.delete(key);
  }
}
