/**
 * The scenarios every framework host passes (test/frameworks/hosts/*): data by attribute and by
 * `.data`, the events reaching the app, re-rendering with new props, re-keying, unmounting while
 * loading. A host is loaded as a bundle the test server builds (see bundle-plugin.mjs), so that
 * the framework, and the elements, come from the app, never from this page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { captureConsole, feedUrl, requestCount, sleep, uniqueKey, withResponseHeaders } from '../data/helpers.js';
import { makeJob } from '../job-list/job-list-helpers.js';
import type { HostHandle, HostModule, HostProps, NatoApplyEvent, NatoJobSelectEvent, NatoLoadEvent } from './hosts/host-contract.js';

/** The demo feed's open jobs, and what a page of 10 shows of them. */
const OPEN_DEMO_JOBS = 23;
const PAGE_SIZE = 10;
const PATIENCE = { timeout: 8000 };

/** Loads a host bundle built by the test server: `react-tags-host` → its `mount` (or `exportName`). */
export async function loadHost(name: string, exportName = 'mount'): Promise<HostModule['mount']> {
  const url = `/test/frameworks/hosts/${name}.bundle.js`;
  const module = (await import(/* @vite-ignore */ url)) as Record<string, HostModule['mount']>;
  const mount = module[exportName];
  if (typeof mount !== 'function') throw new Error(`${url} exports no ${exportName}()`);
  return mount;
}

const listIn = (container: HTMLElement) => container.querySelector<NatoJobList>('nato-job-list');
const items = (list: NatoJobList) => [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="item"]')];
const titles = (list: NatoJobList) => items(list).map((item) => item.querySelector('.toggle')!.textContent!.trim());
const countText = (list: NatoJobList) => list.shadowRoot!.querySelector('[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the element now in the app has loaded and shows jobs; returns it. */
async function loadedList(container: HTMLElement, what = 'the element never showed jobs'): Promise<NatoJobList> {
  await waitUntil(() => {
    const list = listIn(container);
    return list?.feedState === 'loaded' && items(list).length > 0;
  }, what, PATIENCE);
  const list = listIn(container)!;
  await list.updateComplete;
  return list;
}

/** Waits until the server has seen `count` requests with this key (the request is in flight). */
async function requestsReached(key: string, count: number): Promise<void> {
  await waitUntil(async () => (await requestCount(key)) >= count, `the server never saw request ${count} for ${key}`, PATIENCE);
}

/**
 * Runs every scenario against the host app `name` (a bundle in test/frameworks/hosts), mounted
 * through its export `exportName`.
 */
export function describeHost(title: string, name: string, exportName = 'mount'): void {
  describe(title, () => {
    let mount: HostModule['mount'];
    let container: HTMLElement;
    let host: HostHandle | undefined;
    let selected: NatoJobSelectEvent[];
    let applied: NatoApplyEvent[];
    let loads: NatoLoadEvent[];
    let errors: ReturnType<typeof captureConsole>;
    let warnings: ReturnType<typeof captureConsole>;
    let rejections: unknown[];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

    before(async function () {
      // The server bundles the host (React or Vue, and the elements): seconds on a busy machine.
      this.timeout(60_000);
      mount = await loadHost(name, exportName);
    });

    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
      selected = [];
      applied = [];
      loads = [];
      rejections = [];
      errors = captureConsole('error');
      warnings = captureConsole('warn');
      window.addEventListener('unhandledrejection', onRejection);
    });

    afterEach(() => {
      host?.unmount();
      host = undefined;
      container.remove();
      window.removeEventListener('unhandledrejection', onRejection);
      errors.restore();
      warnings.restore();
    });

    /** Mounts the app with the test's handlers. */
    async function mountApp(props: Partial<HostProps>): Promise<HostHandle> {
      host = await mount(container, {
        elementKey: 'first',
        label: 'Vacancies',
        onSelect: (event) => selected.push(event),
        onApply: (event) => applied.push(event),
        onLoad: (event) => loads.push(event),
        ...props,
      });
      return host;
    }

    /** Nothing went wrong on the console or in a promise (the frameworks' own warnings included). */
    function expectQuiet(): void {
      expect(errors.messages, 'console.error').to.deep.equal([]);
      expect(warnings.messages.filter((message) => /\[Vue warn\]|^Warning:|React/.test(message)), 'framework warnings').to.deep.equal([]);
      expect(rejections, 'unhandled rejections').to.deep.equal([]);
    }

    it('passes the endpoint as an attribute and page-size from the app: the jobs load, in one request', async () => {
      const key = uniqueKey(`${name}-endpoint`);
      const endpoint = feedUrl({ key });
      await mountApp({ endpoint });
      const list = await loadedList(container);
      expect(list.endpoint).to.equal(endpoint);
      expect(list.pageSize, 'page-size={10} reached the element').to.equal(PAGE_SIZE);
      expect(countText(list)).to.equal(`${OPEN_DEMO_JOBS} job openings`);
      expect(items(list)).to.have.length(PAGE_SIZE);
      expect(await requestCount(key)).to.equal(1);
      expect(loads, 'the app heard nato-load once').to.have.length(1);
      expect((loads[0]!.data as readonly unknown[]).length).to.equal(OPEN_DEMO_JOBS);
      expectQuiet();
    });

    it('passes data through the .data property, as the same object, with nothing fetched', async () => {
      const data = [makeJob({ title: 'Host analyst' }), makeJob({ title: 'Host engineer' })];
      await mountApp({ data });
      const list = await loadedList(container);
      expect(list.data, 'a property, not an attribute').to.equal(data);
      expect(list.hasAttribute('data')).to.be.false;
      expect(list.endpoint ?? '').to.equal('');
      expect(titles(list)).to.deep.equal(['Host analyst', 'Host engineer']);
      expectQuiet();
    });

    it('hands nato-job-select and nato-apply to the app, whose handler keeps the page', async () => {
      const job = makeJob({ title: 'Host officer', applyUrl: 'https://jobs.example.org/apply/host' });
      await mountApp({ data: [job] });
      const list = await loadedList(container);
      const toggle = items(list)[0]!.querySelector<HTMLButtonElement>('.toggle')!;
      toggle.click();
      expect(selected, 'the app heard nato-job-select').to.have.length(1);
      expect(selected[0]!.job.id).to.equal(job.id);
      await list.updateComplete;

      const apply = list.shadowRoot!.querySelector<HTMLAnchorElement>('[part="apply"]')!;
      const page = location.href;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      apply.dispatchEvent(click);
      expect(applied, 'the app heard nato-apply').to.have.length(1);
      expect(applied[0]!.url).to.equal('https://jobs.example.org/apply/host');
      expect(applied[0]!.job.id).to.equal(job.id);
      expect(click.defaultPrevented, 'the app prevented the navigation').to.be.true;
      await sleep(0);
      expect(location.href).to.equal(page);
      expectQuiet();
    });

    it('re-renders with new props: a new endpoint, then new data, shows the new content', async () => {
      const firstKey = uniqueKey(`${name}-first`);
      const secondKey = uniqueKey(`${name}-second`);
      const app = await mountApp({ endpoint: feedUrl({ key: firstKey }), label: 'First' });
      const list = await loadedList(container);
      expect(countText(list)).to.equal(`${OPEN_DEMO_JOBS} job openings`);

      await app.update({ endpoint: feedUrl({ key: secondKey, jobs: 3 }), label: 'Second' });
      expect(container.querySelector('h1')!.textContent).to.equal('Second');
      expect(listIn(container), 'the same element, updated').to.equal(list);
      await waitUntil(() => list.feedState === 'loaded' && countText(list) === '3 job openings', 'the new endpoint never showed', PATIENCE);
      expect(items(list)).to.have.length(3);
      expect(await requestCount(firstKey)).to.equal(1);
      expect(await requestCount(secondKey)).to.equal(1);

      await app.update({ data: [makeJob({ title: 'Handed-in one' })] });
      await waitUntil(() => titles(list).join() === 'Handed-in one', 'the data never showed', PATIENCE);
      await app.update({ data: [makeJob({ title: 'Handed-in two' }), makeJob({ title: 'Handed-in three' })] });
      await waitUntil(() => titles(list).join() === 'Handed-in two,Handed-in three', 'the new data never showed', PATIENCE);
      expect(listIn(container)).to.equal(list);
      expect(await requestCount(secondKey), 'data needs no request').to.equal(1);
      expectQuiet();
    });

    it('re-keyed while loading: the new element does not lose the load', async () => {
      const key = uniqueKey(`${name}-rekey-loading`);
      const app = await mountApp({ endpoint: feedUrl({ key, delay: 1500 }) });
      await requestsReached(key, 1);
      const first = listIn(container)!;
      expect(first.feedState).to.equal('loading');

      await app.update({ elementKey: 'second' });
      const second = listIn(container)!;
      expect(second, 'the framework replaced the element').not.to.equal(first);
      expect(first.isConnected).to.be.false;
      await loadedList(container, 'the re-keyed element lost the load');
      expect(listIn(container)).to.equal(second);
      expect(countText(second)).to.equal(`${OPEN_DEMO_JOBS} job openings`);
      expect(loads, 'nato-load from the element on screen only').to.have.length(1);
      expect(loads[0]!.target).to.equal(second);
      expectQuiet();
    });

    // Known issue with framework hosts: the replaced element gives up its wait, and the shared
    // fetch client cancels a request nobody waits for one microtask later, before the new
    // element's first update asks for the same URL, so the request is sent again. Un-skip when
    // the client waits a little longer for a new subscriber (see the report of this change).
    it('re-keyed while loading: the request is not sent twice', async () => {
      const key = uniqueKey(`${name}-rekey-once`);
      const app = await mountApp({ endpoint: feedUrl({ key, delay: 1500 }) });
      await requestsReached(key, 1);
      await app.update({ elementKey: 'second' });
      await loadedList(container, 'the re-keyed element lost the load');
      expect(await requestCount(key), 'requests for the feed').to.equal(1);
      expectQuiet();
    });

    it('re-keyed after the load: the new element shows the cached feed, with no new request', async () => {
      const key = uniqueKey(`${name}-rekey-loaded`);
      // A real endpoint lets the feed be reused; the test server says no-store unless told.
      await withResponseHeaders({ 'cache-control': 'max-age=60' }, async () => {
        const app = await mountApp({ endpoint: feedUrl({ key }) });
        const first = await loadedList(container);
        await app.update({ elementKey: 'second' });
        const second = listIn(container)!;
        expect(second).not.to.equal(first);
        await loadedList(container, 'the re-keyed element lost the load');
        expect(countText(second)).to.equal(`${OPEN_DEMO_JOBS} job openings`);
      });
      expect(await requestCount(key), 'requests for the feed').to.equal(1);
      expect(loads.map((event) => event.target === listIn(container))).to.deep.equal([false, true]);
      expectQuiet();
    });

    it('unmounted while loading: no error, no load, nothing left running', async () => {
      const key = uniqueKey(`${name}-unmount`);
      const delay = 1000;
      await mountApp({ endpoint: feedUrl({ key, delay }) });
      await requestsReached(key, 1);
      const list = listIn(container)!;
      host!.unmount();
      host = undefined;
      expect(list.isConnected).to.be.false;
      expect(container.querySelector('nato-job-list')).to.be.null;
      // Past the moment the server answers.
      await sleep(delay + 500);
      expect(loads, 'no nato-load from an unmounted element').to.deep.equal([]);
      expect(await requestCount(key)).to.equal(1);
      expectQuiet();
    });
  });
}
