/** Median, fastest and slowest of some runs, rounded to 0.1, with the runs themselves. */
export function stats(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length === 0) return { median: null, min: null, max: null, runs: values };
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const round = (value) => Math.round(value * 10) / 10;
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), runs: values.map((value) => (typeof value === 'number' ? round(value) : value)) };
}
