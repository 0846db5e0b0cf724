/**
 * The bench pages, made from scenarios (see scenarios.mjs): the element page, and the static
 * copy of a page as rendered, with each shadow root written out as declarative shadow DOM.
 */
import { readFileSync } from 'node:fs';

export const BUNDLE = '/dist/nato-careers.bundle.js';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The probe's script tag, told which element shows content when. */
function probeScript(elements) {
  const targets = [...new Map(elements.map((element) => [element.tag, { tag: element.tag, selector: element.contentSelector }])).values()];
  return `<script data-bench-probe data-targets="${escapeAttribute(JSON.stringify(targets))}">${PROBE}</script>`;
}

function elementMarkup({ tag, attributes = {}, children = '' }) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attrs}>${children}</${tag}>`;
}

/** A plain partner page around the elements: some text, a column of content. */
function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24; }
      main { max-width: 60rem; margin: 0 auto; padding: 1rem; display: grid; gap: 2rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Careers at NATO</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/**
 * The page with the elements and the bundle. `preloadFeed`: hint the feed with
 * `<link rel="preload" as="fetch" crossorigin>` (the bundle is always module-preloaded).
 */
export function elementPage(scenario) {
  const preloadFeed = scenario.preloadFeed !== false;
  return page({
    title: `Bench: ${scenario.label}`,
    head: [
      probeScript(scenario.elements),
      `<link rel="modulepreload" href="${BUNDLE}" />`,
      preloadFeed ? `<link rel="preload" as="fetch" href="${escapeAttribute(scenario.endpoint)}" crossorigin />` : '',
      `<script type="module" src="${BUNDLE}"></script>`,
    ]
      .filter(Boolean)
      .join('\n    '),
    body: scenario.elements.map(elementMarkup).join('\n      '),
  });
}

/**
 * Runs in the page: the document as HTML, each open shadow root written as
 * `<template shadowrootmode="open">` with its adopted style sheets in a `<style>`, without the
 * page's scripts (the probe excepted) and preload hints. Works for any element.
 */
export function serializeWithShadowRoots() {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const RAW_TEXT = new Set(['script', 'style']);
  const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
  const left = (element) =>
    (element.localName === 'script' && !element.hasAttribute('data-bench-probe')) ||
    (element.localName === 'link' && /\b(modulepreload|preload)\b/.test(element.rel));

  const children = (node, parent) => [...node.childNodes].map((child) => serialize(child, parent)).join('');
  const shadow = (root) => {
    const css = [...(root.adoptedStyleSheets ?? [])]
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .join('\n');
    const options = root.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
    return `<template shadowrootmode="${root.mode}"${options}>${css ? `<style>${css}</style>` : ''}${children(root, '#shadow-root')}</template>`;
  };
  function serialize(node, parent) {
    if (node.nodeType === Node.TEXT_NODE) return RAW_TEXT.has(parent) ? node.data : text(node.data);
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
    if (node.nodeType !== Node.ELEMENT_NODE || left(node)) return '';
    const name = node.localName;
    let out = `<${name}`;
    for (const { name: attr, value } of node.attributes) out += value === '' ? ` ${attr}` : ` ${attr}="${attribute(value)}"`;
    out += '>';
    if (VOID.has(name)) return out;
    if (node.shadowRoot) out += shadow(node.shadowRoot);
    out += children(name === 'template' ? node.content : node, name);
    return `${out}</${name}>`;
  }
  return `<!doctype html>\n${serialize(document.documentElement, '#document')}`;
}
