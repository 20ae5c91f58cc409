"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SLIP_WORDS = void 0;
exports.sameFigure = sameFigure;
exports.slipApart = slipApart;
exports.slipBetween = slipBetween;
exports.totalSignLost = totalSignLost;
exports.intendedTerm = intendedTerm;
/**
 * Slips: what one figure printed wrong does to a sum. Real errors in filings are small slips (one
 * digit changed, two adjacent digits swapped, a digit dropped or doubled); a misreading of a table
 * shows as a large, structural difference that no slip explains. A footing difference is
 * explained when one cell, printed with such a slip, accounts for it exactly.
 */
const decimal_1 = require("../decimal");
/** The words a message uses for each slip. */
exports.SLIP_WORDS = {
    digit: 'a one-digit slip',
    transposition: 'two digits transposed',
    'dropped digit': 'a dropped digit',
    'doubled digit': 'a doubled digit',
    sign: 'a lost sign',
};
/**
 * Whether two figures state one value: equal, or printed to different places and less than a unit of
 * the coarser's last place apart (.96 and 0.960; a statement's 1,642.5 and the selected data's 1,642,
 * rounded half down, or its 3,272.3 and 3,273, rounded so that a table's rounded rows add up to its
 * rounded total). A slip in the coarser figure's last digit does not show against a finer one.
 */
function sameFigure(a, b) {
    if (a.scale === b.scale)
        return a.units === b.units;
    const fine = Math.max(a.scale, b.scale);
    const gap = (0, decimal_1.rescale)(a, fine).units - (0, decimal_1.rescale)(b, fine).units;
    return (gap < 0n ? -gap : gap) < (0, decimal_1.pow10)(fine - Math.min(a.scale, b.scale));
}
/**
 * The slip that turns `intended` into `printed`, the two read to the places of the coarser (a
 * statement's 12,421.4 is the selected data's 12,421): a slip in the finer figure's last places
 * does not show in the coarser one.
 */
function slipApart(printed, intended) {
    const scale = Math.min(printed.scale, intended.scale);
    return slipBetween((0, decimal_1.roundTo)(printed, scale), (0, decimal_1.roundTo)(intended, scale));
}
/** The slip that turns `intended` into `printed`, when one does; the two must differ. */
function slipBetween(printed, intended) {
    if ((0, decimal_1.cmp)(printed, intended) === 0)
        return null;
    const scale = Math.max(printed.scale, intended.scale);
    const p = (0, decimal_1.rescale)(printed, scale).units;
    const q = (0, decimal_1.rescale)(intended, scale).units;
    // A lost sign is a slip too, but the commonest misreading of a statement (a cost added that the
    // filing subtracts) looks just like one in a row: only a total's, checked apart (see totalSignLost).
    if ((p < 0n && q > 0n) || (p > 0n && q < 0n))
        return null;
    // Digits as printed: a fraction keeps the zero before its point (`0.74`), which a slip can move
    // (`7.04`, two digits transposed) or change (`1.74`).
    const width = scale > 0 ? scale + 1 : 1;
    const a = (p < 0n ? -p : p).toString().padStart(width, '0');
    const b = (q < 0n ? -q : q).toString().padStart(width, '0');
    if (a.length === b.length)
        return sameLength(a, b);
    // A figure of one or two digits is a dropped or doubled digit of too many others to say which.
    if (a.length + 1 === b.length)
        return a.length >= 3 && dropsOne(b, a) ? 'dropped digit' : null;
    if (a.length === b.length + 1)
        return b.length >= 3 && doublesOne(b, a) ? 'doubled digit' : null;
    return null;
}
/** One digit changed, or two adjacent digits swapped, between digit strings of one length. */
function sameLength(a, b) {
    const diffs = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            diffs.push(i);
            if (diffs.length > 2)
                return null;
        }
    }
    if (diffs.length === 1)
        return 'digit';
    const [i, j] = diffs;
    return j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 'transposition' : null;
}
/** Whether `short` is `long` with one digit left out. */
function dropsOne(long, short) {
    for (let i = 0; i < long.length; i++)
        if (long.slice(0, i) + long.slice(i + 1) === short)
            return true;
    return false;
}
/** Whether `long` is `short` with one of its digits written twice. */
function doublesOne(short, long) {
    for (let i = 0; i < short.length; i++)
        if (short.slice(0, i + 1) + short.slice(i) === long)
            return true;
    return false;
}
/**
 * Whether a printed total is its sum with the sign lost (`$ 5,453` where the rows make (5,453)).
 * It explains a footing only where other columns of the total confirm how the rows are read: the
 * structure is the same in every column, so a sign lost in one alone is a slip, not a misreading.
 */
function totalSignLost(printed, sum) {
    return printed.units !== 0n && (0, decimal_1.cmp)(printed, (0, decimal_1.neg)(sum)) === 0;
}
/**
 * The value a term would have to have for the sum to come out at `stated` instead of `computed`:
 * the term then holds the whole difference.
 */
function intendedTerm(term, stated, computed) {
    const diff = (0, decimal_1.sub)(stated, computed);
    if (term.sign > 0)
        return (0, decimal_1.sub)(term.value, (0, decimal_1.neg)(diff));
    // Subtracted terms move the sum the other way.
    const moved = (0, decimal_1.sub)(term.value, diff);
    return term.sign < 0 || term.value.units >= 0n ? moved : (0, decimal_1.neg)((0, decimal_1.sub)((0, decimal_1.neg)(term.value), diff));
}
//# sourceMappingURL=slips.js.map