/**
 * Source map lookup, enough to name a position in the minified bundle: generated line and
 * column (0-based) → original file, line (1-based) and the text of that line.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The segments of one line of `mappings`: [column, source, line, column, name?] (absolute). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let name = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = DIGIT.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        sourceLine += values[2];
        sourceColumn += values[3];
        if (values.length >= 5) name += values[4];
        segments.push([column, source, sourceLine, sourceColumn, values.length >= 5 ? name : undefined]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** @param {{ sources: string[], sourcesContent?: string[], names: string[], mappings: string }} map */
export function createLookup(map) {
  const lines = decodeMappings(map.mappings);
  const contents = (map.sourcesContent ?? []).map((content) => content?.split('\n'));
  const clean = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  /** @returns {{ source: string, line: number, text: string, name?: string } | undefined} */
  return (line, column) => {
    const segments = lines[line];
    if (!segments?.length) return undefined;
    // The last segment at or before the column (segments are in column order).
    let found;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    found ??= segments[0];
    const [, source, sourceLine, , name] = found;
    return {
      source: clean(map.sources[source]),
      line: sourceLine + 1,
      text: (contents[source]?.[sourceLine] ?? '').trim(),
      name: name === undefined ? undefined : map.names[name],
    };
  };
}
