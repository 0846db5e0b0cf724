import type { Plugin } from 'vite';

/**
 * Build-time minification of Lit's tagged templates in the project's own sources, for the
 * drop-in files. The JS minifier leaves template contents alone, and every visitor of every
 * partner page pays for their indentation.
 *
 * - `css` templates in `*.styles.ts`: comments go, whitespace collapses. Their CSS has no
 *   strings or interpolations where whitespace matters (keep it so).
 * - `html`, `svg` and static `html` templates: the indentation after each line break goes.
 *   In HTML a line break plus indentation lays out like the line break alone (`white-space`
 *   `normal` and `pre-line`, the only ones used); the line break itself is kept.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'nato-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('`')) return null;
      const html = rewriteTemplates(code, ['html', 'svg', 'staticHtml'], (text) => text.replace(/\n[ \t]+/g, '\n'));
      if (!/\.styles\.ts$/.test(id)) return html === code ? null : { code: html, map: null };
      return { code: rewriteTemplates(html, ['css'], minifyCss), map: null };
    },
  };
}

function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // `margin: 0` → `margin:0`; a selector's `:host` or `::part` has no space after its colon.
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

type Rewrite = (text: string) => string;
const keep: Rewrite = (text) => text;

/**
 * Rewrites the literal parts of every template tagged with one of `tags` in `code` (TypeScript
 * or JavaScript). Comments, strings, regular expressions and untagged templates are copied as
 * they are; templates nested in `${…}` are found too.
 */
export function rewriteTemplates(code: string, tags: readonly string[], rewrite: Rewrite): string {
  return scanCode(code, 0, false, tags, rewrite).text;
}

/** Characters after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);

/** Copies code from `i`; inside an expression (`inExpression`), stops after its closing `}`. */
function scanCode(code: string, i: number, inExpression: boolean, tags: readonly string[], rewrite: Rewrite): { text: string; end: number } {
  let text = '';
  let depth = 0;
  let previous = ''; // the last significant character, to tell a regex from a division
  while (i < code.length) {
    const char = code[i];
    const next = code[i + 1];
    let to = i + 1;
    if (char === '/' && next === '/') {
      to = code.indexOf('\n', i);
      if (to < 0) to = code.length;
    } else if (char === '/' && next === '*') {
      to = code.indexOf('*/', i + 2) + 2;
    } else if (char === '/' && (previous === '' || BEFORE_REGEX.has(previous) || /\breturn\s*$/.test(code.slice(Math.max(0, i - 8), i)))) {
      let inClass = false;
      to = i + 1;
      while (to < code.length && (code[to] !== '/' || inClass)) {
        if (code[to] === '\\') to++;
        else if (code[to] === '[') inClass = true;
        else if (code[to] === ']') inClass = false;
        to++;
      }
      to++;
    } else if (char === "'" || char === '"') {
      to = i + 1;
      while (code[to] !== char) to += code[to] === '\\' ? 2 : 1;
      to++;
    } else if (char === '`') {
      const tagged = tags.some((tag) => code.slice(i - tag.length, i) === tag && !/[\w$]/.test(code[i - tag.length - 1] ?? ''));
      const template = readTemplate(code, i + 1, tags, tagged ? rewrite : keep, rewrite);
      text += '`' + template.text;
      i = template.end;
      previous = '`';
      continue;
    } else if (inExpression && char === '{') {
      depth++;
    } else if (inExpression && char === '}' && depth-- === 0) {
      return { text: text + '}', end: i + 1 };
    }
    text += code.slice(i, to);
    if (!/\s/.test(char) && !(char === '/' && (next === '/' || next === '*'))) previous = code[to - 1];
    i = to;
  }
  if (inExpression) throw new Error('unterminated template expression');
  return { text, end: i };
}

/** Reads a template from just after its backtick to just after its closing one. */
function readTemplate(
  code: string,
  start: number,
  tags: readonly string[],
  rewriteThis: Rewrite,
  rewriteNested: Rewrite,
): { text: string; end: number } {
  let text = '';
  let literal = '';
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      literal += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      return { text: text + rewriteThis(literal) + '`', end: i + 1 };
    } else if (char === '$' && code[i + 1] === '{') {
      const expression = scanCode(code, i + 2, true, tags, rewriteNested);
      text += rewriteThis(literal) + '${' + expression.text;
      literal = '';
      i = expression.end;
    } else {
      literal += char;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}
