#!/usr/bin/env node
// Writes, from custom-elements.json, the editor and framework files the package ships in dist/:
//   dist/vscode.html-custom-data.json   VS Code: tags, attributes and values in HTML
//   dist/vscode.css-custom-data.json    VS Code: the --nato-* custom properties in CSS
//   dist/web-types.json                 JetBrains IDEs: tags, attributes, events, slots, parts
//   dist/jsx.d.ts (+ jsx.js)            React 19 TSX: `<nato-job-list page-size={10}>` type-checks
//   dist/vue.d.ts (+ vue.js)            Vue 3: the tags in templates (GlobalComponents)
// Run by `npm run build` after the modules are built (the build empties dist/ first).
// (The analyzer plugins for these hang on import here, through a Prettier worker; this script
// has no dependencies.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(process.env.CEM_FILE ?? `${root}custom-elements.json`, 'utf8'));
const outDir = process.argv[2] ?? `${root}dist`;

/** Every custom element in the manifest, with the module that declares it. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, module })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ declaration, module }) => ({ ...declaration, modulePath: module.path }))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const description = (element) => element.description || element.summary || '';
/** `'grid' | 'list'` → ['grid', 'list']; anything else → []. */
const literalValues = (type) => {
  const parts = (type ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
};
/** Public fields that are properties (not static, not readonly-only). */
const properties = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'protected' && member.privacy !== 'private' && !member.name.startsWith('_'));
/** `nato-job-select` → `onNatoJobSelect`. */
const handlerName = (event) => `on${event.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`;
const write = (file, text) => writeFileSync(`${outDir}/${file}`, text);
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

mkdirSync(outDir, { recursive: true });

// VS Code custom data (https://github.com/microsoft/vscode-custom-data).
write(
  'vscode.html-custom-data.json',
  json({
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: description(element),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: [attribute.description, attribute.default !== undefined && attribute.default !== 'undefined' ? `Default: ${attribute.default}` : '']
            .filter(Boolean)
            .join('\n\n'),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  }),
);
const cssProperties = new Map();
for (const element of elements) for (const property of element.cssProperties ?? []) if (!cssProperties.has(property.name)) cssProperties.set(property.name, property);
write(
  'vscode.css-custom-data.json',
  json({
    version: 1.1,
    properties: [...cssProperties.values()].map((property) => ({
      name: property.name,
      description: [property.description, property.default ? `Default: ${property.default}` : ''].filter(Boolean).join('\n\n'),
    })),
  }),
);

// JetBrains web-types (http://json.schemastore.org/web-types).
write(
  'web-types.json',
  json({
    $schema: 'http://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: description(element),
          'doc-url': `${pkg.repository.url.replace(/\.git$/, '').replace(/^git\+/, '')}#readme`,
          source: { module: `${pkg.name}/${element.modulePath.replace(/^dist\/components\/([\w-]+)\/.*$/, 'elements/$1')}`, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default !== undefined && attribute.default !== 'undefined' ? { default: attribute.default } : {}),
            value: { type: attribute.type?.text ?? 'string', required: false },
          })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
          js: {
            properties: properties(element).map((member) => ({ name: member.name, description: member.description ?? '', type: member.type?.text })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
        })),
      },
    },
  }),
);

// Types shared by the JSX and Vue declarations: one props type per element.
const importPath = (element) => `./${element.modulePath.replace(/^dist\//, '')}`;
/** Event class → its module (`NatoLoadEvent` → `./events/nato-load.js`). */
const eventModules = new Map(
  elements.flatMap((element) => (element.events ?? []).filter((event) => event.type?.text).map((event) => [event.type.text, `./events/${event.name}.js`])),
);
const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');
/** The attributes (kebab case, as written in markup) and properties (camel case) of `element`. */
function propsType(element, { events }) {
  const lines = [];
  const seen = new Set();
  const add = (name, type, doc) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${docComment(doc, '    ')}    ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}?: ${type};`);
  };
  for (const attribute of element.attributes ?? []) {
    // Attributes are strings in markup; frameworks that set them from numbers and booleans are fine.
    const field = attribute.fieldName;
    const type = field ? `${element.name}['${field}'] | string` : 'string';
    add(attribute.name, type, attribute.description);
  }
  for (const member of properties(element)) add(member.name, `${element.name}['${member.name}']`, member.description);
  for (const event of element.events ?? []) {
    const type = event.type?.text ?? 'Event';
    add(events(event.name), `(event: ${type}) => void`, event.description);
  }
  return lines.join('\n');
}
const imports = () =>
  [
    ...elements.map((element) => `import type { ${element.name} } from '${importPath(element)}';`),
    ...[...eventModules].sort().map(([name, module]) => `import type { ${name} } from '${module}';`),
  ].join('\n');
const propsName = (element) => `${element.name}Props`;
const header = `// Generated from custom-elements.json by scripts/manifest/generate.mjs. Do not edit.\n`;

// React 19 JSX: augments React.JSX.IntrinsicElements (React 19 has no global JSX namespace).
write(
  'jsx.d.ts',
  `${header}// import type {} from 'nato-careers-elements/jsx'; (once, in any file) makes the tags type-check in TSX.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports()}

export interface NatoElementsJsxProps {
${elements
  .map(
    (element) => `${docComment(element.summary || element.description, '  ')}  '${element.tagName}': {
${propsType(element, { events: (name) => `on${name}` })}
  };`,
  )
  .join('\n')}
}

type NatoIntrinsicElements = {
  [Tag in keyof NatoElementsJsxProps]: NatoElementsJsxProps[Tag] & DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends NatoIntrinsicElements {}
  }
}
`,
);
write('jsx.js', `// Types only: see jsx.d.ts.\nexport {};\n`);

// Vue 3: GlobalComponents, so vue-tsc and Volar check the tags in templates.
write(
  'vue.d.ts',
  `${header}// import type {} from 'nato-careers-elements/vue'; (once) makes the tags type-check in Vue templates.
import type { DefineComponent } from 'vue';
${imports()}

export interface NatoElementsVueProps {
${elements
  .map(
    (element) => `  '${element.tagName}': {
${propsType(element, { events: (name) => handlerName(name) })}
  };`,
  )
  .join('\n')}
}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `    '${element.tagName}': DefineComponent<NatoElementsVueProps['${element.tagName}']>;`).join('\n')}
  }
}
`,
);
write('vue.js', `// Types only: see vue.d.ts.\nexport {};\n`);

// The drop-in files' types: the bundle defines everything and exports what index exports.
write('nato-careers.bundle.d.ts', `${header}export * from './nato-careers.js';\n`);
write('nato-careers.loader.d.ts', `${header}export { discover } from './loader.js';\n`);

console.log(`generated from custom-elements.json: ${elements.length} elements → vscode data, web-types, jsx.d.ts, vue.d.ts, drop-in types`);
