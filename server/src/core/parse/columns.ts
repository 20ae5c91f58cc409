/**
 * Column inference for one table block: where the columns are, which is the label column, and
 * what kind of numbers each holds. Works on display columns (tabs expanded).
 */
import type { Chunk } from './lines';
import type { Cell, ColumnKind } from '../model';

export interface RawColumn {
  start: number;
  end: number;
}

/**
 * Occupied runs across the given rows' chunks (with `numbersOnly`, their numbers'). Gaps of one
 * space are bridged (`$ 113,346,210.62` beside `$   7,276,695.21` leaves a one-space gutter inside
 * the cell), wider gutters split columns.
 */
export function occupiedRuns(rows: Chunk[][], numbersOnly = false): RawColumn[] {
  // Each interval is packed into one number, start * 2^21 + end, so a typed array sorts them by
  // start without a comparator or an object per interval. Display columns of a table row are far
  // below 2^21 (rows are at most MAX_TABLE_LINE characters, tabs expanded), and the packed value
  // stays below 2^42, exact in a double.
  let n = 0;
  for (const chunks of rows) for (const c of chunks) if (!numbersOnly || c.number) n++;
  const packed = new Float64Array(n);
  let k = 0;
  for (const chunks of rows) for (const c of chunks) if (!numbersOnly || c.number) packed[k++] = coreStart(c) * PACK + coreEnd(c);
  packed.sort();
  const runs: RawColumn[] = [];
  let last: RawColumn | undefined;
  for (let i = 0; i < n; i++) {
    // Unpacked as small integers (`| 0` truncates, and both fit): a run's fields, like every
    // `{ start, end }` in the model (cells' display ranges share their shape), then stay small
    // integers. Stored as the result of double arithmetic, `end` would make V8 box the field of
    // every such object in a heap number of its own.
    const start = (packed[i] / PACK) | 0;
    const end = (packed[i] - start * PACK) | 0;
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else runs.push((last = { start, end }));
  }
  return runs;
}
const PACK = 2 ** 21;

/**
 * Where a number's column edge is: a closing parenthesis or a footnote star hangs into the gutter
 * (`(828)` under `1,081`), so it is left out when columns are measured.
 */
export function coreEnd(chunk: Chunk): number {
  if (!chunk.number) return chunk.end;
  let end = chunk.end;
  while (end > chunk.start + 1 && (chunk.text[end - chunk.start - 1] === ')' || chunk.text[end - chunk.start - 1] === '*')) end--;
  return end;
}

/** Where a number's digits start: a `$` or `(` before them may sit in the gutter. */
export function coreStart(chunk: Chunk): number {
  if (!chunk.number) return chunk.start;
  let i = 0;
  while (i < chunk.text.length - 1 && (chunk.text[i] === '$' || chunk.text[i] === '(' || chunk.text[i] === ' ')) i++;
  return chunk.start + i;
}

/** Index of the run holding the chunk (by its right end), or -1. */
export function runOf(runs: RawColumn[], chunk: Chunk): number {
  let lo = 0;
  let hi = runs.length - 1;
  const x = coreEnd(chunk) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid];
    if (x < r.start) hi = mid - 1;
    else if (x >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const NOT_SUMMED = /\b(rates?|average|avg|ratios?|yields?|price|coupon|margin|fico|score|terms?|age|months|years|maturity|weighted|per share|%\s*$)/i;
export const AMOUNT_HEADER = /\b(balance|amount|principal|dollars?|value|cost|proceeds|fees?|\$)/i;
export const COUNT_HEADER = /\b(number|count|no\.|loans|shares|units|holders|employees)\b/i;
export const PERCENT_HEADER = /\b(percent|percentage|pct)\b|%/i;

export interface KindEvidence {
  header: string;
  /** The column's cells; a dash (a cell without a value) says nothing about the kind. */
  cells: readonly Pick<Cell, 'dollar' | 'percent' | 'value'>[];
  scaleNote: boolean;
}

/** The kind of a numeric column from its cells, then its header words. */
export function inferKind(e: KindEvidence): ColumnKind {
  let written = 0;
  let pct = 0;
  let dollars = false;
  let integers = true;
  let cents = true;
  for (const c of e.cells) {
    if (c.value === null) continue;
    written++;
    if (c.percent) pct++;
    if (c.dollar) dollars = true;
    if (c.value.scale !== 0) integers = false;
    if (c.value.scale !== 2) cents = false;
  }
  if (written === 0) return 'number';
  if (pct * 2 >= written) return 'percent';
  if (PERCENT_HEADER.test(e.header) && !AMOUNT_HEADER.test(e.header) && !COUNT_HEADER.test(e.header)) return 'percent';
  // Per-unit figures (average price, rate) are money that is not added up.
  if (NOT_SUMMED.test(e.header)) return 'number';
  if (dollars) return 'amount';
  if (AMOUNT_HEADER.test(e.header)) return 'amount';
  if (COUNT_HEADER.test(e.header) && integers) return 'count';
  if (e.scaleNote) return 'amount';
  if (integers) return 'count';
  return cents ? 'amount' : 'number';
}
