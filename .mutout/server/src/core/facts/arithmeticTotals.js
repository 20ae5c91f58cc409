"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.arithmeticTotals = arithmeticTotals;
/**
 * Totals a table prints without saying so: no `Total` label, no rule above (an EPS
 * reconciliation's `Basic EPS` under income and preferred dividends, `Diluted EPS` under it and the
 * dilutive items). In a table that marks no total at all, a row is taken for the sum of the rows
 * right above it when they add up to it exactly in two columns of amounts or counts at least, each
 * with two figures or more that are not zero, and miss it in one column at most, by what a slip in
 * its figure makes. Exact sums of several figures in two columns do not happen by chance. The row
 * is footed against those rows alone (footings.ts): no other reading is tried for it.
 */
const decimal_1 = require("../decimal");
const slips_1 = require("./slips");
const body_1 = require("../parse/body");
const tolerance_1 = require("./tolerance");
/** The rows above a row tried as what it adds: a statement section's, not a schedule's. */
const MAX_RUN = 12;
/** Columns that must add up exactly under the run. */
const MIN_EXACT = 2;
/** The rows found to be totals, each with the rows it adds (headings left out), in the table's order. */
function arithmeticTotals(table) {
    const found = new Map();
    const { rows } = table;
    const cols = table.columns.filter(tolerance_1.isSummed);
    if (cols.length < MIN_EXACT || rows.some((r) => r.kind === 'total'))
        return found;
    for (let i = 2; i < rows.length; i++) {
        const row = rows[i];
        if (row.kind !== 'body' || (0, body_1.isTotalLabel)(row.label))
            continue;
        const stated = cols.filter((c) => row.cells[c.index]?.value && !row.cells[c.index].percent);
        if (stated.length < MIN_EXACT)
            continue;
        const sums = stated.map(() => decimal_1.ZERO);
        const terms = stated.map(() => 0);
        const run = [];
        for (let j = i - 1; j >= 0 && run.length < MAX_RUN; j--) {
            const above = rows[j];
            if (above.kind === 'heading')
                continue;
            run.unshift(above);
            stated.forEach((c, k) => {
                const cell = above.cells[c.index];
                if (!cell?.value || cell.percent)
                    return;
                sums[k] = (0, decimal_1.add)(sums[k], cell.value);
                if (cell.value.units !== 0n)
                    terms[k]++;
            });
            if (run.length >= 2 && addsUp(row, stated, sums, terms)) {
                found.set(row, run.slice());
                break;
            }
            // A total found above stands for its own rows: nothing above it is added again.
            if (found.has(above))
                break;
        }
    }
    return found;
}
/** Exact in MIN_EXACT columns of two or more figures, and off in one at most by a slip in the total. */
function addsUp(row, cols, sums, terms) {
    let exact = 0;
    let off = 0;
    for (let k = 0; k < cols.length; k++) {
        if (terms[k] === 0)
            continue;
        const value = row.cells[cols[k].index].value;
        if ((0, decimal_1.cmp)(value, sums[k]) === 0) {
            if (terms[k] >= 2 && value.units !== 0n)
                exact++;
        }
        else if (terms[k] >= 2 && (0, slips_1.slipBetween)(value, sums[k]))
            off++;
        else
            return false;
    }
    return exact >= MIN_EXACT && off <= 1;
}
//# sourceMappingURL=arithmeticTotals.js.map