import { LitElement, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import type { AttributeRule } from './attribute-checks.js';
import { observeLang, resolveLang } from './lang.js';
import { Formatter, onStringsRegistered, stringsFor, uiLocale, type StringTable } from './localize.js';
import { sharedStyles } from './shared.styles.js';
import { VERSION } from './version.js';

/**
 * The base of every element: shared styles, language resolution, translation, formatting, and
 * console messages for misconfiguration. It has no data of its own; see `NatoFeedElement`.
 *
 * @attr lang - The language (`en`, `fr`, `fr-BE` …). Without it, the nearest ancestor's `lang`
 *   applies (a `<nato-careers lang="fr">` provider, the page …), then English. UI text is
 *   English, French, or a language added with `registerStrings()`; feed text uses the closest
 *   language the feed has.
 * @attr {'dark' | 'light'} theme - `dark` or `light` forces that colour scheme; by default the element follows the
 *   `color-scheme` of the page around it (light unless the host declares dark).
 *
 * @cssprop [--nato-color-primary=#004990] - NATO blue: links, buttons, titles (dark: #8cc4ff).
 * @cssprop [--nato-color-on-primary=#ffffff] - Text on primary-coloured buttons.
 * @cssprop [--nato-color-text=#1b1f24] - Body text (dark: #e8eaed).
 * @cssprop [--nato-color-text-muted=#4d5763] - Secondary text such as facts lines (dark: #b4bcc6).
 * @cssprop [--nato-color-background=#ffffff] - The element's own surface (dark: #16191d). Set it to `transparent` only together with text colours that suit the page behind.
 * @cssprop [--nato-color-surface=#ffffff] - Inputs, buttons and cards (dark: #1f2328).
 * @cssprop [--nato-color-surface-raised=#f2f5f8] - Panels and messages (dark: #262b31).
 * @cssprop [--nato-color-border=#d3dae2] - Separators.
 * @cssprop [--nato-color-border-strong=#6b7683] - Borders of inputs.
 * @cssprop [--nato-color-focus=#0b0c0c] - Focus ring, distinct from the primary colour (dark: #ffdd00).
 * @cssprop [--nato-color-danger=#b3261e] - Error border.
 * @cssprop [--nato-color-warning=#8a4500] - Warnings such as "Closing soon".
 * @cssprop [--nato-color-warning-surface=#fff3e0] - Background of warnings.
 * @cssprop [--nato-color-skeleton=#e4e9ef] - Loading placeholders.
 * @cssprop [--nato-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--nato-font-size=medium] - Base font size; everything else is relative to it (the page's root size does not shrink it).
 * @cssprop [--nato-font-size-s=0.875em] - Small text.
 * @cssprop [--nato-font-size-l=1.125em] - Large text.
 * @cssprop [--nato-font-size-xl=1.5em] - Headings.
 * @cssprop [--nato-font-weight-bold=650] - Bold text.
 * @cssprop [--nato-line-height=1.5] - Line height.
 * @cssprop [--nato-space-xs=0.25em] - Smallest spacing.
 * @cssprop [--nato-space-s=0.5em] - Small spacing.
 * @cssprop [--nato-space-m=1em] - Base spacing.
 * @cssprop [--nato-space-l=1.5em] - Large spacing.
 * @cssprop [--nato-space-xl=2em] - Largest spacing.
 * @cssprop [--nato-space-inset=1em] - Padding inside the element's surface.
 * @cssprop [--nato-radius-s=0.25em] - Corner radius of buttons and inputs.
 * @cssprop [--nato-radius-m=0.5em] - Corner radius of panels and of the element's surface.
 */
export abstract class NatoElement extends LitElement {
  /** The library version that defined this element; read when a second copy loads. */
  static readonly version = VERSION;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Every element's own styles come after the shared ones (tokens, the inherited-property
   * reset, focus rings, buttons, states), so no element can forget them.
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([sharedStyles, styles ?? []]);
  }

  /** The resolved language tag for feed text (`fr-BE`, `de` …), updated before each render. */
  protected contentLang = 'en';
  /** The `Intl` locale and the UI strings' language, updated before each render. */
  protected locale = uiLocale('en');

  private stopObserving: (() => void)[] = [];
  private reported = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    const update = () => this.requestUpdate();
    // Observed from where the element now is: a move may put it under another shadow root.
    this.stopObserving = [observeLang(update, this), onStringsRegistered(update)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving.forEach((stop) => stop());
    this.stopObserving = [];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.contentLang = resolveLang(this);
    this.locale = uiLocale(this.contentLang);
  }

  protected get format(): Formatter {
    return Formatter.for(this.locale.locale);
  }

  /** This element's strings in its UI language. */
  protected pickStrings<T>(table: StringTable<T>): T {
    return stringsFor(table, this.locale.language);
  }

  /**
   * `value` when `rule` accepts it; otherwise a console error naming the attribute, its value
   * and what it must be, and `fallback`. Call from `willUpdate()`, never from `render()`.
   */
  protected checkAttribute<V, F>(attribute: string, value: V, rule: AttributeRule<V>, fallback: F, example = ''): NonNullable<V> | F {
    if (rule.valid(value)) {
      this.clearMisconfiguration(attribute);
      return value as NonNullable<V>;
    }
    const written = this.getAttribute(attribute) ?? String(value);
    this.reportMisconfiguration(
      attribute,
      `${attribute}="${written}" ${rule.problem}; using ${fallback === undefined ? 'the default' : `${fallback}`}.${example ? ` Example: ${example}.` : ''}`,
    );
    return fallback;
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
