"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.weightedAverage = void 0;
/**
 * FL106 weighted-average: a weighted-average figure on a total row (an options table's exercise price
 * or remaining life, by range of exercise prices) is not the share-weighted average of the rows it
 * adds, beyond what rounding the printed figures allows (facts/weightedAverages.ts). Checked only
 * where the shares column foots, so the rows are read as the table adds them; a warning, as the
 * figure may have been worked out from unrounded prices or another date's shares. And a range's
 * weighted-average price that lies outside the range (facts/priceRanges.ts): an average of prices in
 * a range lies within it. And a market-risk table's Total rate that is not the principal-weighted
 * average of its row's rates (facts/weightedRates.ts), where another rate row of the table keeps it.
 */
const decimal_1 = require("../decimal");
const replace_1 = require("../fixes/replace");
const slips_1 = require("../facts/slips");
const priceRanges_1 = require("../facts/priceRanges");
const weightedRates_1 = require("../facts/weightedRates");
const describe_1 = require("./describe");
exports.weightedAverage = {
    code: 'FL106',
    name: 'weighted-average',
    description: "A weighted-average figure on a total row (options' exercise price by price range) or in a Total column (a market-risk table's interest rate) is not the weighted average of what it totals, or a range's average price lies outside the range.",
    defaultSeverity: 'warning',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        for (const w of ctx.facts(table).weightedAverages) {
            if (w.ok)
                continue;
            const cell = w.total.cells[w.column];
            const weights = table.columns[w.footing.column];
            const printed = (0, describe_1.bare)(cell.text);
            const expected = (0, decimal_1.formatLike)(w.computed, printed);
            const slip = (0, slips_1.slipBetween)(w.stated, w.computed);
            const averages = (0, describe_1.columnName)(table, table.columns[w.column]);
            out.push({
                span: cell.span,
                table: table.index,
                message: `${averages} ${printed} in ${(0, describe_1.rowName)(w.total)} is not the average of its ${w.terms.length} rows weighted by ` +
                    `${(0, describe_1.columnName)(table, weights)}: they give ${expected}${slip ? ` (${printed} reads like ${slips_1.SLIP_WORDS[slip]})` : ''}, ` +
                    'beyond what rounding the printed figures allows',
                related: w.terms.slice(0, 60).map((t) => ({
                    span: t.cell.span,
                    message: `${(0, describe_1.rowName)(t.row)}: ${t.cell.text.trim()} × ${t.row.cells[w.footing.column].text.trim()}`,
                })),
                fix: {
                    title: `Change ${printed} to ${expected}`,
                    edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, cell, expected)],
                },
            });
        }
        for (const r of (0, weightedRates_1.weightedRatesOf)(table))
            if (!r.ok)
                out.push(rateReport(ctx.model.lines, table, r));
        for (const o of (0, priceRanges_1.averagesOutsideRanges)(table, ctx.model.lines))
            out.push(outsideReport(table, o));
        return out;
    },
};
/** One finding per row on its range, naming the averages outside it; no fix (which figure is wrong is not known). */
function outsideReport(table, o) {
    const { range, averages } = o;
    // Each average named by its column, unless the names tell them apart only by position.
    const names = averages.map((a) => (0, describe_1.columnName)(table, a.column));
    const named = names.every((n) => !/\(column \d+\)$/.test(n));
    const printed = averages.map((a, i) => (named ? `${(0, describe_1.bare)(a.cell.text)} (${names[i]})` : (0, describe_1.bare)(a.cell.text)));
    const side = averages.every((a) => a.above)
        ? `above its top, ${range.highText}`
        : averages.every((a) => !a.above)
            ? `below its bottom, ${range.lowText}`
            : 'outside it';
    const other = o.within === 1 ? '1 other row does' : `the ${o.within} other rows do`;
    return {
        span: range.span,
        table: table.index,
        message: `The range ${range.text} has ${averages.length > 1 ? 'weighted-average prices' : 'a weighted-average price'} ` +
            `${printed.join(' and ')} ${side}: an average of prices within a range lies within it, as ${other}; ` +
            'the range or the average is misprinted',
        related: averages.map((a, i) => ({ span: a.cell.span, message: `${names[i]}: ${(0, describe_1.bare)(a.cell.text)}` })),
    };
}
/**
 * A rate row's total that is not the average of its row's rates weighted by the amounts above them
 * (facts/weightedRates.ts), where another rate row of the table keeps it: on the total, with the fix.
 */
function rateReport(lines, table, r) {
    const cell = r.rates.cells[r.column];
    const printed = (0, describe_1.bare)(cell.text);
    const expected = (0, decimal_1.formatLike)(r.computed, printed);
    const slip = (0, slips_1.slipBetween)(r.stated, r.computed);
    const total = (0, describe_1.columnName)(table, table.columns[r.column]);
    return {
        span: cell.span,
        table: table.index,
        message: `${total} ${printed} of ${(0, describe_1.rowName)(r.rates)} is not the average of its ${r.terms.length} rates weighted by ` +
            `the amounts above them (${(0, describe_1.rowName)(r.weights)}): they give ${expected}${slip ? ` (${printed} reads like ${slips_1.SLIP_WORDS[slip]})` : ''}, ` +
            "beyond what rounding the printed figures allows, where the table's other rates are that average",
        related: r.terms.map((t) => ({
            span: t.cell.span,
            message: `${(0, describe_1.columnName)(table, table.columns[t.column])}: ${t.cell.text.trim()} × ${r.weights.cells[t.column].text.trim()}`,
        })),
        fix: {
            title: `Change ${printed} to ${expected}`,
            edits: [(0, replace_1.cellEdit)(lines, table, cell, expected)],
        },
    };
}
//# sourceMappingURL=weightedAverage.js.map