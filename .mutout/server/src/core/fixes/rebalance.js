"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rebalances = rebalances;
/**
 * Rebalancing a share column whose rows, each rounded on its own, sum to 99.99% or 100.01%: the
 * largest-remainder method gives the rows that lost most to rounding the missing hundredths (or
 * takes them from those that gained most), so the body sums to exactly the total. Offered as a
 * refactoring; it is never a finding.
 */
const decimal_1 = require("../decimal");
const facts_1 = require("../facts");
const replace_1 = require("./replace");
function rebalances(model, table) {
    const out = [];
    for (const share of (0, facts_1.factsOf)(table).shares) {
        // A table of blocks, each with its own whole (facts/shares.ts), is not rebalanced as one column.
        if (share.rows.length < 2 || share.rows.some((r) => !r.ok || r.whole))
            continue;
        const total = table.rows.find((r) => r.kind === 'total' && r.cells[share.percentColumn]?.value);
        const totalCell = total?.cells[share.percentColumn];
        if (!totalCell || !(0, facts_1.isHundred)(totalCell.value))
            continue;
        const scale = share.rows[0].stated.scale;
        if (share.rows.some((r) => r.stated.scale !== scale))
            continue;
        const bodySum = (0, decimal_1.sum)(share.rows.map((r) => r.stated));
        if ((0, decimal_1.cmp)(bodySum, totalCell.value) === 0)
            continue;
        // Exact shares in units of 10^-(scale+6), their floors at the shown scale, and the remainders.
        const s = Math.max(share.denominator.scale, ...share.rows.map((r) => r.row.cells[share.baseColumn].value.scale));
        const den = (0, decimal_1.rescale)(share.denominator, s).units;
        const unit = (0, decimal_1.pow10)(6);
        const exact = share.rows.map((r) => (0, decimal_1.divRound)((0, decimal_1.rescale)(r.row.cells[share.baseColumn].value, s).units * 100n * (0, decimal_1.pow10)(scale) * unit, den));
        const floors = exact.map((e) => e / unit);
        const target = 100n * (0, decimal_1.pow10)(scale);
        let missing = target - floors.reduce((a, b) => a + b, 0n);
        const order = exact
            .map((e, i) => ({ i, rem: e % unit }))
            .sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
        const result = [...floors];
        for (const o of order) {
            if (missing <= 0n)
                break;
            result[o.i] += 1n;
            missing -= 1n;
        }
        const edits = share.rows
            .map((r, i) => ({ r, value: (0, decimal_1.decimal)(result[i], scale) }))
            .filter(({ r, value }) => (0, decimal_1.cmp)(r.stated, value) !== 0)
            .map(({ r, value }) => (0, replace_1.cellEdit)(model.lines, table, r.cell, (0, decimal_1.formatLike)(value, r.cell.text)));
        if (edits.length === 0)
            continue;
        out.push({
            table: table.index,
            column: share.percentColumn,
            bodySum,
            fix: {
                title: `Rebalance percentages to ${totalCell.text.trim()} (largest remainder; ${edits.length} row${edits.length === 1 ? '' : 's'})`,
                edits,
            },
        });
    }
    return out;
}
//# sourceMappingURL=rebalance.js.map