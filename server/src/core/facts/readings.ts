/**
 * The ways of reading what a total adds: the plain segment, across headings, after a gap, from the
 * subtotal above; each as written, with unruled subtotals collapsed, and netted.
 */
import { abs, add, cmp, sub, ZERO, type Decimal } from '../decimal';
import type { Cell, Column, Row, Rule, Table } from '../model';
import { afterLastGap, segmentOf } from './segments';
import { countBelow } from '../sorted';
import { isDeduction, isTotalLabel, signedBothWays } from '../parse/body';
import { balanceRole, decreases, namesBalance } from './balanceRows';

/**
 * One way of reading what a total adds: which rows, and with which signs. A sign of 1 adds the
 * value as written, -1 subtracts it, 0 subtracts its magnitude (a `Less:` row, whether or not the
 * filing also put it in parentheses).
 */
export interface Reading {
  rows: Row[];
  signs: number[];
  /**
   * Added as written (signs from the figures and `Less:` labels), not netted: a netted reading is
   * one of several tried, and one column footing under it can be a coincidence.
   */
  asWritten: boolean;
  /**
   * A row subtracted though printed as an amount to add (`Litigation charge  25,500` between income
   * from operations and income before taxes): such a reading is believed only where the figures
   * say so, in two columns at least (see computeFootings).
   */
  deducted?: Row;
  /**
   * Believed only where it foots more columns than the plain reading, never for being nearer: the
   * decreases a roll-forward's labels name, taken off (a weighted-average price column misses under
   * any reading, and one reading's nearness there is a coincidence).
   */
  footsMore?: true;
  /**
   * Believed only where it foots every column, two at least: a reading that takes rows marked as
   * totals for items, or takes off the lines that name costs, explains a table that adds so, and
   * finds no slip in one that does not.
   */
  footsAll?: true;
  /**
   * Subtotals of some columns only, each with the rows it adds (`Total comprehensive income` in an
   * equity statement's Total column, over net income and the other comprehensive items, which the
   * other columns add one by one): in a column where the subtotal has a figure it stands for its
   * rows, elsewhere the rows are read (see columnView).
   */
  partial?: Map<Row, Row[]>;
}

/** A balance at the start or the end of a period: `Balance at beginning of year`, `... end of period`. */
export const OPENS_PERIOD = /\b(?:beginning|begin|start|opening) of (?:the )?(?:fiscal )?(?:year|period|quarter)\b/i;
export const CLOSES_PERIOD = /\b(?:end|close) of (?:the )?(?:fiscal )?(?:year|period|quarter)\b/i;
/**
 * Collapsing unruled subtotals sums runs of rows above each row, which is quadratic in the rows:
 * it is tried on segments up to this long (statements' sections are far shorter). Longer segments,
 * pool tables of hundreds or thousands of loans, are still read as written.
 */
const MAX_COLLAPSE_ROWS = 80;
/**
 * Each row of a segment is tried as a deduction only in segments up to this long: a statement's
 * section, where an expense printed unsigned sits among income lines. Longer runs are schedules.
 */
const MAX_DEDUCTION_ROWS = 12;

/**
 * Financial statements add in more ways than pool tables: an unruled subtotal under the rows it
 * adds (`Inventories: ... 257`), a grand total across section headings, a total that is the first
 * row less the others (net income), rows marked `Less:`. Each reading is tried; the plain one first.
 * Readings are made as they are asked for: most totals foot on the first, and the others (collapsed
 * subtotals above all, which sum runs of rows) are then never worked out.
 */
export function* readings(
  table: Table,
  totalIndex: number,
  summed: Column[],
  ruleLines: number[],
  stood?: StoodFor,
  heads?: Heads,
): Generator<Reading> {
  const plain = segmentOf(table, totalIndex, true, ruleLines);
  yield* readingsOf(plain, summed);
  // A total named for the heading its rows stand under (`Total other comprehensive income` under
  // `Other comprehensive income:`) closes that heading's section: it is read across no heading.
  const headed = closesItsHeading(table, totalIndex, plain);
  const across = headed ? plain : segmentOf(table, totalIndex, false, ruleLines);
  if (across.length !== plain.length) yield* readingsOf(across, summed);
  // A total named for a heading higher up, over headings of its own (`Other comprehensive income
  // (loss), net of taxes` under `Other comprehensive income (loss)`, then `Derivative instruments:`
  // and their rows), adds the rows since that heading, not the net income above it.
  const named = across.length !== plain.length ? sinceNamedHeading(table, totalIndex, across) : null;
  if (named) yield* readingsOf(named, summed);
  // A total named for a row of figures above it (`Other Expenses 0.10`, `Interest Expense 0.16`,
  // `Total Other Expenses 0.26`) adds the rows from that one down.
  const namedRow = sinceNamedRow(table, totalIndex, plain);
  if (namedRow) yield* readingsOf(namedRow, summed);
  // A total over sub-headings of its own, none of them with a subtotal (`Liabilities:`, then `Current`
  // and `Noncurrent` with their rows: PMI's lease liabilities), adds the rows under them all, back to
  // the total above it, which closes the section above and is not one of its rows.
  if (across.length !== plain.length) {
    const since = sinceLastTotal(across);
    if (since.length > plain.length && since.length < across.length) yield* readingsOf(since, summed);
  }
  // A blank line can end a group too: `Total Macintosh unit sales` adds only the unit rows below the gap.
  const group = afterLastGap(plain);
  if (group.length !== plain.length && group.length >= 2) yield* readingsOf(group, summed);
  // A net change under a roll-forward's opening balance adds the movements alone (`Net other
  // comprehensive income adjustments` under `Balance at beginning of year`); a closing balance adds both.
  // The same across headings: `ADDITIONS:` and `DEDUCTIONS:` under the opening balance of a plan's
  // assets, each a heading over its own rows.
  const closes = CLOSES_PERIOD.test(table.rows[totalIndex].label);
  for (const rows of across.length !== plain.length ? [plain, across] : [plain]) {
    if (rows.length >= 3 && OPENS_PERIOD.test(rows[0].label) && !closes) yield* readingsOf(rows.slice(1), summed);
  }
  // A closing balance over its opening balance and movements, where a movement's label names a
  // decrease printed as an amount to add (`Actual forfeitures  20,000` in GAINSCO's RSU roll-forward,
  // its value beside printed (295)): the movements so named are taken off, as a roll-forward reads them.
  if (closes && plain.length >= 3 && OPENS_PERIOD.test(plain[0].label)) {
    const signs = writtenSigns(plain);
    let named = false;
    plain.forEach((r, i) => {
      if (i > 0 && signs[i] === 1 && r.kind === 'body' && decreases(r.label)) {
        signs[i] = 0;
        named = true;
      }
    });
    if (named) yield { rows: plain, signs, asWritten: false, footsMore: true };
  }
  // A total first in the segment, with no rule under it, may close the section above: the rows
  // after it are a group of their own (`Net interest income` under `Loss from operations`, `Interest
  // income` and `Interest expense`).
  if (plain.length >= 3 && plain[0].kind === 'total') yield* readingsOf(plain.slice(1), summed);
  // The subtotal just above the segment starts it (`Total net revenues` then expenses, then the
  // loss; a roll-forward's opening balance, its items under headings of their own or not).
  for (const rows of across.length !== plain.length ? [plain, across] : [plain]) {
    const opening = subtotalAbove(table, totalIndex - countRowsFrom(table, totalIndex, rows), rows, ruleLines);
    if (opening) yield* readingsOf([opening, ...rows], summed);
  }
  // A grand total adds its section's items, each subtotal standing for the rows under it, across
  // headings: `Cash` above `Investments held by trustee:` and its `Total investments`.
  if (headed) return;
  const grand = sectionItems(table, totalIndex, ruleLines, stood, heads);
  if (grand.length >= 2 && grand.length !== plain.length) yield* signings(grand);
  // A row under a rule that names no total (`Other Automotive` under Ford's `Ford Asia Pacific and
  // Africa`, the rule drawn under the sales columns only) and adds nothing above it is an item of
  // the section, as the row above it is: read so where no reading of it footed.
  if (stood === undefined) return;
  const loose = sectionItems(table, totalIndex, ruleLines, stood, heads, true);
  if (loose.length >= 2 && loose.length !== grand.length) {
    yield { rows: loose, signs: writtenSigns(loose), asWritten: true, footsAll: true };
  }
}

/** The rows after the last total among `rows`. */
function sinceLastTotal(rows: Row[]): Row[] {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].kind === 'total') return rows.slice(i + 1);
  return rows;
}

/**
 * The rows of `across` (a total's rows back to its rule, across headings) below a heading whose
 * words begin the total's label, of two words or more (`Other comprehensive income (loss)` over
 * `Other comprehensive income (loss), net of taxes`), when some rows of `across` stand above that
 * heading and two or more below it; else null.
 */
function sinceNamedHeading(table: Table, totalIndex: number, across: Row[]): Row[] | null {
  const total = namedWords(table.rows[totalIndex].label);
  const top = table.rows.indexOf(across[0]);
  for (let i = totalIndex - 1; i > top; i--) {
    const row = table.rows[i];
    if (row.kind !== 'heading') continue;
    const heading = namedWords(row.label);
    if (!heading.includes(' ') || !total.startsWith(heading) || /[a-z0-9]/.test(total.charAt(heading.length))) continue;
    const below = new Set(table.rows.slice(i + 1, totalIndex));
    const rows = across.filter((r) => below.has(r));
    return rows.length >= 2 && rows.length < across.length ? rows : null;
  }
  return null;
}

/**
 * The rows of `plain` from the last one whose label the total's names (`Other Expenses` for `Total
 * Other Expenses`, of two words or more) down to the total, when that row has figures and others
 * follow it; else null.
 */
function sinceNamedRow(table: Table, totalIndex: number, plain: Row[]): Row[] | null {
  const label = table.rows[totalIndex].label;
  if (!/^\s*total\s/i.test(label)) return null;
  const named = namedWords(label);
  if (!named.includes(' ')) return null;
  for (let k = plain.length - 2; k >= 1; k--) {
    if (plain[k].kind === 'body' && namedWords(plain[k].label) === named) return plain.slice(k);
  }
  return null;
}

/** A label's words, lower case, without `Total` before them or a colon after. */
function namedWords(label: string): string {
  let end = label.length;
  // Trailing colons, dots and spaces cut by hand: a pattern anchored at the end backtracks on long runs.
  while (end > 0 && ':. \t'.includes(label[end - 1])) end--;
  return label
    .slice(0, end)
    .replace(/^\s*total\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The rows between a total labelled `Total X` and the heading `X:` right above them (body rows
 * only, two or more), or null: the rows its label says it adds.
 */
export function namedHeadingRows(table: Table, totalIndex: number): Row[] | null {
  const rows = bodyRowsAbove(table, totalIndex);
  if (rows.length === totalIndex || rows.length < 2 || !closesItsHeading(table, totalIndex, rows)) return null;
  return rows;
}

/** The body rows right above the row at `index`, back to the total or heading before them. */
export function bodyRowsAbove(table: Table, index: number): Row[] {
  let k = index - 1;
  while (k >= 0 && table.rows[k].kind === 'body') k--;
  return table.rows.slice(k + 1, index);
}

/** Each row's sign as written: 1 to add, 0 for a row marked as taken off (its magnitude subtracted). */
export function writtenReading(rows: Row[]): Reading {
  return { rows, signs: writtenSigns(rows), asWritten: true };
}

/** Whether a total labelled `Total X` has its rows right under a heading `X:`. */
function closesItsHeading(table: Table, totalIndex: number, plain: Row[]): boolean {
  const label = table.rows[totalIndex].label;
  if (plain.length === 0 || !/^\s*total\s/i.test(label)) return false;
  const at = totalIndex - countRowsFrom(table, totalIndex, plain) - 1;
  const above = table.rows[at];
  // A heading under another (`Available-for-sale` / `debt securities:`) is one heading's second line.
  if (above?.kind !== 'heading' || table.rows[at - 1]?.kind === 'heading') return false;
  return namedWords(above.label) === namedWords(label);
}

/**
 * The rows a total printed above them adds (`TOTAL HARDWARE SYSTEMS REVENUES` over `Hardware
 * systems products` and `Hardware systems support`), or null when it does not head rows. A total
 * labelled as one heads the run of rows right below it (up to the next heading, total or row
 * labelled a total) when that run adds up to it exactly in every column of figures the total has,
 * or in all but one where it has three or more (amounts or not: the filer's own columns say how the
 * rows are read; percents only in columns of rates that add, `ratesAdd`), with two figures or more
 * in two of those columns at least, so that no zero or one-row run makes it so by chance.
 */
export function headedRows(
  table: Table,
  totalIndex: number,
  ratesAdd: (column: number) => boolean = () => false,
): Row[] | null {
  const total = table.rows[totalIndex];
  if (!isTotalLabel(total.label)) return null;
  const rows: Row[] = [];
  let i = totalIndex + 1;
  for (; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row.kind !== 'body' || isTotalLabel(row.label)) break;
    // `Less accumulated depreciation` and the net figure under a subtotal are what it comes to, not its parts.
    if (isDeduction(row.label) || NET_LABEL.test(row.label)) return null;
    rows.push(row);
  }
  if (rows.length < 2) return null;
  // Rows closed by a total of the same figures add up to that one (liabilities and equity under
  // `Total assets` add up to `Total liabilities and equity`), not to the total above them.
  const closing = table.rows[i];
  if (
    closing?.kind === 'total' &&
    total.cells.every((c, k) => k === 0 || !c?.value || equalFigures(c, closing.cells[k]))
  ) {
    return null;
  }
  let shown = 0;
  let figures = 0;
  let missed = 0;
  for (let c = 1; c < total.cells.length; c++) {
    const cell = total.cells[c];
    // Percents among amounts are shares or ratios; in a column of rates that add, they are the parts.
    if (!cell?.value || (cell.percent && !ratesAdd(c))) continue;
    figures++;
    let sum = ZERO;
    let nonZero = 0;
    for (const row of rows) {
      const v = row.cells[c]?.value;
      if (!v || (row.cells[c]!.percent && !ratesAdd(c))) continue;
      sum = add(sum, v);
      if (v.units !== 0n) nonZero++;
    }
    if (cmp(sum, cell.value) !== 0) {
      // One column may miss, where three or more have figures: a slip in one of its rows must not
      // hide the rows the total heads (the footing then reports that column).
      if (++missed > 1) return null;
      continue;
    }
    if (nonZero >= 2) shown++;
  }
  return shown >= 2 && (missed === 0 ? figures >= 2 : figures >= 3) ? rows : null;
}

/** A net figure: `Net deferred tax assets`, `Land, buildings and equipment, net`. */
const NET_LABEL = /^\s*net\b|,\s*net\b/i;

/** Two cells of one value as printed (not the rounding-aware `sameFigure` of slips.ts: a closing total repeats the figure). */
function equalFigures(a: Cell, b: Cell | undefined): boolean {
  return !!b?.value && cmp(a.value!, b.value) === 0;
}

/** How many rows (headings included) a segment spans above the total at `totalIndex`. */
function countRowsFrom(table: Table, totalIndex: number, rows: Row[]): number {
  if (rows.length === 0) return 0;
  let i = totalIndex - 1;
  while (i >= 0 && table.rows[i] !== rows[0]) i--;
  return totalIndex - i;
}

/**
 * The total right above row `firstIndex` (headings passed over, no body row between), unless a
 * double rule (`TOTAL ASSETS` over `=====`) or a rule below a blank line closes it: then it ends its
 * own section.
 */
function subtotalAbove(table: Table, firstIndex: number, rows: Row[], ruleLines: number[]): Row | undefined {
  const first = rows[0] ?? table.rows[firstIndex];
  for (let i = firstIndex - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.kind === 'body') return undefined;
    if (row.kind !== 'total') continue;
    for (let k = countBelow(ruleLines, row.line + 1); k < ruleLines.length && ruleLines[k] < first.line; k++) {
      // A double rule closes the subtotal; so does a rule across the figures set off from it by a
      // blank line, which parts two blocks (`Total U.S. Dollars ...`, blank, rule, `Fixed ...`); the
      // underline of a year heading (`1997` over `----`) does not.
      const rule = table.rules[k];
      if (rule.char === '=' || (ruleLines[k] > row.line + 1 && acrossFigures(table, rule))) return undefined;
    }
    return row;
  }
  return undefined;
}

/** Whether a rule reaches under the table's figures, not only under its labels. */
function acrossFigures(table: Table, rule: Rule): boolean {
  const figures = table.columns.find((c) => c.kind !== 'label');
  return figures !== undefined && rule.display.end > figures.start;
}

/**
 * What each total above stands for, as its footing read it: the first line of the rows it adds,
 * through the subtotals among them (`Income before taxes` over `Operating income` over `Gross
 * profit` over `Total revenue` over the revenue lines). Filled in as the totals are footed, top down.
 */
export type StoodFor = Map<Row, number>;

/** The rows the total at a row index adds printed below it (see headedRows), or null when it heads none. */
export type Heads = (totalIndex: number) => Row[] | null;

/** Records that `total` adds `rows` (its footing's reading), for the totals below it (see StoodFor). */
export function standsFor(stood: StoodFor, total: Row, rows: Row[]): void {
  // A subtotal of some columns only (`Comprehensive income` in its own column) stands for none.
  if (!covers(total, rows, true)) return;
  let first = total.lines[0];
  for (const r of rows) {
    // Rows below the total (a total printed above the rows it adds) lie inside its section anyway.
    if (r.line >= total.line) return;
    first = Math.min(first, stood.get(r) ?? r.lines[0]);
  }
  stood.set(total, first);
}

/**
 * The items of the section a total closes, top-level ones only: going up from the total, every row,
 * a subtotal in place of the rows it adds, up to the table's first row or a total closed by a double
 * rule (the end of the section before). A subtotal adds the rows its footing read it as adding
 * (`stood`), through the subtotals among them; one not footed, the rows since its rule (or, with
 * `unfootedAsItems`, itself as an item where its label names no total); one printed over the rows it
 * adds (`heads`), those rows.
 */
export function sectionItems(
  table: Table,
  totalIndex: number,
  ruleLines: number[],
  stood?: StoodFor,
  heads?: Heads,
  unfootedAsItems = false,
): Row[] {
  const out: Row[] = [];
  // A balance at a date ends the movements above a total that is not one itself (`Comprehensive
  // income` under `Shareholders' Equity December 31, 1997`, `Net earnings` and its other items).
  const movements = stood !== undefined && !isBalance(table.rows[totalIndex].label);
  // Whether the row last passed (the one below) ends a section: the total itself, or a heading.
  // Only a total that names a balance sums the closing balances of sections.
  let sectionEnd = movements && namesBalance(table.rows[totalIndex].label);
  const ofBalances = sectionEnd;
  let i = totalIndex - 1;
  while (i >= 0) {
    const row = table.rows[i];
    if (row.kind === 'heading') {
      sectionEnd = ofBalances;
      i--;
      continue;
    }
    // A closing balance that ends its section, under a heading or right above the total, is that
    // section's sum when its footing read it so (`Balance, end of year` of paid-in capital, then of
    // retained earnings, under `Total stockholders' equity`): it stands for its rows as a subtotal.
    const stops = movements && isBalance(row.label) && !(sectionEnd && stood.has(row));
    sectionEnd = false;
    if (stops) break;
    // A double rule under a row closes its section, whether or not its label names a total: the
    // `Estimated fair value` printed between double rules under one block of contracts is no item of
    // the next blocks' grand total.
    if (closedByDoubleRule(table, i, ruleLines)) break;
    if (row.kind === 'total') {
      // A subtotal printed over the rows it adds, passed already (`Total Other Expenses` over
      // `Shareholder Services Fees` and `Other Expenses`), stands for them; the rows above it are items.
      const parts = heads?.(i);
      if (parts?.every((p) => out.includes(p))) {
        for (const p of parts) out.splice(out.indexOf(p), 1);
        out.push(row);
        i--;
        continue;
      }
      const first = stood?.get(row);
      if (first === undefined && unfootedAsItems && row.label.trim() !== '' && !isTotalLabel(row.label)) {
        out.push(row);
        i--;
        continue;
      }
      if (first !== undefined) {
        out.push(row);
        // The rows it stands for lie right above it: step over them (a search of the whole table
        // for the first of them would make a long schedule of subtotals quadratic).
        i--;
        while (i >= 0 && table.rows[i].lines[0] >= first) i--;
        continue;
      }
      const under = segmentOf(table, i, true, ruleLines);
      // A subtotal of some columns only (`Comprehensive loss` in the Total column) cannot stand for
      // its rows in the others: its rows are items of the section, and it is not.
      if (!covers(row, under)) {
        i--;
        continue;
      }
      out.push(row);
      let j = i - 1;
      if (under.length) while (j >= 0 && table.rows[j] !== under[0]) j--;
      i = j - 1;
      continue;
    }
    out.push(row);
    i--;
  }
  return out.reverse();
}

/** Whether a label names a balance at a date or at a period's edge (balanceRows.ts). */
export function isBalance(label: string): boolean {
  const role = balanceRole(label);
  return role !== null && role !== 'info';
}

/**
 * Whether a subtotal has a cell in every column its rows have a figure in. `strictly`: a figure, not
 * a dash, in every column where a row has one other than nought (a dash where `Net earnings` has a
 * figure says the subtotal adds that column no more).
 */
function covers(subtotal: Row, rows: Row[], strictly = false): boolean {
  for (const r of rows) {
    for (let c = 1; c < r.cells.length; c++) {
      const v = r.cells[c]?.value;
      if (!v) continue;
      if (strictly ? v.units !== 0n && !subtotal.cells[c]?.value : !subtotal.cells[c]) return false;
    }
  }
  return true;
}

/** Whether the rule right under a total row is a double one (`=====`): it closes a section. */
function closedByDoubleRule(table: Table, index: number, ruleLines: number[]): boolean {
  const row = table.rows[index];
  const k = countBelow(ruleLines, row.line + 1);
  if (k >= ruleLines.length) return false;
  // The next row is the next in the table's order (rows are in line order): a search of the table
  // from its first row, for every row a reading passes, made a long schedule quadratic.
  let j = index + 1;
  while (j < table.rows.length && table.rows[j].line <= row.line) j++;
  const next = table.rows[j];
  return (next === undefined || ruleLines[k] < next.line) && table.rules[k].char === '=';
}

/** The readings of one run of rows: as written, then (when it is short enough) with its unruled subtotals collapsed. */
function* readingsOf(rows: Row[], summed: Column[]): Generator<Reading> {
  if (rows.length === 0) return;
  yield* signings(rows);
  if (rows.length > MAX_COLLAPSE_ROWS) return;
  const collapsed = collapseSubtotals(rows, summed);
  if (collapsed.length !== rows.length) yield* signings(collapsed);
  const partial = partialSubtotals(rows, summed);
  if (partial) yield { rows, signs: writtenSigns(rows), asWritten: true, partial };
}

/**
 * The subtotals among a segment's rows that have figures in some of the summed columns only, each
 * the exact sum of two rows or more right above it in every column it has a figure in, with the rows
 * it adds; or undefined for none. A subtotal found so stands for its rows in the run of one below it
 * (`Total comprehensive loss` over `Net loss` and `Total other comprehensive loss`, itself over the
 * items). A subtotal that restates the one row right above it (`Total other comprehensive loss`
 * under its one item, which has figures in other columns too) stands for that row: no chance
 * equality, as the row is its whole section.
 */
function partialSubtotals(rows: Row[], summed: Column[]): Map<Row, Row[]> | undefined {
  let out: Map<Row, Row[]> | undefined;
  const used = summed.filter((c) => rows.some((r) => r.cells[c.index]?.value));
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== 'total') continue;
    const cols = used.filter((c) => row.cells[c.index]?.value);
    if (cols.length === 0 || cols.length === used.length) continue;
    const above = rows[i - 1];
    if (
      above.kind === 'body' &&
      used.some((c) => !row.cells[c.index]?.value && above.cells[c.index]?.value) &&
      cols.every((c) => {
        const v = above.cells[c.index]?.value;
        return v != null && cmp(v, row.cells[c.index]!.value!) === 0;
      })
    ) {
      (out ??= new Map()).set(row, [above]);
      continue;
    }
    // Two figures at least in each column, and exact in every one; a subtotal found above stands
    // for its rows where it has a figure in each column, and is not gone through otherwise.
    const sums = cols.map(() => ZERO);
    const counts = cols.map(() => 0);
    let j = i - 1;
    while (j >= 0) {
      const part = rows[j];
      const under = out?.get(part);
      if (under && !cols.every((c) => part.cells[c.index]?.value)) break;
      cols.forEach((c, k) => {
        const v = part.cells[c.index]?.value;
        if (!v) return;
        sums[k] = add(sums[k], v);
        counts[k]++;
      });
      j -= under ? under.length + 1 : 1;
      if (counts.every((c) => c >= 2) && cols.every((c, k) => cmp(sums[k], row.cells[c.index]!.value!) === 0)) {
        (out ??= new Map()).set(row, rows.slice(j + 1, i));
        break;
      }
    }
  }
  return out;
}

/** A reading as one column reads it: each partial subtotal with a figure there in place of its rows. */
export function columnView(reading: Reading, column: number): Reading {
  const { partial } = reading;
  if (!partial) return reading;
  const dropped = new Set<Row>();
  for (const [subtotal, under] of partial) {
    if (subtotal.cells[column]?.value) for (const r of under) dropped.add(r);
    else dropped.add(subtotal);
  }
  const rows: Row[] = [];
  const signs: number[] = [];
  reading.rows.forEach((r, i) => {
    if (dropped.has(r)) return;
    rows.push(r);
    signs.push(reading.signs[i]);
  });
  return { rows, signs, asWritten: reading.asWritten, deducted: reading.deducted };
}

/**
 * Each row's sign as written: 1 to add, 0 for a row marked as taken off (its magnitude subtracted),
 * -1 for one so marked whose figures are of both signs: there the parentheses are the figure's own
 * sign, not the deduction's (`Less: Minority interests in earnings (losses)`, 2 in one year and (7)
 * in another: a loss taken off adds).
 */
function writtenSigns(rows: Row[]): number[] {
  return rows.map((r) => (isDeduction(r.label) ? (bothSigns(r) ? -1 : 0) : 1));
}

/** Whether a row has figures above zero and below it. */
function bothSigns(row: Row): boolean {
  let above = false;
  let below = false;
  for (const cell of row.cells) {
    if (!cell?.value || cell.percent) continue;
    if (cell.value.units > 0n) above = true;
    else if (cell.value.units < 0n) below = true;
  }
  return above && below;
}

/** A line that names an expense, a cost or a provision for losses (not for income taxes). */
const COST_LINE = /\b(?:expenses?|costs?|provisions?\s+for\s+(?:credit|loan|possible|doubtful|bad)\b)/i;

function* signings(rows: Row[]): Generator<Reading> {
  const written = writtenSigns(rows);
  yield { rows, signs: written, asWritten: true };
  // Rows labelled `Less:` may be the parts of the total under them, not taken off it: a subtotal of
  // what is attributable to noncontrolling interests adds `Less: Net income attributable to
  // noncontrolling interests` and `Less: ... translation adjustments attributable to ...`, which
  // the total below takes off the comprehensive income above. Their figures as printed, added.
  if (written.some((sign) => sign !== 1)) yield { rows, signs: rows.map(() => 1), asWritten: false };
  if (rows.length >= 2) {
    // Net figures: the first row less the others (net income), and the others less the first
    // (a loss shown without parentheses).
    yield { rows, signs: rows.map((_, i) => (i === 0 ? 1 : -1)), asWritten: false };
    yield { rows, signs: rows.map((_, i) => (i === 0 ? -1 : 1)), asWritten: false };
    // The first row less the others, but a line that prints its own sign (`Total other income
    // (expense)`, AT&T's discontinued operations) added as printed.
    const signed = rows.map((r, i) => i > 0 && signedBothWays(r.label));
    if (signed.some(Boolean)) {
      yield { rows, signs: rows.map((_, i) => (i === 0 || signed[i] ? 1 : -1)), asWritten: false };
    }
  }
  // An income build-up: the first row with the lines that name an expense, a cost or a provision
  // for losses taken off and the others added, each printed as an amount (Truist's segment results:
  // `Segment net interest income`, `Allocated provision for credit losses`, `Noninterest income`,
  // `Noninterest expense`, then `Income before income taxes`). Two such lines at least (one is a
  // deduction tried below), and a line added besides the first.
  if (rows.length >= 4) {
    const costs = rows.map((r, i) => i > 0 && written[i] === 1 && COST_LINE.test(r.label) && !signedBothWays(r.label));
    const taken = costs.filter(Boolean).length;
    if (taken >= 2 && taken < rows.length - 1) {
      yield { rows, signs: written.map((sign, i) => (costs[i] ? -1 : sign)), asWritten: false, footsAll: true };
    }
  }
  if (rows.length >= 3 && rows.length <= MAX_DEDUCTION_ROWS) {
    for (let i = 1; i < rows.length; i++) {
      // An item, not a subtotal: a subtotal subtracted is a net reading's (tried above); but a
      // subtotal of deductions (`Net deductions` in an allowance's roll-forward) is one item.
      if (written[i] !== 1 || (rows[i].kind !== 'body' && !decreases(rows[i].label))) continue;
      const signs = written.slice();
      signs[i] = -1;
      yield { rows, signs, asWritten: false, deducted: rows[i] };
    }
  }
}

/**
 * Whether a row is the sum of the run above it: in every column, or (with three columns or more)
 * in all but one, so that a slip in one figure of the run does not hide the subtotal it belongs to.
 */
function subtotals(cols: Column[], sums: Decimal[], counts: number[], row: Row): boolean {
  let equal = 0;
  for (let k = 0; k < cols.length; k++) {
    if (counts[k] > 0 && cmp(sums[k], row.cells[cols[k].index]!.value!) === 0) equal++;
  }
  return equal === cols.length || (cols.length >= 3 && equal === cols.length - 1);
}

/** Drops the rows an unruled subtotal adds, keeping the subtotal: a row equal to the sum of 2+ rows right above it. */
function collapseSubtotals(rows: Row[], summed: Column[]): Row[] {
  const kept: Row[] = [];
  for (const row of rows) {
    const cols = summed.filter((c) => row.cells[c.index]?.value);
    // The rows right above, summed one more at a time: the shortest run of 2+ that equals this row.
    const collapsedRun =
      cols.length > 0 && kept.length >= 2
        ? runAdding(kept, kept.length, cols, (sums, counts) => subtotals(cols, sums, counts, row))
        : 0;
    if (collapsedRun > 0) kept.splice(kept.length - collapsedRun, collapsedRun);
    kept.push(row);
  }
  return kept;
}

/**
 * The length of the shortest run of two rows or more ending right above `rows[end]` whose sums in
 * `cols` (with how many figures each took) `make` the row, or 0; the run stops short of a row that
 * `stop` keeps out.
 */
function runAdding(
  rows: Row[],
  end: number,
  cols: Column[],
  make: (sums: Decimal[], counts: number[]) => boolean,
  stop?: (row: Row) => boolean,
): number {
  const sums = cols.map(() => ZERO);
  const counts = cols.map(() => 0);
  for (let n = 1; n <= end; n++) {
    const above = rows[end - n];
    if (stop?.(above)) return 0;
    for (let k = 0; k < cols.length; k++) {
      const v = above.cells[cols[k].index]?.value;
      if (v) {
        sums[k] = add(sums[k], v);
        counts[k]++;
      }
    }
    if (n >= 2 && make(sums, counts)) return n;
  }
  return 0;
}

/**
 * The signed sum of a reading's figures in a column. `percentsAdd` for a column of rates that add
 * (a tax-rate reconciliation's): its percents are the parts, not ratios set among amounts.
 */
export function signedSum(reading: Reading, column: number, percentsAdd = false): { value: Decimal; cells: Cell[] } {
  let total = ZERO;
  const cells: Cell[] = [];
  for (let i = 0; i < reading.rows.length; i++) {
    const cell = reading.rows[i].cells[column];
    // A percent among amounts is a ratio row set in the amounts' column (`Percent of segment
    // sales  7.6%` under each segment's earnings): not part of the sum.
    if (!cell || (cell.percent && !percentsAdd)) continue;
    cells.push(cell);
    if (!cell.value) continue;
    const sign = reading.signs[i];
    total = sign > 0 ? add(total, cell.value) : sub(total, sign < 0 ? cell.value : abs(cell.value));
  }
  return { value: total, cells };
}
