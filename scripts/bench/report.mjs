/**
 * The bench's table: one row per number, one column per browser ("median (fastest)"), and the
 * target beside it. A median past its target is marked "over": a report, not a failure.
 */

const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
const count = (value) => (value === null || value === undefined ? '–' : `${Math.round(value).toLocaleString('en')}`);
const times = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** "123 ms (110)", with " over" when the median misses the target. */
function cell(stat, format, target) {
  if (!stat || stat.median === null || stat.median === undefined) return '–';
  if (stat.median === 'n/a') return 'n/a';
  const over = target !== undefined && stat.median > target ? '  over' : '';
  const min = format(stat.min).replace(/ ms$|×$/, '');
  return `${format(stat.median)} (${min})${over}`;
}

export function printTable(results) {
  const names = Object.keys(results.browsers);
  const headers = ['', ...names.map((name) => results.browsers[name].version), 'target'];
  const rows = [];
  const section = (title) => rows.push({ section: title });
  const row = (label, read, format, target, targetText) =>
    rows.push({
      cells: [
        `  ${label}`,
        ...names.map((name) => {
          try {
            return cell(read(results.browsers[name]), format, target);
          } catch {
            return '–';
          }
        }),
        targetText ?? '',
      ],
    });
  const { budgets } = results;
  const first = results.browsers[names[0]];

  section('10,000 jobs');
  row('first rows after the response', (b) => b.tenThousand.firstRowsMs, ms, budgets.firstRowsMs, `≤ ${budgets.firstRowsMs} ms`);
  row('search: one keystroke → next paint', (b) => b.tenThousand.searchMs, ms, budgets.searchMs, `≤ ${budgets.searchMs} ms`);
  row('filter: one organisation → next paint', (b) => b.tenThousand.filterMs, ms);
  row('DOM nodes in the element', (b) => b.tenThousand.domNodes, count, 1500, '< 1,500');

  section(`Time to content, 24 jobs, bundle and feed preloaded (vs the same page as static HTML)`);
  for (const page of first?.content ?? []) {
    const find = (b) => b.content.find((entry) => entry.id === page.id);
    row(`${page.label}: element page`, (b) => find(b).elementMs, ms);
    row(`${page.label}: static page`, (b) => find(b).staticMs, ms);
    row(`${page.label}: ratio element ÷ static`, (b) => find(b).ratio, times, budgets.ratio, `≤ ${budgets.ratio}×`);
    row(`${page.label}: feed requests per load`, (b) => find(b).feedRequests, count, 1, '1');
  }
  for (const page of first?.waiting ?? []) {
    rows.push({ note: `  ${page.label}: skipped until the bundle defines ${page.missing.join(', ')}` });
  }

  section('Main thread, two job lists on one page (24 jobs)');
  row(
    'longest task while loading',
    (b) => (b.mainThread.longtaskSupported ? b.mainThread.longestTaskMs : { median: 'n/a' }),
    (value) => (value === 'n/a' ? 'n/a' : ms(value)),
    budgets.longestTaskMs,
    `≤ ${budgets.longestTaskMs} ms`,
  );
  row(
    'longest task, same page as static HTML',
    (b) => (b.mainThread.staticLongestTaskMs ? b.mainThread.staticLongestTaskMs : { median: 'n/a' }),
    (value) => (value === 'n/a' ? 'n/a' : ms(value)),
  );
  row('tasks over 50 ms', (b) => (b.mainThread.longtaskSupported ? b.mainThread.longTasks : { median: 'n/a' }), (value) => (value === 'n/a' ? 'n/a' : count(value)), 0, '0');
  row('content in both lists', (b) => b.mainThread.contentMs, ms);

  const width = headers.map((header, column) =>
    Math.max(header.length, ...rows.filter((entry) => entry.cells).map((entry) => entry.cells[column].length)),
  );
  const line = (cells) => cells.map((text, column) => (column === 0 ? text.padEnd(width[column]) : text.padEnd(width[column]))).join('   ').trimEnd();

  const { conditions } = results;
  console.log(
    `\nnato-careers-elements bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${conditions.runs} first visits per number, ` +
      `+${conditions.latencyMs} ms per request, ${conditions.cpus} CPUs (load ${conditions.loadAverageBefore[0]} → ${conditions.loadAverageAfter?.[0]})`,
  );
  console.log('median (fastest run); targets are reported, not enforced\n');
  console.log(line(headers));
  for (const entry of rows) {
    if (entry.section) console.log(entry.section);
    else if (entry.note) console.log(entry.note);
    else console.log(line(entry.cells));
  }
  for (const name of names) {
    for (const { what, error } of results.browsers[name].errors ?? []) console.log(`  ${name}: failed run, not counted: ${what}: ${error}`);
  }
  if (results.sizes) {
    console.log('Sizes (gzip, level 9)');
    console.log(`  ${results.sizes.bundle.file}`.padEnd(width[0]) + `   ${kB(results.sizes.bundle.gzipBytes)} (${kB(results.sizes.bundle.bytes)} minified)`);
    for (const element of results.sizes.elements) {
      const size = element.error ? `not built: ${element.error}` : `${kB(element.gzipBytes)} (${kB(element.bytes)} minified)`;
      console.log(`  ${element.tag} alone, with Lit`.padEnd(width[0]) + `   ${size}`);
    }
  }
}
