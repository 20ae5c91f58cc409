/**
 * FL308 statutory-tax: a tax-rate reconciliation's line of tax at the statutory rate is the rate times
 * the year's income before income taxes in the income statement (facts/statutoryTax.ts). A year that
 * does not agree, where other years of the line do at the rate they share, and where one slip in its
 * figure explains the difference, is an error on that figure with the fix; nothing less is claimed.
 */
import { cmp, format, formatLike, neg } from '../decimal';
import { factsOf } from '../facts';
import { SLIP_WORDS } from '../facts/slips';
import { statutoryLines } from '../facts/statutoryTax';
import { changeFigure } from '../fixes/replace';
import type { Row, Table } from '../model';
import type { ModelCheck, Report } from './check';
import { bare, rowName } from './describe';

export const statutoryTax: ModelCheck = {
  code: 'FL308',
  name: 'statutory-tax',
  description:
    "A tax reconciliation's tax at the statutory rate is not the rate times the income statement's pre-tax income, where its other years are.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    for (const line of statutoryLines(ctx.model)) {
      const agreeing = line.years.filter((y) => y.ok);
      for (const y of line.years) {
        if (y.ok || !y.slip) continue;
        const printed = bare(y.cell.text);
        const value = y.cell.value!.units < 0n ? neg(y.expected) : y.expected;
        const expected = formatLike(value, printed);
        const title = y.baseTable.title.trim();
        const others = agreeing.map((a) => `${a.year} (${format(a.rate)}% of ${bare(a.base.text)})`).join(', ');
        // Where the reconciliation's total adds the figure as printed, the rate was applied wrongly
        // and carried through, not the figure mistyped: changing it alone would leave the total wrong.
        const carried = carriedInto(line.table, line.row, y.cell.column);
        const fix = carried
          ? undefined
          : changeFigure(
              ctx.model.lines,
              y.cell.span,
              expected,
              line.table.source === 'html',
              `Change ${printed} to ${expected}`,
            );
        const through = carried
          ? `; ${rowName(carried)} adds ${printed} as printed and foots with it: the slip is carried into the total, and changing ${printed} alone would leave the total wrong`
          : '';
        out.push({
          span: y.cell.span,
          table: line.table.index,
          message:
            `Tax at the statutory rate for ${y.year} is ${printed}, but ${format(y.rate)}% of income before taxes ` +
            `${bare(y.base.text)} (${title}) is ${expected}: ${printed} reads like ${SLIP_WORDS[y.slip]} for ${expected}; ` +
            `the line agrees for ${others}${through}`,
          related: [
            { span: y.base.span, message: `${title}: income before taxes ${y.year} ${bare(y.base.text)}` },
            ...agreeing.map((a) => ({
              span: a.cell.span,
              message: `${a.year}: ${bare(a.cell.text)} = ${format(a.rate)}% of ${bare(a.base.text)}`,
            })),
          ],
          fix,
        });
      }
    }
    return out;
  },
};

/** The total of the reconciliation that adds `row`'s figure in `column` exactly and foots with it, if one does. */
function carriedInto(table: Table, row: Row, column: number): Row | undefined {
  return factsOf(table).footings.find(
    (f) => f.column === column && f.ok && cmp(f.stated, f.computed) === 0 && f.segment.includes(row),
  )?.total;
}
