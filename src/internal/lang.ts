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

interface RootWatch {
  observer: MutationObserver;
  listeners: Set<() => void>;
}

/** One observer per tree (the document, or a host component's shadow root), shared by all elements in it. */
const watches = new Map<Node, RootWatch>();

/** The trees `resolveLang` walks through from `element`: each shadow root above it, then its document. */
function treesAbove(element: Node): Node[] {
  const trees: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    trees.push(root);
    root = root.host.getRootNode();
  }
  trees.push(root);
  return trees;
}

function watch(tree: Node, onChange: () => void): () => void {
  let entry = watches.get(tree);
  if (!entry) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(tree, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watches.set(tree, (entry = { observer, listeners }));
  }
  entry.listeners.add(onChange);
  return () => {
    entry.listeners.delete(onChange);
    if (entry.listeners.size === 0) {
      entry.observer.disconnect();
      watches.delete(tree);
    }
  };
}

/**
 * Calls `onChange` whenever a `lang` attribute changes in any tree that `from`'s language is
 * resolved through: the document and every shadow root between it and `from` (a host component
 * that switches the language of its own shadow root is followed too). One observer serves every
 * element of a tree; it stops when none listen. Call again after the element moves.
 */
export function observeLang(onChange: () => void, from: Node = document): () => void {
  const stops = treesAbove(from).map((tree) => watch(tree, onChange));
  return () => stops.forEach((stop) => stop());
}
