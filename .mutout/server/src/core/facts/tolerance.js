"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_TELLING_UNITS = exports.UNIT_STEPS = exports.ROUNDING = void 0;
exports.isHundred = isHundred;
exports.halfUnit = halfUnit;
exports.isSummed = isSummed;
exports.isExactColumn = isExactColumn;
exports.addsExactly = addsExactly;
exports.roundingTolerance = roundingTolerance;
/** How exact a column's figures are, and how far rounding may move a sum from its stated total. */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
function isHundred(d) {
    return d.units === 100n * (0, decimal_1.pow10)(d.scale);
}
/** Half a unit in the last shown place: 0.5 * 10^-d. */
function halfUnit(scale) {
    return (0, decimal_1.decimal)(5n, scale + 1);
}
/** Whether a column is added up: counts and amounts. */
function isSummed(c) {
    return c.kind === 'count' || c.kind === 'amount';
}
/** Whether a column's figures are exact (counts, cents) or rounded (whole units, declared scale). */
function isExactColumn(table, column, cells) {
    if (column.kind === 'count')
        return !countsInUnit(table, column) && !headless(table);
    if (table.scale || amountsRounded(table) || PRESENT_VALUE.test(column.header))
        return false;
    return cells.every((c) => c.value === null || c.value.scale >= 2);
}
/**
 * Whether none of an HTML table's figure columns has a heading: a part continued from a table on the
 * page before, its headings and unit note left there (Johnson & Johnson's sales by product, in
 * millions, over several pages). Whole numbers under no heading are not known to be exact counts. A
 * text table continued over a page break is joined to its first part (parse/continued.ts).
 */
const headless = (0, memo_1.memoize)((table) => table.source === 'html' && table.columns.every((c) => c.kind === 'label' || c.header.trim() === ''));
/**
 * Whether a sum of `cells` must reach `total` exactly: the column's figures are exact, and the total
 * shows it too (a count, or an amount with its cents).
 */
function addsExactly(table, column, cells, total) {
    return isExactColumn(table, column, cells) && (column.kind === 'count' || total.scale >= 2);
}
/**
 * Whether a count column is in a unit, and so rounded: its header says so (`Shares (in thousands)`),
 * or the table's unit note puts counts in its unit (parse/header.ts `scaleNoteIn`: General Motors'
 * lease `units in thousands`, an equity statement's shares `(in millions, except per share data)`).
 */
function countsInUnit(table, column) {
    if (IN_UNIT.test(column.header))
        return true;
    const counts = table.scale?.counts;
    return counts === 'all' || (counts === 'shares' && SHARES.test(column.header));
}
const IN_UNIT = /\b(?:in\s+)?(?:thousands|millions)\b/i;
const SHARES = /\bshares?\b/i;
/**
 * Whether the table's notes say its amounts are rounded: "Amounts may not sum to total due to
 * rounding" under a lease pool's securitization values (each a present value rounded to the cent, so
 * the rows miss the total by a cent). Then dollars and cents are added within the rounding interval,
 * not exactly. A note on percentages alone ("Percentages may not add to 100.00% due to rounding")
 * says nothing of the amounts. Read once per table: every footing of every reading asks it.
 */
const amountsRounded = (0, memo_1.memoize)((table) => table.footnotes.some((f) => ROUNDED_AMOUNTS.test(f.text) && exports.ROUNDING.test(f.text)));
/** A note that blames rounding (footings.ts reads the others as saying figures do not add). */
exports.ROUNDING = /\brounding\b/i;
/**
 * A column of present values (a lease pool's securitization value, receivables discounted at a rate):
 * each row is computed and rounded to the cent, so the rows may miss the total by a cent or two
 * whether or not the table's notes say so (BMW's lease prospectuses say it under every table but one).
 */
const PRESENT_VALUE = /\bsecuritization\s+values?\b|\bpresent\s+values?\b|\bdiscounted\s+(?:principal\s+)?(?:balances?|values?)\b/i;
const ROUNDED_AMOUNTS = /\b(?:amounts?|balances?|values?|dollars?|figures?|totals?|sums?)\s+(?:shown\s+)?(?:may|might|do|does|will|could)\s+not\s+(?:sum|add|total|foot|equal)\b/i;
/**
 * How far rounding can move a sum from its stated total: half a unit in the last shown place of the
 * total and of every cell. Written at the finest scale, each half unit is 5 * 10^(finest - own).
 */
function roundingTolerance(totalScale, cells) {
    let finest = totalScale;
    let coarsest = totalScale;
    for (const c of cells) {
        if (!c.value)
            continue;
        if (c.value.scale > finest)
            finest = c.value.scale;
        if (c.value.scale < coarsest)
            coarsest = c.value.scale;
    }
    if (finest - coarsest > 12) {
        // Scales far apart: terms too large to add exactly as doubles.
        let tolerance = halfUnit(totalScale);
        for (const c of cells)
            if (c.value)
                tolerance = (0, decimal_1.add)(tolerance, halfUnit(c.value.scale));
        return tolerance;
    }
    // Up to 10^12 per term and a few hundred cells: exact in a double.
    let tens = TENS[finest - totalScale];
    for (const c of cells)
        if (c.value)
            tens += TENS[finest - c.value.scale];
    return (0, decimal_1.decimal)(BigInt(tens) * 5n, finest + 1);
}
/** 10^k as doubles, k from 0 to 12. */
const TENS = Array.from({ length: 13 }, (_, k) => 10 ** k);
/**
 * Unit steps between two tables that state one figure, as powers of ten, tried where their scale
 * notes do not say (`in thousands` written over one, nothing over the other): same unit first.
 */
exports.UNIT_STEPS = [0, 3, -3, 6, -6];
/** A figure of fewer units than this proves little by agreeing with another (zeros, single digits). */
exports.MIN_TELLING_UNITS = 100n;
//# sourceMappingURL=tolerance.js.map