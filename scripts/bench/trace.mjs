/**
 * Reads a Chromium performance trace (as `page.tracing.stop()` returns it) for one page load:
 * the CPU profile samples of the page's main thread, its tasks, and its rendering work, on the
 * page's own clock (ms since its navigation started, as `performance.now()`).
 */

/** Trace categories: the timeline, its JavaScript samples at 0.1 ms, and page marks. */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Rendering work by trace event name, grouped as DevTools groups it. */
const RENDERING = {
  'parse HTML': ['ParseHTML'],
  'parse style sheets': ['ParseAuthorStyleSheet'],
  'style': ['UpdateLayoutTree'],
  'layout': ['Layout'],
  'paint': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer'],
  'compile JS': ['v8.compile', 'v8.compileModule', 'V8.CompileCode'],
};

/**
 * @param {{ traceEvents: any[] }} trace
 * @param {string} pageUrl the page's address, to find its navigation
 */
export function readTrace(trace, pageUrl) {
  const events = trace.traceEvents ?? trace;
  const navigation = events
    .filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === pageUrl)
    .at(-1);
  if (!navigation) throw new Error(`no navigationStart for ${pageUrl} in the trace`);
  const { pid, tid } = navigation;
  const t0 = navigation.ts;
  const pageMs = (ts) => (ts - t0) / 1000;
  const onMain = (event) => event.pid === pid && event.tid === tid;

  // The main thread's CPU profile, spread over ProfileChunk events.
  const profileEvent = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  /** @type {Map<number, { id: number, parent?: number, callFrame: any }>} */
  const nodes = new Map();
  const samples = [];
  if (profileEvent) {
    let time = profileEvent.args.data.startTime;
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profileEvent.id) continue;
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        time += deltas[i] ?? 0;
        samples.push({ node: ids[i], time: pageMs(time) });
      }
    }
    samples.sort((a, b) => a.time - b.time);
    for (let i = 0; i < samples.length; i++) {
      // Each sample stands for the time until the next one (capped: a gap is not work).
      samples[i].ms = i + 1 < samples.length ? Math.min(samples[i + 1].time - samples[i].time, 5) : 0;
    }
  }

  const tasks = events
    .filter((event) => onMain(event) && event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'))
    .map((event) => ({ start: pageMs(event.ts), ms: event.dur / 1000 }))
    // Nested task events of the same task: keep the outermost.
    .sort((a, b) => a.start - b.start || b.ms - a.ms)
    .filter((task, i, all) => !all.slice(Math.max(0, i - 3), i).some((outer) => outer.start <= task.start && outer.start + outer.ms >= task.start + task.ms));

  const rendering = Object.entries(RENDERING).map(([group, names]) => ({
    group,
    events: events
      .filter((event) => onMain(event) && event.ph === 'X' && names.includes(event.name))
      .map((event) => ({ start: pageMs(event.ts), ms: event.dur / 1000 })),
  }));

  // The bundle on the main thread: compiled (after streaming), then evaluated.
  const compile = events.find(
    (event) => onMain(event) && event.name === 'v8.compileModule' && event.args?.data?.url?.endsWith('/nato-careers.bundle.js'),
  );
  const evaluate = compile && events.find((event) => onMain(event) && event.name === 'v8.evaluateModule' && event.ts >= compile.ts);
  const bundle = {
    compiled: compile ? pageMs(compile.ts + compile.dur) : null,
    evaluateStart: evaluate ? pageMs(evaluate.ts) : null,
    evaluated: evaluate ? pageMs(evaluate.ts + evaluate.dur) : null,
  };

  return { pid, tid, nodes, samples, tasks, rendering, bundle };
}

/** The frame that a profile node stands for, as a key and a readable record. */
function frameOf(node) {
  const { functionName = '', url = '', lineNumber = -1, columnNumber = -1 } = node.callFrame;
  return { key: `${functionName}|${url}|${lineNumber}|${columnNumber}`, functionName: functionName || '(anonymous)', url, line: lineNumber, column: columnNumber };
}

/**
 * Self time per function between two page times; the special entries ((program), (garbage
 * collector)) included, (idle) left out.
 */
export function selfTimes({ nodes, samples }, from = -Infinity, to = Infinity) {
  const byFrame = new Map();
  for (const sample of samples) {
    if (sample.time < from || sample.time >= to) continue;
    const node = nodes.get(sample.node);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const frame = frameOf(node);
    const entry = byFrame.get(frame.key) ?? { ...frame, ms: 0 };
    entry.ms += sample.ms;
    byFrame.set(frame.key, entry);
  }
  return [...byFrame.values()].sort((a, b) => b.ms - a.ms);
}

/** Total time of samples in JavaScript (not idle, program or GC) between two page times, by script URL. */
export function scriptTimeByUrl({ nodes, samples }, from = -Infinity, to = Infinity) {
  const byUrl = new Map();
  for (const sample of samples) {
    if (sample.time < from || sample.time >= to) continue;
    const node = nodes.get(sample.node);
    if (!node) continue;
    const name = node.callFrame.functionName;
    const key = SPECIAL.has(name) ? name : node.callFrame.url || '(native)';
    byUrl.set(key, (byUrl.get(key) ?? 0) + sample.ms);
  }
  return byUrl;
}

/** Rendering work (style, layout, paint …) between two page times, in ms per group. */
export function renderingTime({ rendering }, from = -Infinity, to = Infinity) {
  return Object.fromEntries(
    rendering.map(({ group, events }) => [group, events.filter((event) => event.start >= from && event.start < to).reduce((sum, event) => sum + event.ms, 0)]),
  );
}
