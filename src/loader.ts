/**
 * The drop-in loader (`dist/nato-careers.loader.js`): finds `nato-*` tags in the page and
 * imports only their element modules, so a page pays only for the elements it uses. Every
 * element module shares one copy of Lit through shared chunks, and the imports resolve
 * against the loader's own URL, so it works from any host or CDN path.
 *
 * It looks in the document, in open shadow roots, and in whatever is added later.
 * Elements already defined (by the bundle, or a second copy of the loader) are left alone.
 */

/** The element modules by tag. Each import is a separate chunk of the drop-in build. */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'nato-about-panel': () => import('./components/about-panel/about-panel.js'),
  'nato-benefits-panel': () => import('./components/benefits-panel/benefits-panel.js'),
  'nato-careers': () => import('./components/careers/careers.js'),
  'nato-company-stats': () => import('./components/company-stats/company-stats.js'),
  'nato-job-detail': () => import('./components/job-detail/job-detail.js'),
  'nato-job-list': () => import('./components/job-list/job-list.js'),
  'nato-spotlight-card': () => import('./components/spotlight-card/spotlight-card.js'),
  'nato-spotlight-gallery': () => import('./components/spotlight-gallery/spotlight-gallery.js'),
};

const requested = new Set<string>();
const observed = new WeakSet<Node>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const importer = ELEMENTS[tag];
  if (!importer) return;
  requested.add(tag);
  importer().catch((error: unknown) => {
    requested.delete(tag); // a later discovery may try again
    console.error(`[nato-careers] could not load <${tag}>:`, error);
  });
}

/** Loads the elements used in `root` and in the open shadow roots inside it, and watches them. */
export function discover(root: Document | ShadowRoot | Element): void {
  const visit = (element: Element) => {
    if (element.localName.startsWith('nato-')) load(element.localName);
    if (element.shadowRoot) watch(element.shadowRoot);
  };
  if (root instanceof Element) visit(root);
  root.querySelectorAll('*').forEach(visit);
}

/** Discovers `root` and everything added to it later. */
function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  discover(root);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node instanceof Element) discover(node);
      });
    }
  }).observe(root, { childList: true, subtree: true });
}

watch(document);
