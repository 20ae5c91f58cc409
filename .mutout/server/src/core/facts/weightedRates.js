"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.weightedRatesOf = void 0;
/**
 * Rates averaged across a row: a market-risk table (a 10-K's Item 7A) prints each instrument's
 * principal by year of maturity, with its average interest rate under it, and in the Total column
 * the rate of the whole, the principal-weighted average of the row's rates:
 *
 * ```
 *                                 2000      2001      2002   ...   THEREAFTER     TOTAL
 * Commercial paper .......     $21,129   $ 6,250   $12,176   ...     $ 8,236   $58,437
 * Weighted average interest
 *   rate .................       5.80%     8.58%     8.96%   ...       7.00%     7.13%
 * ```
 *
 * A swaps table does the same with notional amounts and the rates paid and received. The rate's
 * total is read as that average only where the reading is confirmed: the amounts above it (the
 * nearest row above with a total, past other rates) add up across to their own total, every year
 * with an amount has a rate, the total lies between the row's rates, and another rate row of the
 * table keeps the average within what rounding the printed figures allows.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const weightedAverages_1 = require("./weightedAverages");
/** Labels of a row of rates: `Weighted average interest rate`, `Interest rate paid`, `Average yield`. */
const RATE_LABEL = /\b(?:rates?|yields?)\b/i;
/** The header of the column that totals the row: `Total`, `TOTAL`. */
const TOTAL_HEADER = /\btotals?\b/i;
/** At least this many years with an amount and a rate in the row. */
const MIN_TERMS = 2;
/** The rate rows whose Total is checked as the amounts' weighted average, once per table object. */
exports.weightedRatesOf = (0, memo_1.memoize)(findWeightedRates);
function findWeightedRates(table) {
    const total = table.columns.findIndex((c, i) => i > 1 && !c.range && TOTAL_HEADER.test(c.header));
    if (total < 0)
        return [];
    // The years (or other maturities) are the figure columns left of the total; a fair value right of it is not one.
    const years = table.columns.slice(1, total).filter((c) => !c.range && c.kind !== 'label');
    if (years.length < MIN_TERMS)
        return [];
    const found = [];
    table.rows.forEach((rates, k) => {
        if (rates.kind === 'heading' || !RATE_LABEL.test(rates.label))
            return;
        const stated = rates.cells[total]?.value;
        if (!stated || stated.units === 0n)
            return;
        const weights = amountsAbove(table, k, total);
        if (!weights)
            return;
        const terms = [];
        for (const c of years) {
            const w = weights.cells[c.index]?.value;
            const cell = rates.cells[c.index];
            if (!w || w.units === 0n)
                continue;
            // An amount without its rate, or a negative amount: not a row of rates over these amounts.
            if (!cell?.value || w.units < 0n)
                return;
            terms.push({ column: c.index, cell, weight: w });
        }
        if (terms.length < MIN_TERMS || !addsUp(terms, weights.cells[total].value) || !within(stated, terms))
            return;
        const check = (0, weightedAverages_1.weightedCheck)(terms.map((t) => ({ value: t.cell.value, weight: t.weight })), stated, false);
        if (check)
            found.push({ rates, weights, column: total, stated, terms, ...check });
    });
    // A failing row is reported only where another row of the table keeps the average: the Total
    // column's rates are then read as the filer computes them.
    const keeping = found.filter((r) => r.ok).length;
    return keeping >= 1 ? found : [];
}
/** The nearest row above row k, past other rates and headings, with a figure in the Total column. */
function amountsAbove(table, k, total) {
    for (let i = k - 1; i >= 0; i--) {
        const row = table.rows[i];
        if (row.kind === 'heading' || RATE_LABEL.test(row.label))
            continue;
        return row.cells[total]?.value ? row : null;
    }
    return null;
}
/** Whether the amounts add up across to their total, within a unit of rounding for every two of them. */
function addsUp(terms, stated) {
    const computed = (0, decimal_1.sum)(terms.map((t) => t.weight));
    const scale = Math.max(computed.scale, stated.scale);
    const slack = (0, decimal_1.decimal)(BigInt(Math.ceil((terms.length + 1) / 2)), scale);
    return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(computed, stated)), slack) <= 0;
}
/** Whether the stated rate lies between the row's smallest and largest rates (an average does). */
function within(stated, terms) {
    let below = false;
    let above = false;
    for (const t of terms) {
        const c = (0, decimal_1.cmp)(t.cell.value, stated);
        if (c <= 0)
            below = true;
        if (c >= 0)
            above = true;
    }
    return below && above;
}
//# sourceMappingURL=weightedRates.js.map