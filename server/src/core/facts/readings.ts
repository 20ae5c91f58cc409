/**
 * The ways of reading what a total adds: the plain segment, across headings, after a gap, from the
 * subtotal above; each as written, with unruled subtotals collapsed, and netted.
 */
import { abs, add, cmp, sub, ZERO, type Decimal } from '../decimal';
import type { Cell, Column, Row, Table } from '../model';
import { afterLastGap, countBelow, segmentOf } from './segments';

/**
 * One way of reading what a total adds: which rows, and with which signs. A sign of 1 adds the
 * value as written, -1 subtracts it, 0 subtracts its magnitude (a `Less:` row, whether or not the
 * filing also put it in parentheses).
 */
export interface Reading {
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
export function* readings(table: Table, totalIndex: number, summed: Column[], ruleLines: number[]): Generator<Reading> {
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

export function signedSum(reading: Reading, column: number): { value: Decimal; cells: Cell[] } {
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
