/** FL101 footing: each summed column's rows add up to its total row. */
import { eq, format, formatLike, sub } from '../decimal';
import { poolOf } from '../pool';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { Check, Report } from './check';
import { rowName, rowsInvolved, show } from './describe';

export const footing: Check = {
  code: 'FL101',
  name: 'footing',
  description:
    'A numeric column does not add up to its total row (counts and cents exactly, rounded figures within the rounding interval).',
  defaultSeverity: 'error',
  scope: 'table',
  run(ctx) {
    const out: Report[] = [];
    for (const table of ctx.model.tables) {
      for (const f of ctx.facts(table).footings) {
        if (f.ok) continue;
        const column = table.columns[f.column];
        const totalCell = f.total.cells[f.column]!;
        const allowance =
          f.tolerance.units === 0n ? '' : `, more than the rounding allowance of ${format(f.tolerance)}`;
        if (f.culprit) {
          const cell = f.culprit.row.cells[f.column]!;
          const expected = formatLike(f.culprit.expected, cell.text.replace(/^\$\s*/, ''));
          const share = ctx.facts(table).shares.find((s) => s.baseColumn === f.column);
          const pct = share?.rows.find((r) => r.row === f.culprit!.row);
          out.push({
            span: cell.span,
            table: table.index,
            message:
              `${show(cell.value!, column, cell)} in ${rowName(f.culprit.row)} does not tie: the rows sum to ${show(f.computed, column, totalCell)} ` +
              `but the total is ${show(f.stated, column, totalCell)}; ${pct ? `its ${pct.cell.text.trim()} share implies` : 'the total implies'} ${show(f.culprit.expected, column, cell)} ` +
              `(difference ${format(sub(cell.value!, f.culprit.expected))})`,
            related: [
              { span: totalCell.span, message: `total ${totalCell.text.trim()}` },
              ...(pct ? [{ span: pct.cell.span, message: `share ${pct.cell.text.trim()}` }] : []),
            ],
            fix: {
              title: `Change ${cell.text.replace(/^\$\s*/, '').trim()} to ${expected}`,
              edits: [replaceKeepingRightEdge(ctx.model.lines[cell.span.line], cell.span, expected)],
            },
          });
          continue;
        }
        const replacement = formatLike(f.computed, totalCell.text.replace(/^\$\s*/, ''));
        // When the pool's other tables state this same total, the total is right and a row is wrong:
        // say so, and offer no edit (which row is not known).
        const pool = poolOf(ctx.model);
        const key = column.kind === 'count' ? 'count' : 'amount';
        const agreed = pool.agreed[key];
        const backed = agreed && eq(agreed, f.stated) && pool.tables.some((p) => p.table === table);
        const others = backed
          ? pool.tables.filter((p) => p.table !== table && p[key]?.value && eq(p[key].value, f.stated)).length
          : 0;
        out.push({
          span: totalCell.span,
          table: table.index,
          message:
            `Total ${show(f.stated, column, totalCell)} ≠ sum of rows ${show(f.computed, column, totalCell)} ` +
            `(difference ${format(sub(f.stated, f.computed))}${allowance})` +
            (backed
              ? `; ${others} other table${others === 1 ? '' : 's'} of the pool state ${show(f.stated, column, totalCell)}, so a row is wrong`
              : ''),
          related: rowsInvolved(f.segment, column),
          fix: backed
            ? undefined
            : {
                title: `Change the total to the sum of its rows, ${replacement}`,
                edits: [replaceKeepingRightEdge(ctx.model.lines[totalCell.span.line], totalCell.span, replacement)],
              },
        });
      }
    }
    return out;
  },
};
