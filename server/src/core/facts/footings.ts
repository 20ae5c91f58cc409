/**
 * Footings: each summed column of each total row against the rows it adds, under the reading that
 * foots the most columns, and the policy for which failing footings are reported at all.
 */
import { abs, cmp, decimal, sub, type Decimal } from '../decimal';
import type { Cell, Column, Row, Table } from '../model';
import { isTotalLabel } from '../parse/body';
import { isExactColumn, isHundred, isSummed, roundingTolerance } from './tolerance';
import { ruleLinesOf } from './segments';
import { readings, signedSum } from './readings';

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

/** A footnote that says figures do not add up; one that blames rounding is about the tolerance instead. */
const NOT_ADDING = /\b(?:not|n't)\s+(?:equal|add|sum|foot|agree|total)/i;
const ROUNDING = /\brounding\b/i;

function saysNotAdding(table: Table, marker: string): boolean {
  return table.footnotes.some((f) => f.marker === marker && NOT_ADDING.test(f.text) && !ROUNDING.test(f.text));
}

/** A figure marked `6.01*` whose footnote says it does not add up (quarterly EPS) is not a sum. */
function footnotedAsNotAdding(table: Table, cell: Cell): boolean {
  return cell.marker !== '' && saysNotAdding(table, cell.marker);
}

/** Footnote references in a column's header words: `EPS(1)`, `Per share*`, `Net income{2}`. */
const HEADER_REF = /\(\w{1,2}\)|\*{1,3}|\{\d{1,2}\}/g;

/** A column whose header carries a footnote saying its figures do not add (quarterly per-share amounts). */
function headerSaysNotAdding(table: Table, column: Column): boolean {
  if (table.footnotes.length === 0) return false;
  for (const ref of column.header.match(HEADER_REF) ?? []) if (saysNotAdding(table, ref)) return true;
  return false;
}

/** The footings of a table's total rows that the table's reading lets it report on. */
export function computeFootings(table: Table): Footing[] {
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
      (c) =>
        row.cells[c.index]?.value &&
        !footnotedAsNotAdding(table, row.cells[c.index]!) &&
        !headerSaysNotAdding(table, c),
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
  return footings;
}
