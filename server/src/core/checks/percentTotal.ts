/**
 * FL103 percent-total: a percent column's total reads 100 (to its decimals), and its rows reach it
 * within what per-row rounding allows (20 rows at 2 decimals: within 0.105).
 */
import { abs, cmp, decimal, format, formatLike, pow10, sub, sum, type Decimal } from '../decimal';
import { correctedPercentSum, factsOf, roundingTolerance } from '../facts';
import { memoize } from '../memo';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { Cell, Column, Table } from '../model';
import type { Check, Report } from './check';
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
        out.push({ column, cell, hundred });
        continue;
      }
      const cells = table.rows
        .filter((r) => r.kind === 'body')
        .map((r) => r.cells[column.index])
        .filter((c): c is Cell => !!c && !!c.value);
      const body: Decimal = share ? correctedPercentSum(share) : sum(cells.map((c) => c.value!));
      const slack = roundingTolerance(cell.value.scale, cells);
      if (cmp(abs(sub(body, cell.value)), slack) > 0) out.push({ column, cell, hundred, body, slack });
    }
  }
  return out;
}

export const percentTotal: Check = {
  code: 'FL103',
  name: 'percent-total',
  description: 'A percent column’s total does not read 100%, or its rows miss it by more than per-row rounding allows.',
  defaultSeverity: 'error',
  scope: 'table',
  run(ctx) {
    const out: Report[] = [];
    for (const table of ctx.model.tables) {
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
              edits: [replaceKeepingRightEdge(ctx.model.lines[cell.span.line], cell.span, replacement)],
            },
          });
          continue;
        }
        out.push({
          span: cell.span,
          table: table.index,
          message: `Percent total ${cell.text.trim()} ≠ sum of rows ${format(body)}% (difference ${format(sub(cell.value!, body))}, more than the rounding allowance of ${format(slack)})`,
          related,
        });
      }
    }
    return out;
  },
};
