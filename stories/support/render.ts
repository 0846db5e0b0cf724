/**
 * Renders an element from a story's args the way a host page would write it: attributes for
 * attribute args, properties for property args (`data`), CSS custom properties on the element,
 * a text element in each filled slot, and an action logged for each event it fires.
 */
import { action } from 'storybook/actions';
import type { Args } from 'storybook/internal/types';
import { argTypesFor } from '../../.storybook/manifest.js';

export function renderElement(tag: string, args: Args, children: Node[] = []): HTMLElement {
  const element = document.createElement(tag);
  const argTypes = argTypesFor(tag);
  for (const [key, argType] of Object.entries(argTypes)) {
    if (argType.table?.category !== 'events') continue;
    const name = key.slice('event:'.length);
    element.addEventListener(name, action(name));
  }
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    // By the manifest's category; an arg it does not know (a manifest older than the element)
    // by its shape, so the story still renders as written.
    const category =
      argTypes[key]?.table?.category ??
      (key.startsWith('--') ? 'css custom properties' : key.startsWith('slot:') ? 'slots' : typeof value === 'object' ? 'properties' : 'attributes');
    switch (category) {
      case 'attributes':
        if (value === false) break;
        element.setAttribute(key, value === true ? '' : String(value));
        break;
      case 'properties':
        (element as unknown as Record<string, unknown>)[key] = value;
        break;
      case 'css custom properties':
        element.style.setProperty(key, String(value));
        break;
      case 'slots': {
        const slot = key.slice('slot:'.length);
        // A heading slot gets a heading, at the element's own level.
        const slotted = document.createElement(slot === 'heading' ? `h${Number(args['heading-level']) || 2}` : 'span');
        slotted.slot = slot;
        slotted.textContent = String(value);
        element.append(slotted);
        break;
      }
    }
  }
  element.append(...children);
  return element;
}
