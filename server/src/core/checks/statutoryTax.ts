/**
 * FL308 statutory-tax: a tax-rate reconciliation's line of tax at the statutory rate is the rate times
 * the year's income before income taxes in the income statement (facts/statutoryTax.ts). A year that
 * does not agree, where other years of the line do at the rate they share, and where one slip in its
 * figure explains the difference, is an error on that figure with the fix; nothing less is claimed.
 */
import { format, formatLike, neg } from '../decimal';
import { SLIP_WORDS } from '../facts/slips';
import { statutoryLines } from '../facts/statutoryTax';
import { changeFigure } from '../fixes/replace';
import type { ModelCheck, Report } from './check';
import { bare } from './describe';

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
        out.push({
          span: y.cell.span,
          table: line.table.index,
          message:
            `Tax at the statutory rate for ${y.year} is ${printed}, but ${format(y.rate)}% of income before taxes ` +
            `${bare(y.base.text)} (${title}) is ${expected}: ${printed} reads like ${SLIP_WORDS[y.slip]} for ${expected}; ` +
            `the line agrees for ${others}`,
          related: [
            { span: y.base.span, message: `${title}: income before taxes ${y.year} ${bare(y.base.text)}` },
            ...agreeing.map((a) => ({
              span: a.cell.span,
              message: `${a.year}: ${bare(a.cell.text)} = ${format(a.rate)}% of ${bare(a.base.text)}`,
            })),
          ],
          fix: changeFigure(
            ctx.model.lines,
            y.cell.span,
            expected,
            line.table.source === 'html',
            `Change ${printed} to ${expected}`,
          ),
        });
      }
    }
    return out;
  },
};
