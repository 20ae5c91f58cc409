/**
 * FL103 percent-total: a percent column's total reads 100 (to its decimals), and its rows reach it
 * within what per-row rounding allows (20 rows at 2 decimals: within 0.105).
 */
import { abs, add, cmp, decimal, format, formatLike, pow10, sub, sum, type Decimal } from '../decimal';
import { correctedPercentSum, halfUnit } from '../facts';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { Cell } from '../model';
import type { Check, Report } from './check';
import { rowsInvolved } from './describe';

export const percentTotal: Check = {
  code: 'FL103',
  name: 'percent-total',
  description: 'A percent column’s total does not read 100%, or its rows miss it by more than per-row rounding allows.',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Report[] = [];
    for (const table of ctx.model.tables) {
      const facts = ctx.facts(table);
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
            const replacement = formatLike(hundred, cell.text);
            out.push({
              span: cell.span,
              table: table.index,
              message: `Percent total ${cell.text.trim()} ≠ ${replacement}`,
              related: rowsInvolved(table.rows.filter((r) => r.kind === 'body'), column),
              fix: { title: `Change ${cell.text.trim()} to ${replacement}`, edits: [replaceKeepingRightEdge(ctx.model.lines[cell.span.line], cell.span, replacement)] },
            });
            continue;
          }
          const cells = table.rows.filter((r) => r.kind === 'body').map((r) => r.cells[column.index]).filter((c): c is Cell => !!c && !!c.value);
          const body: Decimal = share ? correctedPercentSum(share) : sum(cells.map((c) => c.value!));
          let slack = halfUnit(cell.value.scale);
          for (const c of cells) slack = add(slack, halfUnit(c.value!.scale));
          if (cmp(abs(sub(body, cell.value)), slack) <= 0) continue;
          out.push({
            span: cell.span,
            table: table.index,
            message: `Percent total ${cell.text.trim()} ≠ sum of rows ${format(body)}% (difference ${format(sub(cell.value, body))}, more than the rounding allowance of ${format(slack)})`,
            related: rowsInvolved(table.rows.filter((r) => r.kind === 'body'), column),
          });
        }
      }
    }
    return out;
  },
};
