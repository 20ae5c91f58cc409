"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.optionPriceTies = void 0;
exports.optionPriceTiesOf = optionPriceTiesOf;
/**
 * Options by date and options by price: a stock option note prints the options outstanding (and
 * exercisable) at each year-end with their weighted-average exercise price (the activity table:
 * balance, granted, exercised, cancelled, balance), and a table of the options at the last date by
 * range of exercise prices, whose total row (or whose rows, where it prints none) gives the
 * weighted-average price of the same options. Where the two tables state the same number of options,
 * they state one price: on the corpus, 61 of 65 such pairs agree, to the cent or within the rows' rounding.
 *
 * The same options are known by their count alone, so the count must be one that does not match by
 * chance: four significant digits or more (`9,178`, `101.5` million), equal as printed or in the two tables' units (`(in thousands)` against
 * the options counted one by one, within the rounding of the coarser: sameCount). A by-range table is one where at least
 * three rows start with a range of prices. A price is compared to the places of the coarser of the
 * two; a price worked out from the ranges' rows may differ from the stated one by half a unit of the
 * rows' last place and of the stated figure's, and by what the rounding of the rows' counts moves it.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const priceRanges_1 = require("./priceRanges");
const slips_1 = require("./slips");
const statements_1 = require("./statements");
const tolerance_1 = require("./tolerance");
/**
 * A column of averaged prices (`Weighted Average Exercise Price`, `Wtd. Avg. Exercise Price`): PRICE
 * (priceRanges.ts) and one of these words, in two tests (one pattern would backtrack).
 */
const AVERAGE = /\b(?:weighted|average|avg|wtd)\b/i;
const RANGE = /\branges?\b/i;
/**
 * Headings of columns that are not the options counted: prices, lives, terms, values, ranges. A
 * plan's name is no term (`Long-Term Incentive and Stock Option Plans`, Texas Instruments 1996).
 */
const NOT_COUNTED = /\b(?:prices?|life|lives|(?<!long[- ])term|years|range|values?|fair|per\s+share|intrinsic)\b/i;
/** Movements of an options activity table. */
const GRANTED = /\bgrant(?:ed|s)?\b/i;
const EXERCISED = /\bexercised\b/i;
/** Rows of an activity table that state the options at a date. */
const AT_DATE = /\b(?:outstanding|exercisable|balances?)\b/i;
/** Counts of fewer significant digits than this may agree by chance. */
const MIN_DIGITS = 4;
/** Rows that start with a range of prices, at least, for a table to be read as options by price. */
const MIN_RANGES = 3;
/** A table's averaged price columns, each with its options column; worked out once per table. */
const pricedColumnsOf = (0, memo_1.memoize)(findPricedColumns);
/** Most tables' priced columns: none, one list for them all (docs/performance.md, "Figures stated twice, kept small"). */
const NONE = [];
function findPricedColumns(table, lines) {
    // A balance of options granted at many prices has one price only as their average: in a table
    // of options granted and exercised, a `Price` column is the weighted average it does not say it is.
    // Where a column is headed as an average, it is the one (the others print ranges of prices).
    const prices = table.columns.filter((c) => c.kind !== 'label' && priceRanges_1.PRICE.test(c.header) && !RANGE.test(c.header));
    if (prices.length === 0)
        return NONE;
    const averages = prices.filter((c) => AVERAGE.test(c.header));
    const activity = table.rows.some((r) => GRANTED.test(r.label)) && table.rows.some((r) => EXERCISED.test(r.label));
    const chosen = averages.length > 0 ? averages : activity ? prices : [];
    if (chosen.length === 0)
        return NONE;
    // Not options: prices, lives and the like by their headings, and a range's upper bounds (`$ 0.05 -
    // $84.00` printed across two columns, under a heading split as `Price per` over `Share`).
    const counted = table.columns.filter((c) => (c.kind === 'count' || c.kind === 'amount' || c.kind === 'number') &&
        !NOT_COUNTED.test(c.header) &&
        !table.rows.some((r) => r.cells[c.index]?.value && boundOfRange(table, r.cells[c.index], lines)));
    const out = [];
    for (const price of chosen) {
        // The options are the nearest column of them left of the price (FL106 reads averages right of
        // their weights the same way), under the same year where the price names one; failing that, the
        // nearest right of it in that year (`Wtd. Avg. Exercise Price` before `No. of Shares`).
        const year = (0, statements_1.yearOf)(price);
        const sameYear = counted.filter((c) => year === null || (0, statements_1.yearOf)(c) === year);
        const left = sameYear.filter((c) => c.index < price.index).pop();
        const weights = left ?? (year === null ? undefined : sameYear.find((c) => c.index > price.index));
        if (weights)
            out.push({ price, weights });
    }
    return out;
}
/** An activity table's options at a date, each with its price. */
function balancesOf(table, lines) {
    const out = [];
    for (const row of table.rows) {
        if (row.kind === 'heading' || !AT_DATE.test(row.label))
            continue;
        for (const { price, weights } of pricedColumnsOf(table, lines)) {
            const countCell = row.cells[weights.index];
            const priceCell = row.cells[price.index];
            if (!countCell?.value || !priceCell?.value || countCell.value.units <= 0n || priceCell.value.units <= 0n) {
                continue;
            }
            if (boundOfRange(table, priceCell, lines))
                continue;
            out.push({
                table,
                row,
                printed: countCell.value,
                countCell,
                price: priceCell.value,
                priceColumn: price,
                priceCell,
                averaged: null,
            });
        }
    }
    return out;
}
/** Whether a price is a bound of a range printed across cells (`$ 0.05 - $84.00`), not an average. */
function boundOfRange(table, cell, lines) {
    if (table.source === 'html')
        return RANGE_TEXT.test(cell.text);
    const line = lines[cell.span.line] ?? '';
    return (RANGE_AFTER.test(line.slice(cell.span.end, cell.span.end + 12)) ||
        RANGE_BEFORE.test(line.slice(Math.max(0, cell.span.start - 12), cell.span.start)));
}
const RANGE_AFTER = /^\s{0,3}(?:-|–|to)\s{0,3}\$?\s{0,3}\d/;
const RANGE_BEFORE = /\d\s{0,3}(?:-|–|to)\s{0,3}\$?\s{0,3}$/;
const RANGE_TEXT = /\d\s{0,3}(?:-|–|to)\s{0,3}\$?\s{0,3}\d/;
/** A by-range table's options in all, per averaged price column: its total row's, or its ranges' rows added. */
function rangeTotalsOf(table, rows, lines) {
    const out = [];
    for (const { price, weights } of pricedColumnsOf(table, lines)) {
        const averaged = averageOf(rows, weights, price);
        const total = table.rows.find((r) => r.kind === 'total' && r.cells[weights.index]?.value && r.cells[price.index]?.value);
        if (total) {
            const countCell = total.cells[weights.index];
            const priceCell = total.cells[price.index];
            out.push({
                table,
                row: total,
                printed: countCell.value,
                countCell,
                price: priceCell.value,
                priceColumn: price,
                priceCell,
                averaged: averaged && (0, decimal_1.cmp)(averaged.count, countCell.value) === 0 ? averaged : null,
            });
        }
        else if (averaged) {
            out.push({
                table,
                row: null,
                printed: averaged.count,
                countCell: null,
                price: averaged.price,
                priceColumn: price,
                priceCell: null,
                averaged,
            });
        }
    }
    return out;
}
/** The ranges' options added, and their prices averaged by them; null where a range's figures are not so read. */
function averageOf(rows, weights, price) {
    let count = decimal_1.ZERO;
    let product = decimal_1.ZERO;
    let scale = 0;
    const averaged = [];
    for (const row of rows) {
        const w = row.cells[weights.index]?.value;
        const p = row.cells[price.index]?.value;
        if (!w || w.units === 0n)
            continue;
        if (!p || w.units < 0n || p.units < 0n)
            return null;
        count = (0, decimal_1.add)(count, w);
        product = (0, decimal_1.add)(product, (0, decimal_1.mul)(w, p));
        scale = Math.max(scale, p.scale);
        averaged.push(row);
    }
    if (averaged.length < MIN_RANGES)
        return null;
    const average = (0, decimal_1.quotient)(product, count, scale + 4);
    // Each price is rounded, by half a unit of its last place at most, and so is their average; each
    // count too (`(in thousands)`), which moves the average by half a unit times its price's distance.
    let counts = decimal_1.ZERO;
    for (const row of averaged) {
        const w = row.cells[weights.index].value;
        counts = (0, decimal_1.add)(counts, (0, decimal_1.mul)((0, tolerance_1.halfUnit)(w.scale), (0, decimal_1.abs)((0, decimal_1.sub)(row.cells[price.index].value, average))));
    }
    return {
        count,
        price: average,
        slack: (0, decimal_1.add)((0, tolerance_1.halfUnit)(scale), (0, decimal_1.quotient)(counts, count, scale + 4)),
        rows: averaged,
    };
}
/**
 * Whether two counts of options are one: equal in units to the coarser's unit (`9,178` thousand and
 * 9,178,219), equal as printed (one table's scale note says thousands, the other's says nothing of
 * its options), or, as printed, one a thousandth of the other to its unit (a heading's `(in thousands)`).
 */
function sameCount(a, b) {
    const digits = (x) => (0, decimal_1.abs)(x.printed).units.toString().length;
    if (Math.min(digits(a), digits(b)) < MIN_DIGITS)
        return false;
    const unit = Math.max(a.table.scale?.exponent ?? 0, b.table.scale?.exponent ?? 0);
    if (within((0, statements_1.withScale)(a.printed, a.table), (0, statements_1.withScale)(b.printed, b.table), unit) || within(a.printed, b.printed, 0)) {
        return true;
    }
    const thousands = (x) => (0, decimal_1.decimal)(x.units * 1000n, x.scale);
    return within(thousands(a.printed), b.printed, 3) || within(a.printed, thousands(b.printed), 3);
}
/** Whether two figures are less than half a unit of 10^exponent apart (equal, for exponent 0). */
function within(x, y, exponent) {
    const gap = (0, decimal_1.abs)((0, decimal_1.sub)(x, y));
    return exponent === 0 ? gap.units === 0n : (0, decimal_1.cmp)(gap, (0, decimal_1.decimal)(5n * (0, decimal_1.pow10)(exponent - 1), 0)) <= 0;
}
/**
 * Whether the by-range table's price of the options is the activity table's: its total row's to the
 * coarser's places, or its ranges' average within that average's slack (a total row may misprint it).
 */
function samePrice(stated, byRange) {
    if (byRange.priceCell && (0, slips_1.sameFigure)(stated, byRange.price))
        return true;
    const a = byRange.averaged;
    return !!a && (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(stated, a.price)), (0, decimal_1.add)((0, tolerance_1.halfUnit)(stated.scale), a.slack)) <= 0;
}
/**
 * A table's options at a date, read once per table object (an edit elsewhere leaves them as they
 * are): a table by range of exercise prices states its total, an activity table its balances.
 */
const optionsOf = (0, memo_1.memoize)((table, lines) => {
    const ranges = (0, priceRanges_1.rangeRowsOf)(table, lines);
    return ranges.length >= MIN_RANGES
        ? { balances: [], totals: rangeTotalsOf(table, ranges, lines) }
        : { balances: balancesOf(table, lines), totals: [] };
});
/** The ties a table is one side of (the hover's and the export's). */
function optionPriceTiesOf(model, table) {
    return (0, exports.optionPriceTies)(model).filter((t) => t.at.table === table || t.byRange.table === table);
}
/** The ties between a document's activity tables and its tables of options by price; once per model. */
exports.optionPriceTies = (0, memo_1.memoize)((model) => {
    const balances = [];
    const totals = [];
    for (const table of model.tables) {
        if (pricedColumnsOf(table, model.lines).length === 0)
            continue;
        const options = optionsOf(table, model.lines);
        balances.push(...options.balances);
        totals.push(...options.totals);
    }
    const out = [];
    for (const at of balances) {
        for (const byRange of totals) {
            if (!sameCount(at, byRange))
                continue;
            out.push({ at: at, byRange, ok: samePrice(at.price, byRange) });
            break;
        }
    }
    return out;
});
//# sourceMappingURL=optionPrices.js.map