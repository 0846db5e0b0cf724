/**
 * Controls and docs from `custom-elements.json`: attributes, properties, methods, events, slots,
 * CSS parts and CSS custom properties, with their descriptions.
 *
 * Only the public API reaches docs: private and protected members, static members and anything
 * marked `@internal` are dropped. An attribute and its property are one row (the attribute's,
 * named after it, with the property's name in its description), so each setting has one control.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifestJson from '../custom-elements.json';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

const isPublic = (item: Item) =>
  !item.privacy && !item.static && !/@internal\b/.test(item.description ?? '') && !item.name.startsWith('_') && !item.name.startsWith('#');

/** The manifest with only the public API of each element. */
export function publicManifest(manifest: Manifest = manifestJson as Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isPublic),
      })),
    })),
  };
}

const manifest = publicManifest();

export function declarationOf(tagName: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** Tags the manifest knows. */
export const knownTags = (): string[] =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])));

const KNOWN_TYPES: Record<string, string> = { timeout: 'number', lang: 'string', theme: "'dark' | 'light'" };

/** `'grid' | 'carousel' | undefined` → `['grid', 'carousel']`; anything else → undefined. */
function literalOptions(type: string): string[] | undefined {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length < 2 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

function attributeInput(attribute: Item, member: Item | undefined): InputType {
  const type = attribute.type?.text ?? member?.type?.text ?? KNOWN_TYPES[attribute.name] ?? (/^\d+$/.test(member?.default ?? '') ? 'number' : 'string');
  const base = type.replace(/\s*\|\s*(undefined|null)/g, '');
  const options = literalOptions(type);
  const control: InputType['control'] = options
    ? { type: 'select' }
    : base === 'boolean'
      ? { type: 'boolean' }
      : base === 'number'
        ? { type: 'number' }
        : { type: 'text' };
  const defaultValue = member?.default ?? attribute.default;
  const property = attribute.fieldName && attribute.fieldName !== attribute.name ? `\n\nProperty: \`${attribute.fieldName}\`.` : '';
  return {
    name: attribute.name,
    description: `${attribute.description ?? member?.description ?? ''}${property}`,
    control,
    ...(options ? { options: [undefined, ...options] } : {}),
    table: {
      category: 'attributes',
      type: { summary: type },
      ...(defaultValue !== undefined ? { defaultValue: { summary: defaultValue } } : {}),
    },
  };
}

const isColour = (value?: string) => /^#[0-9a-f]{3,8}$/i.test(value ?? '');

/** The arg types of `tagName`, by category; keys are attribute names, property names, `--css-props`, `slot:name`, `part:name`, `on…` events. */
export function argTypesFor(tagName: string): ArgTypes {
  const declaration = declarationOf(tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const members = declaration.members ?? [];
  const byField = new Map(members.filter((member) => member.kind === 'field').map((member) => [member.name, member]));

  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = attributeInput(attribute, attribute.fieldName ? byField.get(attribute.fieldName) : undefined);
  }
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName ?? attribute.name));
  for (const member of members) {
    if (member.kind === 'field' && !attributeFields.has(member.name)) {
      argTypes[member.name] = {
        name: member.name,
        description: `${member.description ?? ''}${member.readonly ? '\n\nRead-only.' : ''}`,
        control: member.readonly ? false : { type: 'object' },
        table: { category: 'properties', type: { summary: member.type?.text ?? '' } },
      };
    } else if (member.kind === 'method') {
      const parameters = (member.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ');
      argTypes[`method:${member.name}`] = {
        name: `${member.name}()`,
        description: member.description ?? '',
        control: false,
        table: { category: 'methods', type: { summary: `(${parameters}) => ${member.return?.type?.text ?? 'void'}` } },
      };
    }
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = {
      name: event.name,
      description: event.description ?? '',
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
    };
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = {
      name: slot.name ? `slot="${slot.name}"` : '(default slot)',
      description: `${slot.description ?? ''}\n\nThe control puts a text element in the slot.`,
      control: slot.name ? { type: 'text' } : false,
      table: { category: 'slots', type: { summary: 'HTML' } },
    };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = {
      name: `::part(${part.name})`,
      description: part.description ?? '',
      control: false,
      table: { category: 'css shadow parts', type: { summary: 'part' } },
    };
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description ?? '',
      control: isColour(property.default) ? { type: 'color' } : { type: 'text' },
      table: {
        category: 'css custom properties',
        type: { summary: 'CSS value' },
        ...(property.default ? { defaultValue: { summary: property.default } } : {}),
      },
    };
  }
  return argTypes;
}

/** The element's description for its docs page: the summary, then the class's description. */
export function componentDescription(tagName: string): string {
  const declaration = declarationOf(tagName);
  if (!declaration) return '';
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}

export { manifest };
