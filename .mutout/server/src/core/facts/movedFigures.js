"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findMovedFigures = findMovedFigures;
/**
 * Figures printed in the wrong column: two columns of one total fail by opposite differences, and
 * the figures of one to three rows, standing in the first where the second is blank, make both tie
 * when moved across (VeriSign's 2000 statement of equity prints a stock plan's 5,483,000 under
 * Retained earnings, blank under Total: without it the one adds up, with it the other). Or two
 * figures, one in each column, stand in each other's places: Cisco's 1996 rate reconciliation prints
 * the Foreign Sales Corporation benefit (2.5) under 1995 and, on the line below, (2.9) under 1994;
 * exchanged, both columns add up to their effective rates. Both columns tying is what confirms the
 * reading; the figures are reported once, on the first of them.
 */
const decimal_1 = require("../decimal");
/** At most this many figures are taken to have moved: a bound that keeps the search to C(rows, 3), and MAX_SETS. */
const MAX_MOVED = 3;
/**
 * The moved figures among the failing footings of one total (`failed`, all under one reading), set
 * on both footings' `moved`. A pair is believed only when exactly one set of figures, the smallest
 * that does, makes both tie.
 */
function findMovedFigures(failed) {
    for (const from of failed) {
        for (const to of failed) {
            if (from === to || from.moved || to.moved)
                continue;
            const excess = (0, decimal_1.sub)(from.computed, from.stated);
            // Opposite differences, within the two roundings: what one column has too much the other lacks.
            if (excess.units === 0n ||
                (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.add)(excess, (0, decimal_1.sub)(to.computed, to.stated))), (0, decimal_1.add)(from.tolerance, to.tolerance)) > 0) {
                continue;
            }
            const cells = movedSet(from, to);
            const moved = cells ? { cells, from, to } : exchangedPair(from, to);
            if (!moved)
                continue;
            from.moved = moved;
            to.moved = moved;
        }
    }
}
/** The one smallest set of figures that, moved from `from`'s column to `to`'s, makes both tie. */
function movedSet(from, to) {
    // Candidates: the rows added (not the total), with a non-zero figure in `from`'s column and
    // none in `to`'s, so that the figure has a blank to move into.
    const candidates = signedTerms(from).filter((t) => !t.row.cells[to.column]?.value);
    const range = tyingRange(from, to);
    if (!range)
        return null;
    const ties = (sum) => (0, decimal_1.cmp)(sum, range.lo) >= 0 && (0, decimal_1.cmp)(sum, range.hi) <= 0;
    // Sets tried, all sizes together: a schedule of thousands of rows with blanks in the other
    // column would make C(rows, 3) of them (1,000 rows took 7.6 s); past the bound, nothing is claimed.
    let tried = 0;
    for (let size = 1; size <= MAX_MOVED; size++) {
        const found = [];
        subsets(candidates.length, size, (picked) => {
            if (++tried > MAX_SETS)
                return false;
            let sum = decimal_1.ZERO;
            for (const k of picked)
                sum = (0, decimal_1.add)(sum, candidates[k].term);
            if (ties(sum))
                found.push(picked.slice());
            return found.length < 2;
        });
        if (tried > MAX_SETS || found.length > 1)
            return null;
        if (found.length === 1)
            return found[0].map((k) => ({ row: candidates[k].row, cell: candidates[k].cell }));
    }
    return null;
}
/** Sets of figures tried before the search for moved ones gives up (C(100, 3) is 161,700). */
const MAX_SETS = 200_000;
/**
 * The one pair of figures, one in each column, that makes both tie when exchanged: in one row, or in
 * two rows each blank where the other's figure would go (a figure wrapped onto the next line under
 * the wrong year). None where no figures moved across would do (movedSet), and none where two pairs
 * would: which is not known then.
 */
function exchangedPair(from, to) {
    // x leaving `from` for y's place, and y leaving `to` for x's, move `from` by y - x and `to` by
    // x - y: both tie where x - y lies in the tying range.
    const range = tyingRange(from, to);
    if (!range)
        return null;
    const { lo, hi } = range;
    // The other column's figures in order: each figure's partners, x - hi to x - lo, are found by a
    // binary search, not by trying every pair (a long schedule's columns are thousands of rows).
    const ys = signedTerms(to).sort((a, b) => (0, decimal_1.cmp)(a.term, b.term));
    let found = null;
    let tried = 0;
    for (const x of signedTerms(from)) {
        const least = (0, decimal_1.sub)(x.term, hi);
        const most = (0, decimal_1.sub)(x.term, lo);
        for (let k = firstAtLeast(ys, least); k < ys.length && (0, decimal_1.cmp)(ys[k].term, most) <= 0; k++) {
            // Figures alike by the thousand (a table of equal amounts) explain nothing: give up.
            if (++tried > MAX_TRIED)
                return null;
            const y = ys[k];
            const placed = x.row === y.row || (!x.row.cells[to.column]?.value && !y.row.cells[from.column]?.value);
            if (!placed || (0, decimal_1.sub)(x.term, y.term).units === 0n)
                continue;
            if (found)
                return null;
            found = { cells: [{ row: x.row, cell: x.cell }], from, to, exchanged: { row: y.row, cell: y.cell } };
        }
    }
    return found;
}
/** A footing's added figures that are not zero, each with its sign as added (a row subtracted, negated). */
function signedTerms(f) {
    const out = [];
    f.segment.forEach((row, i) => {
        const sign = f.signs[i];
        const cell = row.cells[f.column];
        if ((sign !== 1 && sign !== -1) || !cell?.value || cell.value.units === 0n)
            return;
        out.push({ row, cell, term: sign < 0 ? (0, decimal_1.neg)(cell.value) : cell.value });
    });
    return out;
}
/**
 * The amounts that, taken out of `from`'s column and put into `to`'s, make both tie: within `from`'s
 * miss and `to`'s shortfall, each give or take its rounding; null where the two do not meet.
 */
function tyingRange(from, to) {
    const fromMiss = (0, decimal_1.sub)(from.computed, from.stated);
    const toMiss = (0, decimal_1.sub)(to.stated, to.computed);
    const lo = larger((0, decimal_1.sub)(fromMiss, from.tolerance), (0, decimal_1.sub)(toMiss, to.tolerance));
    const hi = smaller((0, decimal_1.add)(fromMiss, from.tolerance), (0, decimal_1.add)(toMiss, to.tolerance));
    return (0, decimal_1.cmp)(lo, hi) > 0 ? null : { lo, hi };
}
/** Pairs of figures an exchange may be looked for among before the search gives up. */
const MAX_TRIED = 10_000;
const larger = (a, b) => ((0, decimal_1.cmp)(a, b) >= 0 ? a : b);
const smaller = (a, b) => ((0, decimal_1.cmp)(a, b) <= 0 ? a : b);
/** The index of the first of the sorted terms at or above `value`. */
function firstAtLeast(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((0, decimal_1.cmp)(sorted[mid].term, value) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Calls `visit` with each `size`-subset of [0, n) in order, until it returns false. */
function subsets(n, size, visit) {
    const picked = [];
    const walk = (from) => {
        if (picked.length === size)
            return visit(picked);
        for (let k = from; k <= n - (size - picked.length); k++) {
            picked.push(k);
            const more = walk(k + 1);
            picked.pop();
            if (!more)
                return false;
        }
        return true;
    };
    walk(0);
}
//# sourceMappingURL=movedFigures.js.map