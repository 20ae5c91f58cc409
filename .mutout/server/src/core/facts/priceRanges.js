"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rangeRowsOf = exports.PRICE = void 0;
exports.averagesOutsideRanges = averagesOutsideRanges;
/**
 * Averages outside their row's range: an options table by range of exercise prices prints, for each
 * range (`$ 47.93 - 49.25`), the weighted-average exercise price of the options in it. An average of
 * prices that all lie in a range lies in that range too, whatever the weights: a row whose average
 * lies outside its own range has its range or its average misprinted (Autodesk's 2000 10-K prints
 * 50.80 and 51.67 beside `$ 47.93 - 49.25`).
 *
 * The reading is confirmed by the table itself: the column is taken for averages of its rows' ranges
 * only where at least three rows state a range and a price, and two thirds of them or more lie within
 * it. The figures are rounded: a price may lie outside its range by half a unit of its last place and
 * of the range's bound's.
 */
const decimal_1 = require("../decimal");
const tolerance_1 = require("./tolerance");
const memo_1 = require("../memo");
/** A range of prices at the start of a row: `$ 47.93 - 49.25`, `$11.12 to $27.73`, `0.111 -    1.000`. */
const RANGE = /^(\s*)((?:\$\s*)?(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(?:-{1,2}|to|–|—)\s*(?:\$\s*)?(\d[\d,]*(?:\.\d+)?|\.\d+))(?!\d)/i;
/** A column of averaged prices: `Weighted Average Exercise Price` (two tests: one pattern would backtrack). */
const AVERAGE = /\b(?:weighted|average|avg)\b/i;
exports.PRICE = /\bprices?\b/i;
/** Rows that state a range and a price, at least, for the column's reading to be believed. */
const MIN_ROWS = 3;
/** The range a row starts with, read left of its first figure column's cell. */
function rangeOf(table, row, lines, first) {
    const cell = row.cells[first.index];
    if (!cell)
        return null;
    if (table.source === 'html') {
        // HTML: the label's cell and the cells before the first figure's, in order (a range may be split
        // into cells: `$`, `0.01`, `- 23.87`); placed on the first of them.
        const before = row.cells.slice(0, first.index).filter((c) => c !== undefined);
        if (before.length === 0)
            return null;
        const m = RANGE.exec(before.map((c) => c.text).join(' '));
        return m && bounded(m, before[0].span);
    }
    const m = RANGE.exec(lines[cell.span.line]?.slice(0, cell.span.start) ?? '');
    return m && bounded(m, { line: cell.span.line, start: m[1].length, end: m[1].length + m[2].length });
}
/** The range a match reads, where its low bound is not above its high one. */
function bounded(m, span) {
    const low = (0, decimal_1.parseNumber)(m[3])?.value;
    const high = (0, decimal_1.parseNumber)(m[4])?.value;
    if (!low || !high || (0, decimal_1.cmp)(low, high) > 0)
        return null;
    return { text: m[2], lowText: m[3], highText: m[4], low, high, span };
}
/** Whether `v` lies within [low, high], each bound widened by half a unit of its and of v's last place. */
function inRange(v, low, high) {
    if ((0, decimal_1.cmp)((0, decimal_1.add)(v, (0, tolerance_1.halfUnit)(v.scale)), (0, decimal_1.sub)(low, (0, tolerance_1.halfUnit)(low.scale))) < 0)
        return 'below';
    if ((0, decimal_1.cmp)((0, decimal_1.sub)(v, (0, tolerance_1.halfUnit)(v.scale)), (0, decimal_1.add)(high, (0, tolerance_1.halfUnit)(high.scale))) > 0)
        return 'above';
    return 'within';
}
/**
 * The body rows of a table that start with a range of prices, left of its first count or amount (an
 * options table by range of exercise prices); worked out once per table object, whose lines do not
 * change while it stands.
 */
exports.rangeRowsOf = (0, memo_1.memoize)((table, lines) => {
    const first = table.columns.find((c) => c.kind === 'count' || c.kind === 'amount');
    return first ? table.rows.filter((r) => r.kind === 'body' && rangeOf(table, r, lines, first) !== null) : [];
});
/** The rows of a table whose averaged prices lie outside their own range, where the table confirms the reading. */
function averagesOutsideRanges(table, lines) {
    const prices = table.columns.filter((c) => c.kind !== 'label' && AVERAGE.test(c.header) && exports.PRICE.test(c.header));
    if (prices.length === 0)
        return [];
    // The range stands left of the row's first count or amount (the shares), in the label or in cells.
    const first = table.columns.find((c) => c.kind === 'count' || c.kind === 'amount');
    if (!first || prices.some((p) => p.index < first.index))
        return [];
    const found = [];
    for (const price of prices) {
        let stated = 0;
        let within = 0;
        const outside = [];
        for (const row of table.rows) {
            if (row.kind !== 'body')
                continue;
            const cell = row.cells[price.index];
            // A price of 0 beside no options is no average.
            if (!cell?.value || cell.value.units === 0n)
                continue;
            const range = rangeOf(table, row, lines, first);
            if (!range)
                continue;
            stated++;
            const where = inRange(cell.value, range.low, range.high);
            if (where === 'within')
                within++;
            else
                outside.push({ row, range, cell, above: where === 'above' });
        }
        if (stated < MIN_ROWS || within * 3 < stated * 2)
            continue;
        for (const o of outside) {
            let entry = found.find((f) => f.row === o.row);
            if (!entry)
                found.push((entry = { row: o.row, range: o.range, averages: [], within }));
            entry.averages.push({ cell: o.cell, column: price, above: o.above });
            entry.within = Math.max(entry.within, within);
        }
    }
    return found.sort((a, b) => a.row.line - b.row.line);
}
//# sourceMappingURL=priceRanges.js.map