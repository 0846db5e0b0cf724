import { cemInheritancePlugin } from '@wc-toolkit/cem-inheritance';
import { definitionModules, literalDefaults, publishedPaths, typedEvents } from './scripts/manifest/plugins.mjs';

/**
 * `npm run analyze` writes custom-elements.json from the sources' JSDoc (`@summary`, `@slot`,
 * `@csspart`, `@cssprop`, `@fires` and one-line docs on properties). CI fails when it is stale.
 *
 * The manifest describes the published package, so that editors, Storybook and the generators
 * in scripts/manifest (VS Code data, web-types, JSX and Vue types, run by `npm run build`) can
 * use it as it is: paths name the files in `dist/`, each event has its Event subclass as type,
 * defaults are literals, and each element lists what it inherits from `NatoElement` and
 * `NatoFeedElement` (tokens, parts, slot, events, attributes).
 */
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/nato-*element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Private members are implementation, not API: keep them out of docs and Storybook controls.
      // Private reactive state (`{ state: true }` in `static properties`) has no attribute, though
      // the analyzer lists one for every entry of `static properties`.
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
            if (declaration.members) declaration.members = declaration.members.filter(
              // Private members, and protected static ones (an element's string table), are implementation.
              (member) => member.privacy !== 'private' && !(member.static && member.privacy === 'protected'),
            );
          }
        }
      },
    },
    {
      // Events are dispatched as typed Event subclasses (`new NatoLoadEvent(…)`), whose names the
      // analyzer cannot read from the call; each is documented with `@fires` instead.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
    literalDefaults(),
    typedEvents(),
    cemInheritancePlugin(),
    publishedPaths(),
    definitionModules(),
  ],
};
