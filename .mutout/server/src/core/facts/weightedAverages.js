"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.weightedAverages = weightedAverages;
exports.weightedCheck = weightedCheck;
/**
 * Weighted-average rows: an options table prints, beside the shares of each row, their weighted-average
 * exercise price (or remaining life); on the total row (`Outstanding at end of year`, `Total`) that
 * figure is the share-weighted average of the rows it adds, exercised and cancelled shares taken out
 * as the footing takes them out: end shares × end price = Σ shares × price. Checked where the shares
 * column foots (the reading is confirmed), to the printed precision: the figures are rounded, so the
 * products may differ by what half a unit of each price (and of each share count, when rounded)
 * allows, no more.
 */
const decimal_1 = require("../decimal");
const tolerance_1 = require("./tolerance");
/** Labels of an options roll-forward's rows. */
const MOVEMENT = /\b(?:grant|granted|exercis|cancel|forfeit|expir|terminat|outstanding\s+at|balance|beginning|end\s+of)/i;
/** Header words of a column of averages weighted by the column to its left. */
const WEIGHTED_HEADER = /\b(?:weighted|weighed|average|avg)\b/i;
/**
 * Header words of a column of ratios: each row's figure beside it as a share of a base the table does
 * not print (`Net loan charge-offs` and `As a % of average loans`). Its total is the total figure over
 * the bases' sum, not an average weighted by the figures, whatever `average` its header names.
 */
const RATIO_HEADER = /(?:%|\bper\s*cent(?:age)?)\s+of\b|\bratio\b/i;
/**
 * The averages columns a footing's weights are taken for: the columns right of it headed as averages,
 * up to the first that is not, or that adds up itself (the next weights: options exercisable). An
 * options table by price range prints the weighted-average remaining life and then the weighted-average
 * price beside one shares column, both weighted by it.
 */
function averagesAfter(table, weights, summed) {
    const out = [];
    for (let i = weights.index + 1; i < table.columns.length; i++) {
        const next = table.columns[i];
        if (next.kind === 'count' || next.kind === 'label' || next.range || summed.has(i))
            break;
        if (!WEIGHTED_HEADER.test(next.header) || RATIO_HEADER.test(next.header))
            break;
        out.push(next);
    }
    return out;
}
/** units of d at scale s (s at least d's scale). */
function at(d, s) {
    return (0, decimal_1.rescale)(d, s).units;
}
/** Each footing of shares with weighted-average columns after it, each checked. */
function weightedAverages(table, footings) {
    const out = [];
    const summed = new Set(footings.filter((f) => f.ok).map((f) => f.column));
    for (const f of footings) {
        if (!f.ok)
            continue;
        const weights = table.columns[f.column];
        for (const averages of averagesAfter(table, weights, summed)) {
            const stated = f.total.cells[averages.index]?.value;
            if (!stated || stated.units === 0n)
                continue;
            const terms = [];
            let unread = false;
            f.segment.forEach((row, i) => {
                const w = row.cells[f.column]?.value;
                if (!w || w.units === 0n)
                    return;
                const cell = row.cells[averages.index];
                if (!cell?.value) {
                    unread = true;
                    return;
                }
                const sign = f.signs[i];
                const weight = sign > 0 ? w : sign < 0 ? (0, decimal_1.decimal)(-w.units, w.scale) : (0, decimal_1.decimal)(w.units < 0n ? w.units : -w.units, w.scale);
                terms.push({ row, cell, weight });
            });
            // Only a breakdown (options by exercise-price range) is checked: in a roll-forward the prices of
            // the shares exercised, cancelled and granted are each averaged over their own pools, and the
            // year-end figure is not their weighted sum in practice (55 of 211 on the corpus differ).
            if (unread || terms.length < 2 || terms.some((t) => t.weight.units < 0n || MOVEMENT.test(t.row.label)))
                continue;
            // An average lies between the smallest and the largest figure it averages: a total outside them
            // is not this column's average (a count whose header ran into its neighbour's words).
            if (!within(stated, terms))
                continue;
            const check = compare(table, weights, terms, stated);
            if (check)
                out.push({ footing: f, column: averages.index, total: f.total, stated, terms, ...check });
        }
    }
    return out;
}
/** Whether the stated figure lies within the rows' figures, each widened by half a unit of its last place. */
function within(stated, terms) {
    const ps = Math.max(stated.scale, ...terms.map((t) => t.cell.value.scale)) + 1;
    const s = at(stated, ps);
    let below = false;
    let above = false;
    for (const t of terms) {
        const v = t.cell.value;
        const half = 5n * (0, decimal_1.pow10)(ps - 1 - v.scale);
        if (at(v, ps) - half <= s)
            below = true;
        if (at(v, ps) + half >= s)
            above = true;
    }
    return below && above;
}
/**
 * The place every weight is rounded to, as a power of ten: the zeros all of them end in, where
 * that is three or more (`69,000`, `71,000`, `73,000` and `72,000` shares bought in a month each,
 * Costco's repurchases: counts rounded to the thousand, whose average price is the exact counts'),
 * else 0. Three rows or more: two round counts can be round by chance.
 */
function roundedPlace(weights) {
    if (weights.length < 3)
        return 0;
    let place = Infinity;
    for (const w of weights) {
        // Counts only: a weight with decimals is not a count rounded to a place of its units.
        if (w.scale !== 0)
            return 0;
        let units = w.units < 0n ? -w.units : w.units;
        if (units === 0n)
            continue;
        let zeros = 0;
        while (units % 10n === 0n && zeros < place) {
            units /= 10n;
            zeros++;
        }
        place = Math.min(place, zeros);
    }
    return place !== Infinity && place >= 3 ? place : 0;
}
/** A total row's average against its rows' (weightedCheck), the weights exact where the shares column's counts are. */
function compare(table, weights, terms, stated) {
    // Shares `(in thousands)` or `(in millions)` are rounded counts (tolerance.ts), and so are weights
    // under any unit note.
    const exactWeights = !table.scale &&
        (0, tolerance_1.isExactColumn)(table, weights, terms.map((t) => t.row.cells[weights.index]));
    return weightedCheck(terms.map((t) => ({ value: t.cell.value, weight: t.weight })), stated, exactWeights);
}
/**
 * stated × W against Σ w·p, at one scale: they may differ by half a unit of the stated figure times
 * |W|, half a unit of each figure averaged times its |w|, and (weights rounded) half a unit of each
 * weight times |p − stated|. `computed` is Σ w·p ÷ W at the stated figure's scale.
 */
function weightedCheck(terms, stated, exactWeights) {
    const ws = Math.max(...terms.map((t) => t.weight.scale));
    const ps = Math.max(stated.scale, ...terms.map((t) => t.value.scale));
    let W = 0n;
    let sum = 0n;
    for (const t of terms) {
        W += at(t.weight, ws);
        sum += at(t.weight, ws) * at(t.value, ps);
    }
    if (W <= 0n)
        return null;
    // Tolerance at scale ws + ps + 1 (halves are fives one place further).
    const half = (scale) => 5n * (0, decimal_1.pow10)(ps - scale);
    const place = roundedPlace(terms.map((t) => t.weight));
    let slack = half(stated.scale) * W;
    for (const t of terms) {
        const w = at(t.weight, ws);
        slack += half(t.value.scale) * (w < 0n ? -w : w);
        if (!exactWeights || place > 0) {
            const gap = at(t.value, ps) - at(stated, ps);
            slack += 5n * (0, decimal_1.pow10)(ws - t.weight.scale + place) * (gap < 0n ? -gap : gap);
        }
    }
    const lhs = at(stated, ps) * W;
    const diff = lhs - sum;
    const ok = (diff < 0n ? -diff : diff) * 10n <= slack;
    const computed = (0, decimal_1.decimal)((0, decimal_1.divRound)(sum * (0, decimal_1.pow10)(stated.scale), W * (0, decimal_1.pow10)(ps)), stated.scale);
    return { computed, ok };
}
//# sourceMappingURL=weightedAverages.js.map