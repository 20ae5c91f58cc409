"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statutoryTax = void 0;
/**
 * FL308 statutory-tax: a tax-rate reconciliation's line of tax at the statutory rate is the rate times
 * the year's income before income taxes in the income statement (facts/statutoryTax.ts). A year that
 * does not agree, where other years of the line do at the rate they share, and where one slip in its
 * figure explains the difference, is an error on that figure with the fix; nothing less is claimed.
 */
const decimal_1 = require("../decimal");
const facts_1 = require("../facts");
const slips_1 = require("../facts/slips");
const statutoryTax_1 = require("../facts/statutoryTax");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
exports.statutoryTax = {
    code: 'FL308',
    name: 'statutory-tax',
    description: "A tax reconciliation's tax at the statutory rate is not the rate times the income statement's pre-tax income, where its other years are.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        for (const line of (0, statutoryTax_1.statutoryLines)(ctx.model)) {
            const agreeing = line.years.filter((y) => y.ok);
            for (const y of line.years) {
                if (y.ok || !y.slip)
                    continue;
                const printed = (0, describe_1.bare)(y.cell.text);
                const value = y.cell.value.units < 0n ? (0, decimal_1.neg)(y.expected) : y.expected;
                const expected = (0, decimal_1.formatLike)(value, printed);
                const title = y.baseTable.title.trim();
                const others = agreeing.map((a) => `${a.year} (${(0, decimal_1.format)(a.rate)}% of ${(0, describe_1.bare)(a.base.text)})`).join(', ');
                // Where the reconciliation's total adds the figure as printed, the rate was applied wrongly
                // and carried through, not the figure mistyped: changing it alone would leave the total wrong.
                const carried = carriedInto(line.table, line.row, y.cell.column);
                const fix = carried
                    ? undefined
                    : (0, replace_1.changeFigure)(ctx.model.lines, y.cell.span, expected, line.table.source === 'html', `Change ${printed} to ${expected}`);
                const through = carried
                    ? `; ${(0, describe_1.rowName)(carried)} adds ${printed} as printed and foots with it: the slip is carried into the total, and changing ${printed} alone would leave the total wrong`
                    : '';
                out.push({
                    span: y.cell.span,
                    table: line.table.index,
                    message: `Tax at the statutory rate for ${y.year} is ${printed}, but ${(0, decimal_1.format)(y.rate)}% of income before taxes ` +
                        `${(0, describe_1.bare)(y.base.text)} (${title}) is ${expected}: ${printed} reads like ${slips_1.SLIP_WORDS[y.slip]} for ${expected}; ` +
                        `the line agrees for ${others}${through}`,
                    related: [
                        { span: y.base.span, message: `${title}: income before taxes ${y.year} ${(0, describe_1.bare)(y.base.text)}` },
                        ...agreeing.map((a) => ({
                            span: a.cell.span,
                            message: `${a.year}: ${(0, describe_1.bare)(a.cell.text)} = ${(0, decimal_1.format)(a.rate)}% of ${(0, describe_1.bare)(a.base.text)}`,
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
function carriedInto(table, row, column) {
    return (0, facts_1.factsOf)(table).footings.find((f) => f.column === column && f.ok && (0, decimal_1.cmp)(f.stated, f.computed) === 0 && f.segment.includes(row))?.total;
}
//# sourceMappingURL=statutoryTax.js.map