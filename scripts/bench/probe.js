/*
 * The bench's probe: inlined as the first script of every bench page (element pages and their
 * static copies alike), before anything else loads. It changes nothing the page does; it only
 * records, in `window.__bench`:
 *
 *   targets[i].hosts[j].firstRender  the element's first render (its first shadow DOM change)
 *   targets[i].hosts[j].inDom   when the element's shadow root first held the content selector
 *                               (a MutationObserver on every shadow root, hooked at attachShadow;
 *                               null for declarative shadow roots, which no script attaches)
 *   targets[i].hosts[j].shown   the first animation frame in which the content was in the page
 *                               and laid out (so it is painted in that frame)
 *   shown                       the frame in which every element on the page showed content
 *   defined[tag]                when the tag was defined
 *   loaded[tag]                 when each `nato-load` event of that tag fired
 *   fetches                     each fetch(): start, headers, body parsed (Response.json)
 *   longtasks                   `longtask` entries (null where the browser has none: Firefox)
 *
 * Configured by `data-targets` on its own <script>: [{ "tag": "nato-job-list", "selector": "[part~=item]" }].
 * All times are `performance.now()` (ms since navigation start).
 */
(() => {
  const script = document.currentScript;
  const targets = JSON.parse(script.dataset.targets || '[]');
  const now = () => performance.now();
  const bench = {
    targets: targets.map((target) => ({ ...target, hosts: [] })),
    shown: null,
    defined: {},
    loaded: {},
    fetches: [],
    longtasks: null,
    frames: 0,
  };
  window.__bench = bench;
  /** A copy that can leave the page (no element references), with Resource Timing added. */
  bench.report = () => ({
    ...bench,
    report: undefined,
    targets: bench.targets.map((target) => ({ ...target, hosts: target.hosts.map(({ firstRender, inDom, shown }) => ({ firstRender, inDom, shown })) })),
    resources: performance.getEntriesByType('resource').map((entry) => ({
      name: entry.name,
      initiatorType: entry.initiatorType,
      startTime: entry.startTime,
      responseStart: entry.responseStart,
      responseEnd: entry.responseEnd,
      transferSize: entry.transferSize,
    })),
    navigation: (() => {
      const [entry] = performance.getEntriesByType('navigation');
      return entry && { responseStart: entry.responseStart, responseEnd: entry.responseEnd, domInteractive: entry.domInteractive, domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
    })(),
  });

  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    bench.longtasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }

  for (const target of bench.targets) {
    customElements.whenDefined(target.tag).then(() => (bench.defined[target.tag] ??= now()));
  }
  document.addEventListener(
    'nato-load',
    (event) => {
      const tag = event.composedPath()[0]?.localName ?? '?';
      (bench.loaded[tag] ??= []).push(now());
    },
    true,
  );

  // fetch() and Response#json(): when the element asked, got headers, and had parsed data.
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const record = { url: new URL(input instanceof Request ? input.url : String(input), document.baseURI).href, start: now() };
    bench.fetches.push(record);
    const promise = fetch.call(this, input, init);
    promise.then(
      () => (record.headers = now()),
      () => (record.failed = now()),
    );
    return promise;
  };
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    const record = bench.fetches.find((entry) => entry.url === this.url && entry.jsonStart === undefined);
    if (record) record.jsonStart = now();
    const promise = json.call(this);
    promise.then(() => record && (record.json = now()), () => {});
    return promise;
  };

  /** The record of one element instance (made when first seen). */
  const hostRecord = (target, host) => {
    let record = target.hosts.find((entry) => entry.host === host);
    if (!record) {
      record = { host, firstRender: null, inDom: null, shown: null };
      target.hosts.push(record);
    }
    return record;
  };
  const targetFor = (host) => bench.targets.find((target) => target.tag === host.localName);

  // Every shadow root a script attaches, watched from its first moment.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const target = targetFor(this);
    if (target) {
      const record = hostRecord(target, this);
      const observer = new MutationObserver(() => {
        record.firstRender ??= now();
        if (root.querySelector(target.selector)) {
          record.inDom = now();
          observer.disconnect();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };

  const hasContent = (host, selector) => {
    const element = host.shadowRoot?.querySelector(selector);
    return Boolean(element && element.getBoundingClientRect().height > 0);
  };

  const frame = () => {
    bench.frames++;
    const time = now();
    let all = bench.targets.length > 0;
    for (const target of bench.targets) {
      const hosts = document.querySelectorAll(target.tag);
      if (hosts.length === 0) all = false;
      for (const host of hosts) {
        const record = hostRecord(target, host);
        if (record.shown === null && hasContent(host, target.selector)) record.shown = time;
        if (record.shown === null) all = false;
      }
    }
    if (all) {
      bench.shown = time;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
