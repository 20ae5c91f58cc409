"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.productsOf = void 0;
exports.productSlip = productSlip;
/**
 * Products across a row: a column that is two others multiplied (`Proceeds = Shares x Price`, in
 * an insider-sales table; `Cost = Shares x Exercise price`), possibly in thousands or millions of the
 * factors' unit. Found from the rows as sums are (relations.ts), and believed the same way: the
 * product holds, within the rounding of its three figures, on at least MIN_HOLDS rows whose factors
 * are not all alike and where rounding is small beside the figure, and fails on at most MAX_FAILURES
 * rows and a third of them. By chance a product lands within a cent-wide interval on three rows
 * practically never.
 *
 * The search: each numeric column as the result, each pair of the others as factors, each of three
 * units (the product as it is, in thousands, in millions): for n columns (at most MAX_COLUMNS),
 * n * C(n-1, 2) * 3 candidates, 1,080 at the cap; each is tried on the first rows first, with
 * doubles, and a candidate that passes is checked exactly with the figures' units.
 */
const decimal_1 = require("../decimal");
const slips_1 = require("./slips");
const memo_1 = require("../memo");
const footings_1 = require("./footings");
/** At most this many numeric columns are searched (the leftmost ones). */
const MAX_COLUMNS = 10;
/** A product is believed once it holds on this many rows at least. */
const MIN_HOLDS = 3;
/** It fails on at most this many rows, and on at most a third of its rows. */
const MAX_FAILURES = 2;
/**
 * The screen looks at this many rows at most: a table of thousands of rows, most of them blank in
 * the columns tried (a 13F table, a 5 MB HTML table), costs each of its 1,080 candidates no more.
 */
const MAX_SCREENED = 400;
/** The units a product may be printed in: as is, in thousands, in millions of the factors' unit. */
const UNITS = [0, 3, 6];
function multipliable(c) {
    return (c.kind === 'count' || c.kind === 'amount' || c.kind === 'number') && !c.range;
}
/** Rows whose figures may be multiplied: not ratios or per-share lines. */
function rowsOf(table) {
    const out = [];
    for (const r of table.rows)
        if (r.kind !== 'heading' && !footings_1.NOT_A_SUM_LABEL.test(r.label))
            out.push(r);
    return out;
}
/**
 * How a row's figures stand against the product: 'holds', 'fails', or null where a figure is missing
 * or zero, or rounding alone could swallow a hundredth of the result (the row says nothing).
 */
function test(result, a, b, unit) {
    if (result.units <= 0n || a.units <= 0n || b.units <= 0n)
        return null;
    // Whole units at scale S, the finer of the exact product's and the result's; the result is
    // printed in 10^unit of the factors' unit, so it is compared times 10^unit.
    const scale = Math.max(a.scale + b.scale, result.scale);
    const up = (0, decimal_1.pow10)(scale - a.scale - b.scale);
    const product = a.units * b.units * up;
    const stated = result.units * (0, decimal_1.pow10)(scale - result.scale + unit);
    // Half a unit of each factor's last place carried through the product (|a| hb + |b| ha), and
    // half a unit of the result's.
    const tolerance = ((a.units + b.units) * up + (0, decimal_1.pow10)(scale - result.scale + unit)) / 2n + 1n;
    if (tolerance * 100n > stated)
        return null;
    const diff = product > stated ? product - stated : stated - product;
    const divisor = (0, decimal_1.pow10)(scale - result.scale + unit);
    const computed = (0, decimal_1.decimal)((product + divisor / 2n) / divisor, result.scale);
    return {
        verdict: diff <= tolerance ? 'holds' : 'fails',
        computed,
        exact: (0, decimal_1.decimal)(product, scale + unit),
        tolerance: (0, decimal_1.decimal)(tolerance, scale + unit),
    };
}
/** A table's products across its rows, worked out once per table object. */
exports.productsOf = (0, memo_1.memoize)((table) => {
    const columns = table.columns.filter(multipliable).slice(0, MAX_COLUMNS);
    if (columns.length < 3)
        return [];
    const rows = rowsOf(table);
    if (rows.length < MIN_HOLDS)
        return [];
    const at = (r, c) => r.cells[c.index]?.value ?? null;
    const float = (d) => (d ? Number(d.units) / 10 ** d.scale : NaN);
    const values = rows.map((r) => columns.map((c) => float(at(r, c))));
    const out = [];
    for (let ri = 0; ri < columns.length; ri++) {
        for (let ai = 0; ai < columns.length; ai++) {
            for (let bi = ai + 1; bi < columns.length; bi++) {
                if (ai === ri || bi === ri)
                    continue;
                for (const unit of UNITS) {
                    const found = tryProduct(rows, values, columns, ri, ai, bi, unit, at);
                    if (found)
                        out.push(found);
                }
            }
        }
    }
    // One product per result column, the one that holds on most rows: a column repeated beside
    // another (shares sold, and the options exercised for them) gives a second reading of it.
    const best = new Map();
    for (const p of out) {
        const kept = best.get(p.result);
        if (!kept || p.holds.length > kept.holds.length)
            best.set(p.result, p);
    }
    return [...best.values()];
});
function tryProduct(rows, values, columns, ri, ai, bi, unit, at) {
    // A screen with doubles: a row with all three figures whose product misses by more than 2% ends
    // the candidate's first look unless MIN_HOLDS rows hold before MAX_FAILURES + 1 miss.
    let near = 0;
    let far = 0;
    const scale = 10 ** unit;
    const screened = Math.min(values.length, MAX_SCREENED);
    for (let k = 0; k < screened && near < MIN_HOLDS; k++) {
        const r = values[k][ri];
        const a = values[k][ai];
        const b = values[k][bi];
        if (!(r > 0 && a > 0 && b > 0))
            continue;
        if (Math.abs(a * b - r * scale) <= 0.02 * r * scale)
            near++;
        else if (++far > MAX_FAILURES)
            return null;
    }
    if (near < MIN_HOLDS)
        return null;
    const holds = [];
    const fails = [];
    const factorsSeen = new Set();
    const aSeen = new Set();
    const bSeen = new Set();
    for (const row of rows) {
        const result = at(row, columns[ri]);
        const a = at(row, columns[ai]);
        const b = at(row, columns[bi]);
        if (!result || !a || !b)
            continue;
        const t = test(result, a, b, unit);
        if (!t)
            continue;
        if (t.verdict === 'fails') {
            fails.push({ row, stated: result, computed: t.computed, exact: t.exact, tolerance: t.tolerance });
        }
        else {
            holds.push(row);
            // A factor of one in the product's unit (a face of $1,000 in a table per $1,000) makes the
            // result the other factor: the row shows no product.
            if (!isOne(a, unit) && !isOne(b, unit)) {
                factorsSeen.add(`${a.units}/${a.scale} ${b.units}/${b.scale}`);
                aSeen.add(a.units * (0, decimal_1.pow10)(8 - a.scale));
                bSeen.add(b.units * (0, decimal_1.pow10)(8 - b.scale));
            }
        }
    }
    // Rows that repeat one pair of factors say one thing once; a factor that never changes makes the
    // result a multiple of the other (a proportion, which other columns may keep as well).
    if (factorsSeen.size < MIN_HOLDS ||
        aSeen.size < 2 ||
        bSeen.size < 2 ||
        fails.length > MAX_FAILURES ||
        fails.length * 3 > holds.length + fails.length) {
        return null;
    }
    return { result: columns[ri].index, factors: [columns[ai].index, columns[bi].index], unit, holds, fails };
}
/** Whether a figure is exactly 10^unit: one, in the product's unit. */
function isOne(d, unit) {
    return d.units === (0, decimal_1.pow10)(d.scale + unit);
}
/**
 * The slip that explains a failing row: the result printed with one digit changed, two adjacent
 * digits transposed, or a digit dropped or doubled, from a figure within the product's rounding
 * (the figure printed at first: 362,981,000 for 17,969,000 × $20.20 = 362,973,800), the nearest
 * such figure where several are.
 */
function productSlip(f) {
    const digits = (f.stated.units < 0n ? -f.stated.units : f.stated.units).toString();
    const candidates = new Set();
    for (let i = 0; i < digits.length; i++) {
        for (let d = 0; d <= 9; d++)
            candidates.add(digits.slice(0, i) + String(d) + digits.slice(i + 1));
        if (i + 1 < digits.length)
            candidates.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
        candidates.add(digits.slice(0, i) + digits.slice(i + 1));
        candidates.add(digits.slice(0, i) + digits[i] + digits.slice(i));
        for (let d = 0; d <= 9; d++)
            candidates.add(digits.slice(0, i) + String(d) + digits.slice(i));
    }
    let best = null;
    for (const c of candidates) {
        if (c === digits || c === '' || (c.length > 1 && c[0] === '0'))
            continue;
        const intended = (0, decimal_1.decimal)(BigInt(c), f.stated.scale);
        const off = (0, decimal_1.abs)((0, decimal_1.sub)(intended, f.exact));
        if ((0, decimal_1.cmp)(off, f.tolerance) > 0)
            continue;
        const kind = (0, slips_1.slipBetween)(f.stated, intended);
        if (kind && (!best || (0, decimal_1.cmp)(off, best.off) < 0))
            best = { kind, intended, off };
    }
    return best && { kind: best.kind, intended: best.intended };
}
//# sourceMappingURL=products.js.map