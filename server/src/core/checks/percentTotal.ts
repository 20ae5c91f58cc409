/**
 * FL103 percent-total: a percent column's total reads 100 (to its decimals), and its rows reach it
 * within what per-row rounding allows (20 rows at 2 decimals: within 0.105), or miss it by what one
 * slip in one of their percents explains.
 */
import { abs, add, cmp, decimal, format, formatLike, pow10, sub, sum, type Decimal } from '../decimal';
import { slipBetween } from '../facts/slips';
import { correctedPercentSum, factsOf, roundingTolerance, segmentOf, type TableFacts } from '../facts';
import { memoize } from '../memo';
import { cellEdit } from '../fixes/replace';
import type { Cell, Column, Row, Table } from '../model';
import type { TableCheck, Report } from './check';
import { rowsInvolved } from './describe';

/** A percent total that is wrong: it does not read 100, or (`body` set) its rows miss it. */
interface Miss {
  column: Column;
  cell: Cell;
  hundred: Decimal;
  body?: Decimal;
  slack?: Decimal;
}

/**
 * A table's misses, worked out once per table object: unchanged pages keep their tables between
 * edits, so an edit re-adds only the percent columns of the tables it touched.
 */
const missesOf = memoize(findMisses);

function findMisses(table: Table): Miss[] {
  const facts = factsOf(table);
  const out: Miss[] = [];
  for (const column of table.columns) {
    if (column.kind !== 'percent') continue;
    const share = facts.shares.find((s) => s.percentColumn === column.index);
    for (const total of table.rows) {
      if (total.kind !== 'total') continue;
      const cell = total.cells[column.index];
      if (!cell || !cell.value) continue;
      const hundred = decimal(100n * pow10(cell.value.scale), cell.value.scale);
      const isHundred = cmp(cell.value, hundred) === 0;
      // Without a base column the column is a share only when its total says 100.
      if (!share && !isHundred) continue;
      if (!isHundred) {
        // A subtotal's share of a whole stated further down (`Total operating expenses   62%` of
        // revenues) is not the whole: its percent is checked as a row's (FL102).
        const base = share ? total.cells[share.baseColumn]?.value : null;
        if (base && cmp(base, share!.denominator) !== 0) continue;
        out.push({ column, cell, hundred });
        continue;
      }
      const rows = wholeOf(table, facts, total, share?.baseColumn);
      if (!rows) continue;
      const cells: Cell[] = [];
      for (const r of rows) {
        if (r.unread.some((c) => c.column === column.index)) continue;
        const c = r.cells[column.index];
        if (c?.value) cells.push(c);
      }
      // A column with a figure that could not be read is not summed as if it were complete.
      if (cells.length < 2 || rows.some((r) => r.unread.some((c) => c.column === column.index))) continue;
      const body: Decimal = share ? correctedPercentSum(share, rows) : sum(cells.map((c) => c.value!));
      const slack = roundingTolerance(cell.value.scale, cells);
      const miss = abs(sub(body, cell.value));
      // A misprint is one slip in one figure: the rows miss the whole by what one of their percents
      // would read with a digit changed, two swapped, one lost or doubled. A miss no slip explains (a
      // statement's subtotals summed with their rows, a whole of other rows) is a table misread.
      const short = sub(cell.value, body);
      const slipped = cells.some((c) => slipBetween(c.value!, add(c.value!, short)) !== null);
      if (cmp(miss, slack) > 0 && slipped) out.push({ column, cell, hundred, body, slack });
    }
  }
  return out;
}

/**
 * The rows that make up the whole at a total row: those of a column that foots there (the share's
 * base column first), as that footing reads them. Every additive check reads a table one way: the
 * percents of subtotals are not added to those of their rows when the amounts are not. A table of
 * percents alone has no other column to read it by: its rows since the rule or heading above.
 * Undefined when the table has columns that add but none foots at the total.
 */
function wholeOf(table: Table, facts: TableFacts, total: Row, base: number | undefined): Row[] | undefined {
  const footing =
    facts.footings.find((f) => f.total === total && f.ok && f.column === base) ??
    facts.footings.find((f) => f.total === total && f.ok);
  if (footing) return footing.segment;
  const adds = table.columns.some((c) => (c.kind === 'count' || c.kind === 'amount') && total.cells[c.index]?.value);
  return adds ? undefined : segmentOf(table, table.rows.indexOf(total));
}

export const percentTotal: TableCheck = {
  code: 'FL103',
  name: 'percent-total',
  description: 'A percent column’s total does not read 100%, or its rows miss it by more than per-row rounding allows.',
  defaultSeverity: 'error',
  scope: 'table',
  runTable(table, ctx) {
    const out: Report[] = [];
    for (const { column, cell, hundred, body, slack } of missesOf(table)) {
      const related = rowsInvolved(
        table.rows.filter((r) => r.kind === 'body'),
        column,
      );
      if (!body || !slack) {
        const replacement = formatLike(hundred, cell.text);
        out.push({
          span: cell.span,
          table: table.index,
          message: `Percent total ${cell.text.trim()} ≠ ${replacement}`,
          related,
          fix: {
            title: `Change ${cell.text.trim()} to ${replacement}`,
            edits: [cellEdit(ctx.model.lines, table, cell, replacement)],
          },
        });
        continue;
      }
      out.push({
        span: cell.span,
        table: table.index,
        message:
          `Percent total ${cell.text.trim()} ≠ sum of rows ${format(body)}% ` +
          `(difference ${format(sub(cell.value!, body))}, more than the rounding allowance of ${format(slack)})`,
        related,
      });
    }
    return out;
  },
};
