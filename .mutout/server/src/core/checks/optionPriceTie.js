"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.optionPriceTie = void 0;
/**
 * FL312 option-price-tie: the options outstanding (or exercisable) at a date, as an options activity
 * table states them with their weighted-average exercise price, and the same options (the same
 * number of them) in the table by range of exercise prices, whose total row or rows give their
 * price (facts/optionPrices.ts). Two prices for one set of options: a warning on the activity
 * table's, which is the one no arithmetic of its own table confirms (a roll-forward's year-end
 * average is in practice not the weighted sum of its movements). No fix: the tables do not say
 * which one is misprinted.
 */
const decimal_1 = require("../decimal");
const optionPrices_1 = require("../facts/optionPrices");
const describe_1 = require("./describe");
exports.optionPriceTie = {
    code: 'FL312',
    name: 'option-price-tie',
    description: "An options activity table's weighted-average exercise price of the options at a date is not the one the table by range of exercise prices gives the same options.",
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const out = [];
        for (const tie of (0, optionPrices_1.optionPriceTies)(ctx.model))
            if (!tie.ok)
                out.push(report(tie));
        return out;
    },
};
function report(tie) {
    const { at, byRange } = tie;
    const printed = (0, describe_1.bare)(at.priceCell.text);
    const count = (0, describe_1.bare)(at.countCell.text);
    const table = byRange.table.untitled
        ? `the table at line ${byRange.table.startLine + 1}`
        : `"${byRange.table.title.trim()}"`;
    const stated = `${(0, describe_1.columnName)(at.table, at.priceColumn)} ${printed} of the ${count} options ${dated(at.row)}`;
    // What the ranges' rows give, to the activity table's places.
    const averaged = byRange.averaged;
    const fromRows = averaged
        ? `${averaged.rows.length} ranges' prices weighted by their options give ${(0, decimal_1.format)((0, decimal_1.roundTo)(averaged.price, at.price.scale))}`
        : '';
    const rowsRelated = (averaged?.rows ?? []).slice(0, 60).map((row) => {
        const price = row.cells[byRange.priceColumn.index];
        return { span: price.span, message: `${(0, describe_1.rowName)(row)}: ${(0, describe_1.bare)(price.text)}` };
    });
    const lead = `${stated} is not their price in the table by range of exercise prices (${table}): its `;
    if (byRange.priceCell && byRange.countCell) {
        const theirs = (0, describe_1.bare)(byRange.priceCell.text);
        return {
            span: at.priceCell.span,
            table: at.table.index,
            message: `${lead}total row gives ${theirs} for the same ${(0, describe_1.bare)(byRange.countCell.text)} options` +
                (averaged ? `, and its ${fromRows}` : ''),
            related: [
                { span: byRange.priceCell.span, message: `${(0, describe_1.columnName)(byRange.table, byRange.priceColumn)} ${theirs}` },
                { span: byRange.countCell.span, message: `the same options: ${(0, describe_1.bare)(byRange.countCell.text)}` },
                ...rowsRelated,
            ],
        };
    }
    return {
        span: at.priceCell.span,
        table: at.table.index,
        message: `${lead}${fromRows} for the same options`,
        related: rowsRelated,
    };
}
/** The row of the options at a date, by its label (`at "Balance at December 31, 1999"`). */
function dated(row) {
    let label = row.label.trim();
    // Leaders and a wrapped date's comma left at the end (`Options outstanding at December 31,`).
    while (label && '.,: '.includes(label[label.length - 1]))
        label = label.slice(0, -1);
    return label ? `at "${label}"` : `in ${(0, describe_1.rowName)(row)}`;
}
//# sourceMappingURL=optionPriceTie.js.map