/** FL102 row-percentage: each percent is its row's share of the column it is a percentage of. */
import { formatLike } from '../decimal';
import { cellEdit } from '../fixes/replace';
import type { TableCheck, Report } from './check';
import { rowName, show } from './describe';

export const rowPercentage: TableCheck = {
  code: 'FL102',
  name: 'row-percentage',
  description: "A percentage is not its row's share of the column it is a percentage of, to its shown decimals.",
  defaultSeverity: 'error',
  scope: 'table',
  runTable(table, ctx) {
    const out: Report[] = [];
    for (const share of ctx.facts(table).shares) {
      const base = table.columns[share.baseColumn];
      const total = table.rows.find((r) => r.kind === 'total' && r.cells[share.baseColumn]?.value);
      for (const sr of share.rows) {
        if (sr.ok || sr.explained) continue;
        const part = sr.row.cells[share.baseColumn]!;
        const replacement = formatLike(sr.computed, sr.cell.text);
        const of = share.denominatorIsStatedTotal ? 'the total' : 'the sum of the rows';
        out.push({
          span: sr.cell.span,
          table: table.index,
          message:
            `Percent ${sr.cell.text.trim()} ≠ ${replacement} computed from ${show(part.value!, base, part)} ` +
            `of ${of} ${show(share.denominator, base, part)} (${base.header || 'base column'})`,
          related: [
            { span: part.span, message: `${rowName(sr.row)}: ${part.text.trim()}` },
            ...(total
              ? [
                  {
                    span: total.cells[share.baseColumn]!.span,
                    message: `total ${total.cells[share.baseColumn]!.text.trim()}`,
                  },
                ]
              : []),
          ],
          fix: {
            title: `Change ${sr.cell.text.trim()} to ${replacement}`,
            edits: [cellEdit(ctx.model.lines, table, sr.cell, replacement)],
          },
        });
      }
    }
    return out;
  },
};
