"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mispricedHoldings = mispricedHoldings;
exports.votingShort = votingShort;
/**
 * What the entries of a Form 13F information table say of one another, where one slip shows.
 *
 * **Voting authority.** An entry's voting authority columns (sole, shared, none) split its share
 * amount, so they add up to it; where nearly every entry of the table's does, one that does not is
 * a figure of the two misprinted (or voting authority left out), though which one is not known.
 *
 * **Prices.** Entries of one security (the same CUSIP, held under several
 * discretions or managers) are valued on the same date, so each entry's value over its share amount
 * is the security's price. Filers do value some entries otherwise (restricted shares held through a
 * fund, at cost), so a different price alone proves nothing. Two slips do show, because they leave
 * the prices in a relation no valuation gives by chance:
 *
 * - **values swapped** between the two entries of a security: each entry's value over the other's
 *   share amount gives one and the same price (GLOBESPAN: 312,180 for 134,660 shares and 16,437 for
 *   2,557,545, where 16,437 / 134,660 and 312,180 / 2,557,545 are both $122.06);
 * - **a digit lost or added**: one entry's price is ten times (or a tenth of) the price its other
 *   entries agree on, two at least (CISCO: 14,754 for 2,670,458 shares, $5.52, beside $55.23 and
 *   $55.25).
 *
 * Each value is rounded to its last place (a thousand dollars), so a price is an interval: the value a
 * whole unit either side, over the share amount. Prices agree when their intervals meet.
 */
const decimal_1 = require("../decimal");
/** The price interval of `value` over `shares`, the value a unit of its last place either side, times `factor`. */
function priceOf(value, shares, factor = 1n) {
    const num = value.units * (0, decimal_1.pow10)(shares.scale);
    const unit = (0, decimal_1.pow10)(shares.scale);
    return { low: (num - unit) * factor, high: (num + unit) * factor, den: shares.units * (0, decimal_1.pow10)(value.scale) };
}
/** Whether two price intervals meet (a/b <= c/d as a*d <= c*b: denominators are positive). */
function meet(a, b) {
    return a.low * b.den <= b.high * a.den && b.low * a.den <= a.high * b.den;
}
function allMeet(prices) {
    for (let i = 0; i < prices.length; i++) {
        for (let j = i + 1; j < prices.length; j++)
            if (!meet(prices[i], prices[j]))
                return false;
    }
    return true;
}
/** The entries of a summary's information table whose values one slip sets apart from their security's other entries. */
function mispricedHoldings(summary) {
    const bySecurity = new Map();
    for (const e of summary.rows) {
        const h = e.holding;
        // An option's value is not the security's; a value or amount of nothing gives no price.
        if (!h || h.option || h.shares.units <= 0n || e.value.units <= 0n)
            continue;
        const key = `${h.cusip} ${h.unit}`;
        const group = bySecurity.get(key);
        if (group)
            group.push(e);
        else
            bySecurity.set(key, [e]);
    }
    const out = [];
    for (const group of bySecurity.values()) {
        if (group.length < 2)
            continue;
        const prices = group.map((e) => priceOf(e.value, e.holding.shares));
        if (allMeet(prices))
            continue;
        if (group.length === 2) {
            const [a, b] = group;
            // Each value over the other's share amount: one price, as if the two values had been swapped.
            if (meet(priceOf(a.value, b.holding.shares), priceOf(b.value, a.holding.shares))) {
                out.push({ kind: 'swapped', first: a, second: b });
            }
            continue;
        }
        for (let k = 0; k < group.length; k++) {
            const others = group.filter((_, j) => j !== k);
            const otherPrices = prices.filter((_, j) => j !== k);
            if (!allMeet(otherPrices))
                continue;
            const e = group[k];
            for (const tenfold of [true, false]) {
                // The entry's price ten times over (its value lost a digit) or a tenth (it gained one).
                const p = tenfold
                    ? priceOf(e.value, e.holding.shares, 10n)
                    : priceOf(e.value, { ...e.holding.shares, units: e.holding.shares.units * 10n });
                if (otherPrices.every((q) => meet(p, q))) {
                    out.push({ kind: 'digit', entry: e, others, tenfold });
                    break;
                }
            }
        }
    }
    return out;
}
/** Fewer entries with voting authority than this do not show that the table's voting columns add up. */
const MIN_VOTING = 10;
/**
 * The entries whose voting authority does not add up to their share amount, where nine in ten of
 * the table's entries that print voting authority, MIN_VOTING at least, do; and how many do.
 */
function votingShort(summary) {
    let printed = 0;
    const short = [];
    for (const e of summary.rows) {
        const v = e.holding?.voting;
        if (!v)
            continue;
        printed++;
        if ((0, decimal_1.cmp)(v.sum, e.holding.shares) !== 0)
            short.push(e);
    }
    const adding = printed - short.length;
    if (printed < MIN_VOTING || adding * 10 < printed * 9)
        return { short: [], adding };
    return { short, adding };
}
//# sourceMappingURL=holdingEntries.js.map