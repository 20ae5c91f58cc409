/**
 * Column inference for one table block: where the columns are, which is the label column, what
 * kind of numbers each holds, and which header words stand over each. Works on display columns
 * (tabs expanded).
 */
import type { Cell, Column, ColumnKind, Row, ScaleNote } from '../model';
import { abs, cmp, decimal, digitsEndIn, parseNumber } from '../decimal';
import { isSplitFigure, type Chunk } from './lines';
import type { LineAccess } from './doc';

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
  for (const chunks of rows) {
    for (const c of chunks) if (!numbersOnly || c.number) packed[k++] = coreStart(c) * PACK + coreEnd(c);
  }
  packed.sort();
  const runs: RawColumn[] = [];
  let last: RawColumn | undefined;
  for (let i = 0; i < n; i++) {
    // Truncated with `| 0`: every `{ start, end }` in the model shares this shape, and its fields
    // must stay small integers (docs/performance.md, "Small integers, not heap numbers").
    const start = (packed[i] / PACK) | 0;
    const end = (packed[i] - start * PACK) | 0;
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else runs.push((last = { start, end }));
  }
  return runs;
}
const PACK = 2 ** 21;

/**
 * Runs split where lines have two figures or more inside one run: columns printed one space apart
 * (`118,400,000.00 113,781,143.26`, `$7,061 $ 7,273 $10,828`), which the bridging of one-space gaps
 * joined. Each pair of neighbouring figures in a run asks for a split between the right edge of the
 * first and the start of the second; the pairs that overlap are one split, at their common part.
 * A run is split only where every such split has a common part and leaves each line's figures in
 * columns of their own; runs are returned in order.
 */
export function splitSharedRuns(runs: RawColumn[], rows: Chunk[][]): RawColumn[] {
  let wanted: Map<number, { lo: number; hi: number }[]> | undefined;
  for (const chunks of rows) {
    let previous: Chunk | undefined;
    let previousRun = -1;
    for (const c of chunks) {
      // A lone hyphen between two figures joins a range (`1989 - 1994`): it is no figure of its own.
      if (!c.number || c.text === '-') continue;
      const run = runOf(runs, c);
      if (run >= 0 && run === previousRun) {
        wanted ??= new Map();
        let list = wanted.get(run);
        if (!list) wanted.set(run, (list = []));
        list.push({ lo: coreEnd(previous!), hi: coreStart(c) });
      }
      previous = c;
      previousRun = run;
    }
  }
  if (!wanted) return runs;
  const out: RawColumn[] = [];
  runs.forEach((run, k) => {
    const list = wanted.get(k);
    const parts = list && splitRun(run, list);
    if (parts && holdsApart(parts, rows, run)) out.push(...parts);
    else out.push(run);
  });
  return out;
}

/** A run cut at the common part of each group of overlapping splits, or undefined where one has none. */
function splitRun(run: RawColumn, splits: { lo: number; hi: number }[]): RawColumn[] | undefined {
  splits.sort((a, b) => a.lo - b.lo);
  const cuts: { lo: number; hi: number }[] = [];
  for (const s of splits) {
    const last = cuts[cuts.length - 1];
    // Overlapping splits (within one gutter) narrow to their common part; a split wholly past the
    // last gutter starts another.
    if (last && s.lo < last.hi) {
      last.lo = Math.max(last.lo, s.lo);
      last.hi = Math.min(last.hi, s.hi);
    } else cuts.push({ ...s });
  }
  const parts: RawColumn[] = [];
  let start = run.start;
  for (const cut of cuts) {
    if (!(cut.lo < cut.hi && cut.lo > start && cut.hi < run.end)) return undefined;
    parts.push({ start, end: cut.lo });
    start = cut.hi;
  }
  parts.push({ start, end: run.end });
  return parts;
}

/**
 * Whether the parts of a run (split from `run`) hold each of its figures, no line's two in one part:
 * a cut that leaves a figure between two parts (a growth rate under a `1989 - 1994` range) is no column's edge.
 */
function holdsApart(parts: RawColumn[], rows: Chunk[][], run: RawColumn): boolean {
  for (const chunks of rows) {
    let previous = -1;
    for (const c of chunks) {
      if (!c.number) continue;
      const x = coreEnd(c) - 1;
      if (x < run.start || x >= run.end) continue;
      const part = runOf(parts, c);
      if (part < 0 || part === previous) return false;
      previous = part;
    }
  }
  return true;
}

/** Where a number's column edge is: where its digits end (see digitsEndIn). */
export function coreEnd(chunk: Chunk): number {
  return chunk.number ? chunk.start + digitsEndIn(chunk.text, chunk.number) : chunk.end;
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

/**
 * Header words of columns whose figures are not added up: rates, averages, prices, terms. `Months`
 * and `years` name a term (`Remaining Term (Months)`), but not in a period (`Six Months Ended`).
 */
export const NOT_SUMMED =
  /\b(rates?|average|avg|wtd|wac|wam|dscr|ltv|ratios?|yields?|price|coupon|margin|fico|score|terms?|age|months(?!\s+ended)|years(?!\s+ended)|(?<!held[- ]to[- ])maturity|weighted|per share|%\s*$)/i;
/**
 * A header of money per unit: `$/SF`, `$ / Share`, `Cost per square foot`, `Revenue per employee`
 * (not `$/bps`, a change in dollars or basis points).
 */
const PER_UNIT =
  /\$\s*\/\s*(?:sf|sq\.?\s*f(?:oo)?t|square|share|unit|ton|tonne|bbl|barrel|mcf|boe|mmbtu|lb|oz|gal|kwh|mwh)\b|\bper\s+(?:unit|square|sq\.?|ton|tonne|barrel|bbl|mcf|boe|employee|capita|day|hour|mile|seat|vehicle|store|pound|ounce|gallon)\b/i;

/** Whether a column's figures are 1, 2, 3 ... down its rows (four or more): the rows' numbers, not figures. */
function numbersRows(cells: KindEvidence['cells']): boolean {
  let next = 1n;
  for (const c of cells) {
    if (c.value === null) continue;
    if (c.value.units !== next || c.value.scale !== 0 || c.dollar) return false;
    next++;
  }
  return next > 4n;
}

/**
 * Whether a column's figures are years (1900 to 2099, two or more, no `$`): an introduction date or
 * an expiry (`mid/late  1999`, `September 1998`), not an amount of that many.
 */
function allYears(cells: KindEvidence['cells']): boolean {
  let years = 0;
  for (const c of cells) {
    if (c.value === null) continue;
    if (c.dollar || c.value.units < 1900n || c.value.units > 2099n) return false;
    years++;
  }
  return years >= 2;
}

/** Footnote references in a column's header words: `EPS(1)`, `Per share*`, `Net income{2}`, `1999(a)`. */
export function headerRefs(header: string): string[] {
  return header.match(HEADER_REF) ?? [];
}
const HEADER_REF = /\(\w{1,2}\)|\*{1,3}|\{\d{1,2}\}/g;

/** Words of a header over amounts, or its `$` (a `$` after a space: `Vehicles $`, where `\b` never stands before it). */
export const AMOUNT_HEADER = /\b(?:balance|amount|principal|dollars?|value|cost|proceeds|fees?)|\$/i;
export const COUNT_HEADER = /\b(number|count|no\.|loans|shares|units|holders|employees)\b/i;
export const PERCENT_HEADER = /\b(percent|percentage|pct)\b|%/i;
/** A column of page references: an index's `Page`, `Page No.`, `Pages`. */
const PAGE_HEADER = /^\s*pages?(?:\s+(?:no\.?|number))?\s*$/i;
/** A header that starts by saying its figures are shares: `Percentage of ...`, `% of ...`. */
const SHARE_OF_HEADER = /^\s*(?:percent(?:age)?|pct\.?|%)\s+of\b/i;

export interface KindEvidence {
  header: string;
  /** The column's cells; a dash (a cell without a value) says nothing about the kind. */
  cells: readonly Pick<Cell, 'dollar' | 'percent' | 'value'>[];
  scaleNote: boolean;
}

/** A header of nothing but two years compared: `96/95`, `1997 vs. 1996`. */
export const YEARS_ONLY = /^\s*(?:19|20)?\d\d\s*(?:\/|vs\.?)\s*(?:19|20)?\d\d\s*$/i;

/** Two years compared at the end of a header: `U.S. 96/95`, under a group's own heading. */
const YEARS_AT_END = /(?:^|\s)(?:19|20)?\d\d\s*(?:\/|vs\.?)\s*(?:19|20)?\d\d\s*$/i;

/**
 * A header of two years compared (`96/95`), alone or after a word or two that name no amount or
 * count (`U.S. 96/95`, `International 95/94`, where a group heading over a rule heads them).
 */
function yearsCompared(header: string): boolean {
  if (YEARS_ONLY.test(header)) return true;
  const m = YEARS_AT_END.exec(header);
  if (!m) return false;
  const before = header.slice(0, m.index).trim();
  return (
    before.split(/\s+/).length <= 2 && !/\d/.test(before) && !AMOUNT_HEADER.test(before) && !COUNT_HEADER.test(before)
  );
}

/** A thousand: percents are smaller in size (`(47.6)`, `185`), amounts in thousands seldom are. */
const THOUSAND = decimal(1000n, 0);

/** The kind of a numeric column from its cells, then its header words. */
export function inferKind(e: KindEvidence): ColumnKind {
  let written = 0;
  let pct = 0;
  let dollars = false;
  let integers = true;
  let cents = true;
  let firstPercent: boolean | undefined;
  let small = true;
  for (const c of e.cells) {
    if (c.value === null) continue;
    written++;
    firstPercent ??= c.percent;
    if (small && cmp(abs(c.value), THOUSAND) >= 0) small = false;
    if (c.percent) pct++;
    if (c.dollar) dollars = true;
    if (c.value.scale !== 0) integers = false;
    if (c.value.scale !== 2) cents = false;
  }
  if (written === 0) return 'number';
  if (pct * 2 >= written) return 'percent';
  // The unit printed on the first figure only (`85 %`, then `15`, `100`), as `$` is: a column of
  // percents, where no `$` says it holds money and every figure is of a percent's size (a tax
  // reconciliation's `Statutory rate 40.0%` heads a column of amounts in thousands).
  if (firstPercent && !dollars && small) return 'percent';
  // Two years compared (`97/96` beside `% Change 98/97`, whose group heading it lost): the change
  // between them, in percent where no `$` says it is money.
  if (yearsCompared(e.header) && !dollars) return 'percent';
  // `Percentage of Total Number of Receivables`, `% of Pool Balance`: a share of what it names.
  if (SHARE_OF_HEADER.test(e.header)) return 'percent';
  if (PERCENT_HEADER.test(e.header) && !AMOUNT_HEADER.test(e.header) && !COUNT_HEADER.test(e.header)) return 'percent';
  // Per-unit figures (average price, rate, `$/SF`) are money that is not added up, nor are page
  // references, nor the numbers of the rows (`Lease Year` 1, 2, 3 ... 7).
  if (NOT_SUMMED.test(e.header) || PER_UNIT.test(e.header) || PAGE_HEADER.test(e.header)) return 'number';
  if (integers && (numbersRows(e.cells) || allYears(e.cells))) return 'number';
  if (dollars) return 'amount';
  if (AMOUNT_HEADER.test(e.header)) return 'amount';
  if (COUNT_HEADER.test(e.header) && integers) return 'count';
  if (e.scaleNote) return 'amount';
  if (integers) return 'count';
  return cents ? 'amount' : 'number';
}

/** Where a table's columns are: occupied runs, the first numeric one, the label column's run. */
export interface Layout {
  runs: RawColumn[];
  boundary: number;
  labelRun: RawColumn;
  numericRuns: RawColumn[];
}

/**
 * Index of the first numeric column. Runs before it hold the labels: numeric labels (rates, terms)
 * and range bounds have no text to their left, while a data column follows a text label in most
 * rows. A total row never has a number in the label column, which bounds the labels when every
 * label is a number.
 */
export function labelBoundary(runs: RawColumn[], rows: Chunk[][], totals: Chunk[][]): number {
  let totalBound = runs.length;
  for (const chunks of totals) {
    for (const c of chunks) {
      if (!c.number) continue;
      const r = runOf(runs, c);
      if (r >= 0 && r < totalBound) totalBound = r;
    }
  }
  for (let r = 0; r < Math.min(totalBound, runs.length); r++) {
    let withText = 0;
    let reached = 0;
    for (const chunks of rows) {
      const inRun = chunks.find((c) => c.number && runOf(runs, c) === r);
      if (!inRun) continue;
      reached++;
      if (chunks.some((c) => !c.number && c.end <= inRun.start)) withText++;
    }
    if (reached > 0 && withText * 2 > reached) return r;
  }
  if (totals.length > 0) return totalBound;
  // No text labels and no totals: the first column is the label column.
  return runs.length > 1 ? 1 : runs.length;
}

/**
 * A label written up against its number (`Cash at Beginning of Year 1,604.0`) reaches into the
 * first numeric column; the last word is the number when it sits in a numeric column.
 */
export function splitGluedNumbers(chunks: Chunk[], runs: RawColumn[], boundary: number, label: RawColumn): Chunk[] {
  if (!chunks.some((c) => !c.number && c.end > label.end)) return chunks;
  const out: Chunk[] = [];
  for (const c of chunks) {
    const space = c.text.lastIndexOf(' ');
    if (c.number || c.end <= label.end || space < 0 || isSplitFigure(c.text)) {
      out.push(c);
      continue;
    }
    const word = c.text.slice(space + 1);
    const number = parseNumber(word);
    const tail: Chunk = { start: c.start + space + 1, end: c.end, text: word, number };
    if (!number || runOf(runs, tail) < boundary) {
      out.push(c);
      continue;
    }
    const head = c.text.slice(0, space).trimEnd();
    out.push({ start: c.start, end: c.start + head.length, text: head, number: null }, tail);
  }
  return out;
}

/** The header words over each column (index 0 is the label column). */
export function headerWords(doc: LineAccess, headerLines: number[], layout: Layout): string[][] {
  const headers: string[][] = [];
  for (let k = 0; k <= layout.numericRuns.length; k++) headers.push([]);
  for (const hl of headerLines) {
    const grouped = yearsOverGroups(layout, doc.chunksOf(hl));
    if (grouped) {
      grouped.forEach(({ year, columns }) => {
        for (const col of columns) headers[col].push(year);
      });
      continue;
    }
    // The line under it, a header line or a rule between two.
    const underlines = hl + 1 < doc.lines.length ? underlinesOf(doc.chunksOf(hl + 1)) : null;
    const chunks = doc.chunksOf(hl);
    for (const chunk of chunks) {
      // A group heading's underline (`-------` under `PARTICIPANT DIRECTED`) is no word of it.
      if (UNDERLINE.test(chunk.text)) continue;
      // A heading over a group of columns (`Year Ended December 31`, `% Change`) is each one's: the
      // columns it spans, or those its underline spans where the line under it draws one rule per
      // group and it is the only heading over its rule (`Options Exercisable`, centred over a rule
      // across the exercisable shares and their price, beside `Options Outstanding` over another).
      const under = underlines?.find((u) => u.start <= chunk.start && chunk.end <= u.end);
      const alone = under && chunks.every((c) => c === chunk || c.end <= under.start || c.start >= under.end);
      const underlined = under && alone ? spannedColumns(layout.numericRuns, under) : [];
      const spanned = underlined.length >= 2 ? underlined : spannedColumns(layout.numericRuns, chunk);
      if (spanned.length >= 2) for (const col of spanned) headers[col].push(chunk.text);
      else headers[nearestColumn(layout.labelRun, layout.numericRuns, chunk)].push(chunk.text);
    }
  }
  return headers;
}

/** A line's rules, where it holds two or more and nothing else (one rule per group of columns); else null. */
function underlinesOf(chunks: Chunk[]): Chunk[] | null {
  return chunks.length >= 2 && chunks.every((c) => UNDERLINE.test(c.text)) ? chunks : null;
}

/** A run of rule characters alone. */
const UNDERLINE = /^[-=_]{3,}$/;

/** A year as a header prints it, alone: `2001`, `1997*`. */
const LONE_YEAR = /^(?:19|20)\d\d\*?$/;

/**
 * A header line of years each printed once over a group of columns (`2001` over its U.S. and
 * non-U.S. plans, `2000` over theirs): as many columns under each year, each year's text within
 * its group's extent. Then each year is every column's of its group; null for any other line.
 */
function yearsOverGroups(layout: Layout, chunks: Chunk[]): { year: string; columns: number[] }[] | null {
  const runs = layout.numericRuns;
  const years = chunks.filter((c) => nearestColumn(layout.labelRun, runs, c) !== 0);
  const k = years.length;
  if (k < 2 || runs.length <= k || runs.length % k !== 0) return null;
  if (!years.every((c) => LONE_YEAR.test(c.text))) return null;
  const m = runs.length / k;
  const groups: { year: string; columns: number[] }[] = [];
  for (let g = 0; g < k; g++) {
    const first = runs[g * m];
    const last = runs[(g + 1) * m - 1];
    const year = years[g];
    // The year stands over its group: within the group's extent, clear of the next group's columns.
    if (year.start < first.start - 2 || year.end > last.end + 2) return null;
    if (g + 1 < k && year.end > runs[(g + 1) * m].start) return null;
    groups.push({ year: year.text, columns: Array.from({ length: m }, (_, i) => g * m + i + 1) });
  }
  return groups;
}

/** The numeric columns (1-based) a header chunk covers most of: a heading over a group of them. */
function spannedColumns(runs: RawColumn[], chunk: Chunk): number[] {
  const out: number[] = [];
  runs.forEach((r, k) => {
    const overlap = Math.min(r.end, chunk.end) - Math.max(r.start, chunk.start);
    if (overlap > 0 && overlap * 2 >= r.end - r.start) out.push(k + 1);
  });
  return out;
}

/**
 * The column a header word stands over: the numeric column it overlaps most, else the label column
 * if it is left of them all, else the nearest.
 */
function nearestColumn(label: RawColumn, runs: RawColumn[], chunk: Chunk): number {
  let best = -1;
  let bestOverlap = 0;
  runs.forEach((r, k) => {
    const overlap = Math.min(r.end, chunk.end) - Math.max(r.start, chunk.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = k + 1;
    }
  });
  if (best > 0) return best;
  if (
    runs.length === 0 ||
    chunk.end <= runs[0].start ||
    (label.end > label.start && chunk.start < label.end && chunk.end <= label.end + 1)
  ) {
    return 0;
  }
  let nearest = 1;
  let distance = Infinity;
  runs.forEach((r, k) => {
    const d = chunk.start >= r.end ? chunk.start - r.end : r.start - chunk.end;
    if (d < distance) {
      distance = d;
      nearest = k + 1;
    }
  });
  return nearest;
}

/** The table's columns, label first, or null when no numeric column has two numbers in it. */
export function buildColumns(
  rows: Row[],
  layout: Layout,
  headers: string[][],
  scale: ScaleNote | null,
): Column[] | null {
  const { labelRun } = layout;
  const columns: Column[] = [
    {
      index: 0,
      kind: 'label',
      start: labelRun.start,
      end: labelRun.end,
      rightEdge: labelRun.end,
      header: headers[0].join(' '),
    },
  ];
  // A table needs a numeric column with at least two numbers in it.
  let populated = false;
  for (let k = 0; k < layout.numericRuns.length; k++) {
    const run = layout.numericRuns[k];
    const col = k + 1;
    const cells: Cell[] = [];
    let values = 0;
    if (markersOnly(rows, col)) readAsMarkers(rows, col);
    for (const r of rows) {
      const cell = r.cells[col];
      if (cell === undefined) continue;
      cells.push(cell);
      if (cell.value) values++;
    }
    if (values >= 2) populated = true;
    const header = headers[col].join(' ');
    const kind = inferKind({ header, cells, scaleNote: scale !== null });
    columns.push({
      index: col,
      kind,
      start: run.start,
      end: run.end,
      rightEdge: modeRightEdge(rows, col, run.end),
      header,
    });
  }
  if (!populated) return null;
  markRanges(columns, rows);
  return columns;
}

/** A footnote marker set apart from what it marks: `(1)`, `(a)`. */
const MARKER = /^\(\s?[0-9a-z]\s?\)$/i;
/** How far a marker may stand after what it marks, in display columns. */
const MARKER_GAP = 3;

/**
 * Whether a column holds nothing but footnote markers set a space or two after what they mark
 * (`$ 11  (2)`, `(29) (1)`, an exhibit's `10.4.2  (6)`): every figure in it is a parenthesised
 * digit or letter, each within MARKER_GAP columns of the cell before it. Such a column is no
 * column of negatives: a marker is read as (1), (2), never as the amounts -1 and -2 a column of
 * figures would hold.
 */
export function markersOnly(
  rows: Row[],
  col: number,
  near: (cell: Cell, before: Cell) => boolean = (cell, before) => cell.display.start - before.display.end <= MARKER_GAP,
): boolean {
  let markers = 0;
  for (const r of rows) {
    const cell = r.cells[col];
    if (!cell?.value) continue;
    if (!MARKER.test(cell.text.trim())) return false;
    const before = previousCell(r, col);
    if (!before || !near(cell, before)) return false;
    markers++;
  }
  return markers > 0;
}

/** The cell right before column `col` in a row (the label's too). */
function previousCell(row: Row, col: number): Cell | undefined {
  for (let k = col - 1; k >= 0; k--) if (row.cells[k]) return row.cells[k];
  return undefined;
}

/** A column of markers read as such: no figures, each marker given to the figure it follows. */
export function readAsMarkers(rows: Row[], col: number): void {
  for (const r of rows) {
    const cell = r.cells[col];
    if (!cell?.value) continue;
    cell.value = null;
    const before = previousCell(r, col);
    if (before?.value && before.marker === '') before.marker = cell.text.trim();
  }
}

/**
 * A column of nothing but dashes between two numeric columns is the `-` of a range written across
 * them (`$ 0.50  -  $52.43`): the three are one range, bounds and not amounts, and none adds.
 */
function markRanges(columns: Column[], rows: Row[]): void {
  for (let k = 2; k + 1 < columns.length; k++) {
    // Dashes with a figure on either side of them in their row: a dash alone among dashes says
    // nothing (none, zero), one between two figures joins them.
    let between = 0;
    let other = false;
    // A range runs from its lower bound up: a row whose left figure exceeds its right one is no
    // range, and the dashes are zeros of a column of their own (a schedule's `Charged to Other
    // Accounts` of nothing but `-`, between its additions and deductions).
    let descending = false;
    for (const r of rows) {
      const cell = r.cells[k];
      if (!cell) continue;
      if (cell.value === null && RANGE_DASH.test(cell.text.trim())) {
        const low = r.cells[k - 1]?.value;
        const high = r.cells[k + 1]?.value;
        if (low && high) {
          between++;
          if (cmp(low, high) > 0) descending = true;
        }
      } else other = true;
    }
    if (between < 2 || other || descending) continue;
    for (const c of [columns[k - 1], columns[k], columns[k + 1]]) {
      c.kind = 'number';
      c.range = true;
    }
  }
}
const RANGE_DASH = /^(?:-{1,2}|\u2013|\u2014)$/;

function modeRightEdge(rows: Row[], col: number, fallback: number): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const c = r.cells[col];
    if (c) counts.set(c.display.end, (counts.get(c.display.end) ?? 0) + 1);
  }
  let best = fallback;
  let n = 0;
  for (const [edge, k] of counts) if (k > n) [best, n] = [edge, k];
  return best;
}
