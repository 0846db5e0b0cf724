// Analyzer plugins that make custom-elements.json describe the published package: every path
// a published file, every event typed, every default a literal, inherited API on each element.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Calls `visit(declaration, module)` for every declaration of every module. */
function eachDeclaration(manifest, visit) {
  for (const module of manifest.modules ?? []) for (const declaration of module.declarations ?? []) visit(declaration, module);
}

/** `src/…/x.ts` (or `/src/…/x.js`, as the analyzer writes superclass modules) → `src/…/x.ts`. */
const sourcePath = (path) => path.replace(/^\//, '').replace(/\.js$/, '.ts');

/** The event classes in `src/events/`, by event name: `nato-load` → `NatoLoadEvent`. */
export function eventClasses(dir = 'src/events') {
  const classes = new Map();
  for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith('.ts'))) {
    const text = read(`${dir}/${file}`);
    const className = /export class (\w+)(?:<[^{]*?>)?\s+extends Event\b/.exec(text)?.[1];
    const eventName = /static readonly eventName = ['"]([\w-]+)['"]/.exec(text)?.[1];
    if (className && eventName) classes.set(eventName, className);
  }
  return classes;
}

/**
 * Each `@fires nato-…` gets its type: the Event subclass that carries it. An event the analyzer
 * guessed from a `dispatchEvent(new SomeEvent(arg))` call (it takes the argument's name for the
 * event's) is dropped unless documented: every real event is documented with `@fires`.
 */
export function typedEvents() {
  return {
    name: 'nato-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventClasses();
      eachDeclaration(customElementsManifest, (declaration) => {
        if (declaration.events) declaration.events = declaration.events.filter((event) => classes.has(event.name) || event.description);
        for (const event of declaration.events ?? []) {
          const className = classes.get(event.name);
          if (className) event.type = { text: className };
        }
      });
    },
  };
}

/** The value of a literal expression (`10_000`, `5 * 60_000`, `'grid'`, `true`), or undefined. */
function literal(expression) {
  const text = expression.trim();
  if (/^(['"]).*\1$/.test(text)) return { text, type: 'string' };
  if (text === 'true' || text === 'false') return { text, type: 'boolean' };
  if (/^[\d_.\s+\-*/()]+$/.test(text)) {
    // Digits and arithmetic only: safe to evaluate.
    const value = Function(`"use strict"; return (${text.replace(/_/g, '')});`)();
    if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value), type: 'number' };
  }
  return undefined;
}

/** Finds `const NAME = <literal>` in `file`, following `import { NAME } from './x.js'`. */
export function resolveConstant(name, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(root, file))) return undefined;
  seen.add(file);
  const text = read(file);
  const declared = new RegExp(`\\bconst ${name}\\s*(?::[^=]+)?=\\s*([^;\\n]+);`).exec(text);
  if (declared) return literal(declared[1]);
  for (const [, names, from] of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
    const imported = names.split(',').map((part) => part.trim().split(/\s+as\s+/));
    const match = imported.find((parts) => (parts[1] ?? parts[0]) === name);
    if (match) return resolveConstant(match[0], sourcePath(join(dirname(file), from)), seen);
  }
  return undefined;
}

/**
 * Defaults given as identifiers (`timeout = DEFAULT_TIMEOUT_MS`) become the literal values
 * (`10000`), and a property or attribute without a type gets the literal's type, or `string`
 * for an attribute documented with `@attr` alone.
 */
export function literalDefaults() {
  return {
    name: 'nato-literal-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      eachDeclaration(customElementsManifest, (declaration, module) => {
        const fix = (item, kind) => {
          const file = sourcePath(item.inheritedFrom?.module ?? module.path);
          if (item.default !== undefined && /^[A-Za-z_$][\w$]*$/.test(item.default) && !['true', 'false', 'null', 'undefined'].includes(item.default)) {
            const value = resolveConstant(item.default, file);
            if (value) {
              item.default = value.text;
              item.type ??= { text: value.type };
            } else problems.push(`${declaration.name}.${item.name}: default ${item.default} is not a literal constant`);
          }
          if (!item.type && kind === 'attribute') item.type = { text: 'string' };
        };
        for (const member of declaration.members ?? []) if (member.kind === 'field') fix(member, 'member');
        for (const attribute of declaration.attributes ?? []) fix(attribute, 'attribute');
      });
      if (problems.length > 0) throw new Error(`custom-elements.json: defaults that are not literals:\n- ${problems.join('\n- ')}`);
    },
  };
}

/** Source paths (`src/x.ts`, `/src/x.js`) → the published files (`dist/x.js`), everywhere. */
export function publishedPaths() {
  const toDist = (value) => value.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else walk(value);
    }
  };
  return {
    name: 'nato-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

/**
 * Adds the define modules (`dist/components/job-list/job-list.js`), which register the tags:
 * tools that import an element (JSX types, Storybook, editors) find which file defines it.
 * Runs after `publishedPaths`.
 */
export function definitionModules() {
  return {
    name: 'nato-definition-modules',
    packageLinkPhase({ customElementsManifest }) {
      const added = [];
      eachDeclaration(customElementsManifest, (declaration, module) => {
        const match = /^dist\/components\/([\w-]+)\/\1\.component\.js$/.exec(module.path);
        if (!declaration.customElement || !declaration.tagName || !match) return;
        const name = match[1];
        if (!existsSync(join(root, `src/components/${name}/${name}.ts`))) return;
        const reference = { name: declaration.name, module: module.path };
        added.push({
          kind: 'javascript-module',
          path: `dist/components/${name}/${name}.js`,
          declarations: [],
          exports: [
            { kind: 'js', name: declaration.name, declaration: reference },
            { kind: 'custom-element-definition', name: declaration.tagName, declaration: reference },
          ],
        });
      });
      customElementsManifest.modules.push(...added);
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
