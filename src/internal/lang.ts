/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (also across
 * shadow roots, so an element inside another component follows that component's language),
 * else the document's, else English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the document, so elements
 * follow a page's language switch. One observer serves every element; it stops when none listen.
 */
export function observeLang(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
