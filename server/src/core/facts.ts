/**
 * What a table's numbers say about each other, computed once per table and shared by checks,
 * summaries and fixes: column footings (by segment), which column each percent column is a share
 * of, and which single cell explains a footing that fails.
 */
import { abs, add, cmp, decimal, percentOf, pow10, rescale, sub, sum, ZERO, type Decimal } from './decimal';
import type { Cell, Column, Row, Table } from './model';
import { isTotalLabel } from './parse/body';

export interface Footing {
  column: number;
  total: Row;
  /** The rows the total adds up: since the previous rule or heading (subtotals included). */
  segment: Row[];
  stated: Decimal;
  computed: Decimal;
  /** Allowed |stated - computed|: zero when exact, the rounding interval otherwise. */
  tolerance: Decimal;
  ok: boolean;
  /** When one body cell alone explains the difference (its share says so), that cell. */
  culprit?: { row: Row; expected: Decimal };
}

export interface ShareRow {
  row: Row;
  cell: Cell;
  stated: Decimal;
  /** The share computed from the base column, rounded to the stated decimals. */
  computed: Decimal;
  ok: boolean;
  /** True when the base cell is wrong (a footing culprit) and the percent is right. */
  explained: boolean;
}

export interface Share {
  percentColumn: number;
  baseColumn: number;
  /** The denominator used: the base column's stated total, or the sum of its rows. */
  denominator: Decimal;
  denominatorIsStatedTotal: boolean;
  rows: ShareRow[];
}

export interface TableFacts {
  footings: Footing[];
  shares: Share[];
}

const cache = new WeakMap<Table, TableFacts>();

export function factsOf(table: Table): TableFacts {
  let facts = cache.get(table);
  if (!facts) {
    facts = computeFacts(table);
    cache.set(table, facts);
  }
  return facts;
}

export function isHundred(d: Decimal): boolean {
  return d.units === 100n * pow10(d.scale);
}

/** Half a unit in the last shown place: 0.5 * 10^-d. */
export function halfUnit(scale: number): Decimal {
  return decimal(5n, scale + 1);
}

function isSummed(c: Column): boolean {
  return c.kind === 'count' || c.kind === 'amount';
}

/** Whether a column's figures are exact (counts, cents) or rounded (whole units, declared scale). */
export function isExactColumn(table: Table, column: Column, cells: Cell[]): boolean {
  if (column.kind === 'count') return true;
  if (table.scale) return false;
  return cells.every((c) => c.value === null || c.value.scale >= 2);
}

/**
 * The lines of a table's rules, for finding the rules above a total by binary search: a table of
 * thousands of rows with a subtotal every few rows would otherwise filter all its rules for each
 * total. The parser adds rules top down (a joined table's first part's before its second's), so
 * they are in line order, as `table.rules` is. Made afresh for each computation of facts (a kept
 * table's lines move with edits above it).
 */
function ruleLinesOf(table: Table): number[] {
  return table.rules.map((r) => r.line);
}

/** How many of the sorted `lines` are below `line` (binary search). */
function countBelow(lines: number[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Rows a total adds up: back to the rule before the total's own rule. With `headings` a section
 * heading (`STOCKHOLDERS' EQUITY:`) also ends the segment.
 */
export function segmentOf(table: Table, totalIndex: number, headings = true, ruleLines = ruleLinesOf(table)): Row[] {
  const total = table.rows[totalIndex];
  const above = countBelow(ruleLines, total.lines[0]);
  // The total's own rule is the nearest rule above it; the segment starts after the one before.
  const ownRule = above > 0 ? ruleLines[above - 1] : -1;
  // Direct when no row sits between that rule and the total (rows are in line order: the row just above decides).
  const ownRuleIsDirect = ownRule >= 0 && !(totalIndex > 0 && table.rows[totalIndex - 1].line > ownRule);
  const boundaryRule = ownRuleIsDirect ? (above > 1 ? ruleLines[above - 2] : -1) : ownRule;
  // Gathered upwards and turned round once: unshifting each row would move the whole segment every time.
  const out: Row[] = [];
  for (let i = totalIndex - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.line <= boundaryRule) break;
    if (row.kind === 'heading') {
      if (headings) break;
      continue;
    }
    out.push(row);
  }
  return out.reverse();
}

/**
 * One way of reading what a total adds: which rows, and with which signs. A sign of 1 adds the
 * value as written, -1 subtracts it, 0 subtracts its magnitude (a `Less:` row, whether or not the
 * filing also put it in parentheses).
 */
interface Reading {
  rows: Row[];
  signs: number[];
}

const SUBTRACTED = /^\s*(?:less|deduct|minus)\b/i;
/**
 * Collapsing unruled subtotals sums runs of rows above each row, which is quadratic in the rows:
 * it is tried on segments up to this long (statements' sections are far shorter). Longer segments,
 * pool tables of hundreds or thousands of loans, are still read as written.
 */
const MAX_COLLAPSE_ROWS = 80;

/**
 * Financial statements add in more ways than pool tables: an unruled subtotal under the rows it
 * adds (`Inventories: ... 257`), a grand total across section headings, a total that is the first
 * row less the others (net income), rows marked `Less:`. Each reading is tried; the plain one first.
 * Readings are made as they are asked for: most totals foot on the first, and the others (collapsed
 * subtotals above all, which sum runs of rows) are then never worked out.
 */
function* readings(table: Table, totalIndex: number, summed: Column[], ruleLines: number[]): Generator<Reading> {
  const plain = segmentOf(table, totalIndex, true, ruleLines);
  yield* readingsOf(plain, summed);
  const across = segmentOf(table, totalIndex, false, ruleLines);
  if (across.length !== plain.length) yield* readingsOf(across, summed);
  // A blank line can end a group too: `Total Macintosh unit sales` adds only the unit rows below the gap.
  const group = afterLastGap(plain);
  if (group.length !== plain.length && group.length >= 2) yield* readingsOf(group, summed);
  // The subtotal just above the segment starts it (`Total net revenues` then expenses, then the loss).
  const first = plain[0] ?? table.rows[totalIndex];
  // A plain segment is the rows right above the total, none skipped.
  const firstIndex = totalIndex - plain.length;
  for (let i = firstIndex - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.kind === 'total') {
      // A total closed by a double rule (`TOTAL ASSETS` over `=====`) ends its section instead.
      let closed = false;
      for (
        let k = countBelow(ruleLines, row.line + 1);
        !closed && k < ruleLines.length && ruleLines[k] < first.line;
        k++
      ) {
        closed = table.rules[k].char === '=';
      }
      if (!closed) yield* readingsOf([row, ...plain], summed);
      break;
    }
    if (row.kind === 'body') break;
  }
}

/** The readings of one run of rows: as written, then (when it is short enough) with its unruled subtotals collapsed. */
function* readingsOf(rows: Row[], summed: Column[]): Generator<Reading> {
  if (rows.length === 0) return;
  yield* signings(rows);
  if (rows.length > MAX_COLLAPSE_ROWS) return;
  const collapsed = collapseSubtotals(rows, summed);
  if (collapsed.length !== rows.length) yield* signings(collapsed);
}

function* signings(rows: Row[]): Generator<Reading> {
  yield { rows, signs: rows.map((r) => (SUBTRACTED.test(r.label) ? 0 : 1)) };
  if (rows.length >= 2) {
    // Net figures: the first row less the others (net income), and the others less the first
    // (a loss shown without parentheses).
    yield { rows, signs: rows.map((_, i) => (i === 0 ? 1 : -1)) };
    yield { rows, signs: rows.map((_, i) => (i === 0 ? -1 : 1)) };
  }
}

/** The rows after the last blank line between rows of a segment. */
function afterLastGap(rows: Row[]): Row[] {
  for (let i = rows.length - 1; i > 0; i--) {
    if (rows[i].lines[0] - rows[i - 1].line > 1) return rows.slice(i);
  }
  return rows;
}

/** Drops the rows an unruled subtotal adds, keeping the subtotal: a row equal to the sum of 2+ rows right above it. */
function collapseSubtotals(rows: Row[], summed: Column[]): Row[] {
  const kept: Row[] = [];
  for (const row of rows) {
    const cols = summed.filter((c) => row.cells[c.index]?.value);
    let collapsedRun = 0;
    if (cols.length > 0 && kept.length >= 2) {
      // The rows right above, summed one more at a time: the shortest run of 2+ that equals this row.
      const sums = cols.map(() => ZERO);
      const counts = cols.map(() => 0);
      for (let n = 1; n <= kept.length; n++) {
        const above = kept[kept.length - n];
        for (let k = 0; k < cols.length; k++) {
          const v = above.cells[cols[k].index]?.value;
          if (v) {
            sums[k] = add(sums[k], v);
            counts[k]++;
          }
        }
        if (n >= 2 && cols.every((c, k) => counts[k] > 0 && cmp(sums[k], row.cells[c.index]!.value!) === 0)) {
          collapsedRun = n;
          break;
        }
      }
    }
    if (collapsedRun > 0) kept.splice(kept.length - collapsedRun, collapsedRun);
    kept.push(row);
  }
  return kept;
}

/**
 * How far rounding can move a sum from its stated total: half a unit in the last shown place of the
 * total and of every cell. Written at the finest scale, each half unit is 5 * 10^(finest - own).
 */
export function roundingTolerance(totalScale: number, cells: readonly Cell[]): Decimal {
  let finest = totalScale;
  let coarsest = totalScale;
  for (const c of cells) {
    if (!c.value) continue;
    if (c.value.scale > finest) finest = c.value.scale;
    if (c.value.scale < coarsest) coarsest = c.value.scale;
  }
  if (finest - coarsest > 12) {
    // Scales far apart: terms too large to add exactly as doubles.
    let tolerance = halfUnit(totalScale);
    for (const c of cells) if (c.value) tolerance = add(tolerance, halfUnit(c.value.scale));
    return tolerance;
  }
  // Up to 10^12 per term and a few hundred cells: exact in a double.
  let tens = TENS[finest - totalScale];
  for (const c of cells) if (c.value) tens += TENS[finest - c.value.scale];
  return decimal(BigInt(tens) * 5n, finest + 1);
}
/** 10^k as doubles, k from 0 to 12. */
const TENS = Array.from({ length: 13 }, (_, k) => 10 ** k);

function signedSum(reading: Reading, column: number): { value: Decimal; cells: Cell[] } {
  let total = ZERO;
  const cells: Cell[] = [];
  for (let i = 0; i < reading.rows.length; i++) {
    const cell = reading.rows[i].cells[column];
    if (!cell) continue;
    cells.push(cell);
    if (!cell.value) continue;
    const sign = reading.signs[i];
    total = sign > 0 ? add(total, cell.value) : sub(total, sign < 0 ? cell.value : abs(cell.value));
  }
  return { value: total, cells };
}

const NOT_ADDING = /\b(?:not|n't)\s+(?:equal|add|sum|foot|agree|total)/i;

/** A figure marked `6.01*` whose footnote says it does not add up (quarterly EPS) is not a sum. */
function footnotedAsNotAdding(table: Table, cell: Cell): boolean {
  const text = cell.text.trimEnd();
  let stars = 0;
  while (stars < text.length && text[text.length - 1 - stars] === '*') stars++;
  if (stars === 0) return false;
  const marker = '*'.repeat(stars);
  return table.footnotes.some((f) => f.marker === marker && NOT_ADDING.test(f.text));
}

function computeFacts(table: Table): TableFacts {
  const footings: Footing[] = [];
  const summed = table.columns.filter(isSummed);
  // A distribution table: a percent column whose total reads 100.
  const hasShareColumn = table.columns.some(
    (c) =>
      c.kind === 'percent' &&
      table.rows.some((r) => r.kind === 'total' && r.cells[c.index]?.value && isHundred(r.cells[c.index]!.value!)),
  );
  const ruleLines = ruleLinesOf(table);
  table.rows.forEach((row, index) => {
    if (row.kind !== 'total') return;
    const columns = summed.filter(
      (c) => row.cells[c.index]?.value && !footnotedAsNotAdding(table, row.cells[c.index]!),
    );
    if (columns.length === 0) return;
    // Try each reading; keep the one that foots the most columns (the plain reading wins ties).
    let best: Footing[] = [];
    let bestOk = -1;
    for (const reading of readings(table, index, summed, ruleLines)) {
      // A "total" of one row is a restatement or an adjustment under a rule, not a sum.
      if (reading.rows.length < 2) continue;
      const attempt: Footing[] = [];
      for (const column of columns) {
        const totalCell = row.cells[column.index]!;
        const { value: computed, cells } = signedSum(reading, column.index);
        if (cells.length === 0) continue;
        // The total counts too: an exact column shows cents in its total as well (or counts).
        const exact = isExactColumn(table, column, cells) && (column.kind === 'count' || totalCell.value!.scale >= 2);
        const tolerance = exact ? decimal(0n, 0) : roundingTolerance(totalCell.value!.scale, cells);
        const diff = abs(sub(totalCell.value!, computed));
        attempt.push({
          column: column.index,
          total: row,
          segment: reading.rows,
          stated: totalCell.value!,
          computed,
          tolerance,
          ok: cmp(diff, tolerance) <= 0,
        });
      }
      const ok = attempt.filter((f) => f.ok).length;
      if (attempt.length > 0 && ok > bestOk) {
        best = attempt;
        bestOk = ok;
      }
      if (attempt.length > 0 && ok === attempt.length) break;
    }
    // Report a failing column only where the table shows how it adds: a share column (pool tables),
    // or most other columns of the same total footing under the same reading. Statements that net
    // rows from other sections (a loss from revenues above) fail in every column and stay quiet.
    const failing = best.filter((f) => !f.ok).length;
    // A statement with a single summed column has no second column to confirm a reading; its total
    // is checked when the row says it is one (`Total ...`, or unlabelled under a rule).
    const saysTotal = row.label === '' || isTotalLabel(row.label);
    const single = columns.length === 1 && saysTotal;
    if (failing > 0 && !hasShareColumn && bestOk < failing && !single) return;
    footings.push(...best);
  });

  const shares: Share[] = [];
  for (const column of table.columns) {
    if (column.kind !== 'percent') continue;
    const share = inferShare(table, column, footings);
    if (share) shares.push(share);
  }

  // A failing footing whose difference one row's share explains: that row's base cell is wrong.
  for (const f of footings) {
    if (f.ok) continue;
    const diff = sub(f.computed, f.stated);
    for (const share of shares) {
      if (share.baseColumn !== f.column || !share.denominatorIsStatedTotal) continue;
      const candidates = share.rows.filter((sr) => {
        if (!f.segment.includes(sr.row)) return false;
        const base = sr.row.cells[f.column]?.value;
        if (!base) return false;
        const corrected = sub(base, diff);
        return !sr.ok && shareMatches(sr.stated, corrected, share.denominator);
      });
      if (candidates.length === 1) {
        const sr = candidates[0];
        sr.explained = true;
        f.culprit = { row: sr.row, expected: sub(sr.row.cells[f.column]!.value!, diff) };
      }
    }
  }
  return { footings, shares };
}

/** |p - 100 * part / total| <= 0.5 * 10^-d, in exact integers. */
export function shareMatches(p: Decimal, part: Decimal, total: Decimal): boolean {
  if (total.units <= 0n) return false;
  const s = Math.max(part.scale, total.scale);
  const a = rescale(part, s).units;
  const t = rescale(total, s).units;
  // |P/10^d - 100a/t| <= 1/(2*10^d)  <=>  |2*P*t - 200*a*10^d| <= t
  const d = pow10(p.scale);
  const lhs = 2n * p.units * t - 200n * a * d;
  return (lhs < 0n ? -lhs : lhs) <= t;
}

/** |p - 100 * part / total| < 10^-d: the share rounded up or down, as largest remainder may. */
function withinOneUnit(p: Decimal, part: Decimal, total: Decimal): boolean {
  if (total.units <= 0n) return false;
  const s = Math.max(part.scale, total.scale);
  const a = rescale(part, s).units;
  const t = rescale(total, s).units;
  const lhs = p.units * t - 100n * a * pow10(p.scale);
  return (lhs < 0n ? -lhs : lhs) < t;
}

function inferShare(table: Table, percent: Column, footings: Footing[]): Share | null {
  const bodyRows = table.rows.filter((r) => r.kind === 'body' && r.cells[percent.index]?.value);
  if (bodyRows.length === 0) return null;
  // The best base column and denominator are chosen on which rows match; only the chosen pair's
  // shares are then worked out (a division per row) for the rows' `computed`.
  let choice: { base: Column; denominator: Decimal; stated: boolean; oks: boolean[] } | null = null;
  let bestMatches = -1;
  for (const base of table.columns) {
    if (!isSummed(base)) continue;
    const candidates: { denominator: Decimal; stated: boolean }[] = [];
    const totalRow = table.rows.find((r) => r.kind === 'total' && r.cells[base.index]?.value && r.cells[percent.index]);
    const footing = totalRow ? footings.find((f) => f.total === totalRow && f.column === base.index) : undefined;
    if (totalRow) candidates.push({ denominator: totalRow.cells[base.index]!.value!, stated: true });
    if (footing && !footing.ok) candidates.push({ denominator: footing.computed, stated: false });
    if (!totalRow) {
      const values = bodyRows.map((r) => r.cells[base.index]?.value).filter((v): v is Decimal => !!v);
      candidates.push({ denominator: sum(values), stated: false });
    }
    for (const cand of candidates) {
      if (cand.denominator.units <= 0n) continue;
      // Per body row with a base value, in order: whether its percent matches its share.
      const oks: boolean[] = [];
      let matches = 0;
      for (const row of bodyRows) {
        const part = row.cells[base.index]?.value;
        if (!part) continue;
        const ok = shareMatches(row.cells[percent.index]!.value!, part, cand.denominator);
        if (ok) matches++;
        oks.push(ok);
      }
      // Prefer more matching rows; on a tie prefer amounts (pool tables weigh by balance) and the stated total.
      const score = matches * 4 + (base.kind === 'amount' ? 2 : 0) + (cand.stated ? 1 : 0);
      if (score > bestMatches) {
        bestMatches = score;
        choice = { base, denominator: cand.denominator, stated: cand.stated, oks };
      }
    }
  }
  if (!choice) return null;
  const { base, denominator, oks } = choice;
  const rows: ShareRow[] = [];
  for (const row of bodyRows) {
    const part = row.cells[base.index]?.value;
    if (!part) continue;
    const cell = row.cells[percent.index]!;
    rows.push({
      row,
      cell,
      stated: cell.value!,
      computed: percentOf(part, denominator, cell.value!.scale),
      ok: oks[rows.length],
      explained: false,
    });
  }
  const best: Share = {
    percentColumn: percent.index,
    baseColumn: base.index,
    denominator,
    denominatorIsStatedTotal: choice.stated,
    rows,
  };
  // A column rebalanced by largest remainder sums exactly to its 100% total, with some rows a unit
  // off their own rounding: a row within one unit of its exact share is right there.
  const totalRow = table.rows.find((r) => r.kind === 'total' && r.cells[percent.index]?.value);
  const statedSum = sum(best.rows.map((r) => r.stated));
  if (
    totalRow &&
    isHundred(totalRow.cells[percent.index]!.value!) &&
    cmp(statedSum, totalRow.cells[percent.index]!.value!) === 0
  ) {
    for (const r of best.rows) {
      if (!r.ok && withinOneUnit(r.stated, r.row.cells[best.baseColumn]!.value!, best.denominator)) r.ok = true;
    }
  }
  const matches = best.rows.filter((r) => r.ok).length;
  // A percent column is a share of another column only if most rows say so.
  if (matches < 2 || matches * 2 < best.rows.length) return null;
  return best;
}

/** The percent column's body sum, taking each wrong row at its correct value. */
export function correctedPercentSum(share: Share): Decimal {
  return sum(share.rows.map((r) => (r.ok || r.explained ? r.stated : r.computed)));
}
