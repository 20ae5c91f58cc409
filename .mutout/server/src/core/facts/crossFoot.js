"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.footingsThrough = footingsThrough;
exports.blameFor = blameFor;
/**
 * The cell to blame where a row does not cross-foot. A row's relation failing says the row holds a
 * wrong figure, not which: a column footing that fails by the same amount names the cell at their
 * intersection, and otherwise a figure that one slip (a digit, a transposition) would turn into the
 * value that makes the row hold: the result's, when it is one, else the only term's. A figure whose column foots
 * through this row is not blamed: changing it would break that footing.
 */
const decimal_1 = require("../decimal");
const footings_1 = require("./footings");
const slips_1 = require("./slips");
/** The figure column `column` would need in the failing row for the relation to hold. */
function intendedIn(relation, failure, column, value) {
    const diff = (0, decimal_1.sub)(failure.stated, failure.computed);
    if (column === relation.result)
        return (0, decimal_1.sub)(value, diff);
    const term = relation.terms.find((t) => t.column === column);
    return term.sign > 0 ? (0, decimal_1.add)(value, diff) : (0, decimal_1.sub)(value, diff);
}
/** Whether a footing would hold with `cell` reading `expected` instead. */
function footsWith(f, row, value, expected) {
    if (row === f.total)
        return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(expected, f.computed)), f.tolerance) <= 0;
    const i = f.segment.indexOf(row);
    if (i < 0)
        return false;
    const delta = (0, decimal_1.sub)(expected, value);
    const sign = f.signs[i];
    const moved = sign > 0 ? delta : (0, decimal_1.neg)(delta);
    return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(f.stated, (0, decimal_1.add)(f.computed, moved))), f.tolerance) <= 0;
}
/** The footings of a column that take this row in: as their total or as one of their rows. */
function footingsThrough(footings, column, row) {
    return footings.filter((f) => f.column === column && (f.total === row || f.segment.includes(row)));
}
/**
 * Whether the row's result repeats one of its terms while others are not zero: a balance at each
 * period's end (the year's column is the last quarter's), not a flow that adds across the row.
 */
function carriesATerm(relation, row) {
    const result = row.cells[relation.result]?.value;
    if (!result || result.units === 0n)
        return false;
    const terms = relation.terms.map((t) => row.cells[t.column]?.value);
    const repeated = terms.findIndex((v) => v && (0, decimal_1.eq)(v, result));
    return repeated >= 0 && terms.some((v, i) => i !== repeated && v && v.units !== 0n);
}
/** The cell to blame for a row where a relation fails, or null when no one cell is explained. */
function blameFor(relation, failure, footings) {
    // For rounded figures the difference is taken as it is: a slip must account for all of it, as
    // footing's does for its total's exact sum.
    const row = failure.row;
    if (carriesATerm(relation, row))
        return null;
    const members = [relation.result, ...relation.terms.map((t) => t.column)];
    const byFooting = [];
    const bySlip = [];
    for (const column of members) {
        const cell = row.cells[column];
        if (!cell?.value)
            continue;
        const expected = intendedIn(relation, failure, column, cell.value);
        const through = footingsThrough(footings, column, row);
        const failing = through.find((f) => !f.ok && footsWith(f, row, cell.value, expected));
        if (failing) {
            byFooting.push({ row, column, cell, expected, why: 'footing', footing: failing });
            continue;
        }
        // Its column foots through this row as printed: the figure is right.
        if (through.some((f) => f.ok))
            continue;
        // As footing tries for a total: the exact value, and a unit either side for rounded figures.
        for (const m of (0, footings_1.meantValues)(expected, failure.tolerance, cell.value.scale)) {
            const kind = (0, slips_1.slipBetween)(cell.value, m);
            if (kind && !(0, decimal_1.eq)(m, cell.value)) {
                bySlip.push({ row, column, cell, expected: m, why: kind });
                break;
            }
        }
    }
    if (byFooting.length === 1)
        return byFooting[0];
    if (byFooting.length > 0)
        return null;
    // As footing names the total when a slip there explains it, the result is named first: a digit
    // changed by k·10^j could as well be taken from any term with a digit to spare at that place.
    const result = bySlip.find((b) => b.column === relation.result);
    if (result)
        return result;
    if (bySlip.length === 1)
        return bySlip[0];
    if (bySlip.length === 0)
        return null;
    // Several figures could hold the slip: the row is wrong, which figure is not known.
    const cell = row.cells[relation.result];
    return { row, column: relation.result, cell, expected: failure.computed, why: 'shape' };
}
//# sourceMappingURL=crossFoot.js.map