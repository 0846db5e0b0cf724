import { waitUntil } from '@open-wc/testing';
import type { Job } from '../../src/data/feed-types.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';

/** An ISO date `days` from today (negative: in the past). */
export function daysFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

let serial = 0;

/** A valid job; override what the test is about. */
export function makeJob(overrides: Partial<Job> = {}): Job {
  serial++;
  return {
    id: `job-${serial}`,
    reference: `REF-${serial}`,
    title: `Job ${serial}`,
    organization: 'NATO International Staff',
    locations: [{ city: 'Brussels', country: 'BE' }],
    grade: 'A-2',
    contractType: 'definite-duration',
    postedAt: daysFromNow(-10),
    closingAt: daysFromNow(30),
    applyUrl: 'https://www.nato.int/cps/en/natolive/recruit-hq.htm',
    summary: 'A summary.',
    description: ['First paragraph.', 'Second paragraph.'],
    requirements: ['A degree.', 'English.'],
    eligibility: 'Nationals of NATO member states only',
    ...overrides,
  };
}

export const root = (list: NatoJobList) => list.shadowRoot!;
export const items = (list: NatoJobList) => [...root(list).querySelectorAll<HTMLLIElement>('[part~="item"]')];
export const titles = (list: NatoJobList) =>
  items(list).map((item) => item.querySelector('.toggle')!.textContent!.trim());
export const toggleOf = (list: NatoJobList, title: string) =>
  items(list)
    .map((item) => item.querySelector<HTMLButtonElement>('.toggle')!)
    .find((button) => button.textContent!.trim() === title);

/** Waits until the element has left its loading state (loaded, empty or error). */
export async function settled(list: NatoJobList): Promise<void> {
  await waitUntil(() => root(list).querySelector('.state[aria-busy="false"]'), 'the element stayed in its loading state', {
    timeout: 8000,
  });
  await list.updateComplete;
}

/** Types into the search box as a person would (an `input` event per change). */
export async function search(list: NatoJobList, text: string): Promise<void> {
  const input = root(list).querySelector<HTMLInputElement>('#search')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await list.updateComplete;
}

/** Chooses an option of a filter (`organization`, `location`, `grade`, `contractType`) or `sort`. */
export async function choose(list: NatoJobList, select: string, value: string): Promise<void> {
  const element = root(list).querySelector<HTMLSelectElement>(select === 'sort' ? '#sort' : `#filter-${select}`)!;
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await list.updateComplete;
}

export const visibleText = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
