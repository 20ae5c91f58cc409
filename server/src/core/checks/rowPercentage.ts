/** FL102 row-percentage: each percent is its row's share of the column it is a percentage of. */
import { formatLike } from '../decimal';
import { percentRowsOf } from '../facts/percentRows';
import { printedLabel } from '../facts/statements';
import { cellEdit } from '../fixes/replace';
import type { Table } from '../model';
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
      const first = table.rows.find((r) => r.kind === 'total' && r.cells[share.baseColumn]?.value);
      for (const sr of share.rows) {
        if (sr.ok || sr.explained) continue;
        // In a table of blocks, each row's whole is its own block's total.
        const total = sr.whole ?? first;
        const part = sr.row.cells[share.baseColumn]!;
        const replacement = formatLike(sr.computed, sr.cell.text);
        const of = share.denominatorIsStatedTotal ? 'the total' : 'the sum of the rows';
        out.push({
          span: sr.cell.span,
          table: table.index,
          message:
            `Percent ${sr.cell.text.trim()} ≠ ${replacement} computed from ${show(part.value!, base, part)} ` +
            `of ${of} ${show(sr.denominator ?? share.denominator, base, part)} (${base.header || 'base column'})`,
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
    out.push(...percentRowReports(table, ctx.model.lines));
    return out;
  },
};

/** A row of percentages of sales under its row of amounts (facts/percentRows.ts): each one not its amount's share. */
function percentRowReports(table: Table, lines: readonly string[]): Report[] {
  const read = percentRowsOf(table);
  if (!read) return [];
  return read.cells
    .filter((c) => !c.ok)
    .map((c) => {
      const base = printedLabel(c.baseRow.label);
      const replacement = formatLike(c.computed, c.cell.text);
      return {
        span: c.cell.span,
        table: table.index,
        message:
          `Percent ${c.cell.text.trim()} ≠ ${replacement} computed from ${c.part.text.trim()} ` +
          `(${printedLabel(c.partRow.label)}) of ${c.base.text.trim()} (${base}), even allowing for the rounding of both`,
        related: [
          { span: c.part.span, message: `${printedLabel(c.partRow.label)}: ${c.part.text.trim()}` },
          { span: c.base.span, message: `${base}: ${c.base.text.trim()}` },
        ],
        fix: {
          title: `Change ${c.cell.text.trim()} to ${replacement}`,
          edits: [cellEdit(lines, table, c.cell, replacement)],
        },
      };
    });
}
