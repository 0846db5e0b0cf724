import { VERSION } from './version.js';

let warnedAboutOtherVersion = false;

/**
 * Defines `tag` unless it is already defined. Never throws: pages often load a widget twice
 * (a CMS block and a theme, say). The same version defined again is skipped silently; a
 * different version gets one console warning for the whole library, not one per element.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.version === VERSION || warnedAboutOtherVersion) return;
  warnedAboutOtherVersion = true;
  console.warn(
    `[nato-careers] <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'another script'}; ` +
      `version ${VERSION} loaded here is not used. Load nato-careers-elements once per page.`,
  );
}
