"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.inferShares = inferShares;
exports.shareMatches = shareMatches;
exports.correctedPercentSum = correctedPercentSum;
/** Percent columns as shares of another column: which column, over which denominator, row by row. */
const decimal_1 = require("../decimal");
const tolerance_1 = require("./tolerance");
const statements_1 = require("./statements");
/** The share each percent column of the table is, where most of its rows say so. */
function inferShares(table, footings) {
    const shares = [];
    for (const column of table.columns) {
        if (column.kind !== 'percent')
            continue;
        const share = inferShare(table, column, footings);
        if (share)
            shares.push(share);
    }
    return shares;
}
/** |p - 100 * part / total| <= 0.5 * 10^-d, in exact integers. */
function shareMatches(p, part, total) {
    if (total.units <= 0n)
        return false;
    const s = Math.max(part.scale, total.scale);
    const a = (0, decimal_1.rescale)(part, s).units;
    const t = (0, decimal_1.rescale)(total, s).units;
    // |P/10^d - 100a/t| <= 1/(2*10^d)  <=>  |2*P*t - 200*a*10^d| <= t
    const d = (0, decimal_1.pow10)(p.scale);
    const lhs = 2n * p.units * t - 200n * a * d;
    return (lhs < 0n ? -lhs : lhs) <= t;
}
/** |p - 100 * part / total| < 10^-d: the share rounded up or down, as largest remainder may. */
function withinOneUnit(p, part, total) {
    if (total.units <= 0n)
        return false;
    const s = Math.max(part.scale, total.scale);
    const a = (0, decimal_1.rescale)(part, s).units;
    const t = (0, decimal_1.rescale)(total, s).units;
    const lhs = p.units * t - 100n * a * (0, decimal_1.pow10)(p.scale);
    return (lhs < 0n ? -lhs : lhs) < t;
}
/**
 * A heading that says a percent column holds changes (`% Change B/(W)`, `Percent increase/(decrease)`,
 * `Growth`): each row is its own rate, not a part of a whole, however its figures happen to match.
 */
const CHANGE_HEADER = /\b(?:change|changes|increase|decrease|growth|better|worse|inc\.?\s*\(dec)|\bb\/\(w\)/i;
/** Total rows tried as the whole a percent column is a share of: a statement's first few. */
const MAX_WHOLES = 6;
function inferShare(table, percent, footings) {
    if (CHANGE_HEADER.test(percent.header))
        return null;
    const bodyRows = table.rows.filter((r) => r.kind === 'body' && r.cells[percent.index]?.value);
    if (bodyRows.length === 0)
        return null;
    // The best base column and denominator are chosen on which rows match; only the chosen pair's
    // shares are then worked out (a division per row) for the rows' `computed`.
    let choice = null;
    let bestMatches = -1;
    for (const base of table.columns) {
        if (!(0, tolerance_1.isSummed)(base))
            continue;
        const candidates = [];
        // Each total row with a percent beside it may be the whole (`Total revenues` under `Total software
        // revenues`, where an income statement's percents are of all revenues); the rows choose.
        const totalRows = table.rows.filter((r) => r.kind === 'total' && r.cells[base.index]?.value && r.cells[percent.index]);
        const totalRow = totalRows[0];
        const footing = totalRow ? footings.find((f) => f.total === totalRow && f.column === base.index) : undefined;
        for (const r of totalRows.slice(0, MAX_WHOLES)) {
            candidates.push({ denominator: r.cells[base.index].value, stated: true });
        }
        if (footing && !footing.ok)
            candidates.push({ denominator: footing.computed, stated: false });
        if (!totalRow) {
            const values = bodyRows.map((r) => r.cells[base.index]?.value).filter((v) => !!v);
            candidates.push({ denominator: (0, decimal_1.sum)(values), stated: false });
        }
        // An income statement's `% of Sales` beside its costs, with no percent printed on `Net sales`
        // itself (Motorola's results of operations): its revenues line is the whole the rows choose.
        const revenues = (0, statements_1.tiedRow)(table, 'revenues');
        const sales = revenues?.cells[base.index]?.value;
        if (sales && !revenues.cells[percent.index]?.value)
            candidates.push({ denominator: sales, stated: true });
        const blocks = blockWholes(table, base, percent, footings);
        if (blocks)
            candidates.push({ denominator: totalRow.cells[base.index].value, stated: true, blocks });
        for (const cand of candidates) {
            if (cand.denominator.units <= 0n)
                continue;
            // Per body row with a base value, in order: whether its percent matches its share.
            const oks = [];
            let matches = 0;
            for (const row of bodyRows) {
                const part = row.cells[base.index]?.value;
                if (!part)
                    continue;
                const ok = shareMatches(row.cells[percent.index].value, part, wholeOf(row, base, cand));
                if (ok)
                    matches++;
                oks.push(ok);
            }
            // Prefer more matching rows; on a tie prefer amounts (pool tables weigh by balance) and the stated total.
            const score = matches * 4 + (base.kind === 'amount' ? 2 : 0) + (cand.stated ? 1 : 0);
            if (score > bestMatches) {
                bestMatches = score;
                choice = { base, denominator: cand.denominator, stated: cand.stated, oks, blocks: cand.blocks };
            }
        }
    }
    if (!choice)
        return null;
    const { base, denominator, oks, blocks } = choice;
    const rows = [];
    for (const row of bodyRows) {
        const part = row.cells[base.index]?.value;
        if (!part)
            continue;
        const cell = row.cells[percent.index];
        const whole = blocks?.get(row);
        const own = wholeOf(row, base, choice);
        rows.push({
            row,
            cell,
            stated: cell.value,
            computed: (0, decimal_1.percentOf)(part, own, cell.value.scale),
            ok: oks[rows.length],
            explained: false,
            ...(whole ? { denominator: own, whole } : {}),
        });
    }
    const best = {
        percentColumn: percent.index,
        baseColumn: base.index,
        denominator,
        denominatorIsStatedTotal: choice.stated,
        rows,
    };
    // A column rebalanced by largest remainder sums exactly to its 100% total, with some rows a unit
    // off their own rounding: a row within one unit of its exact share is right there. In a table of
    // blocks, each block is rebalanced to its own 100% (FedEx's U.S. plan assets, then its
    // international ones).
    for (const [totalRow, block] of wholesOf(table, percent, best.rows)) {
        const hundred = totalRow.cells[percent.index]?.value;
        if (!hundred || !(0, tolerance_1.isHundred)(hundred) || (0, decimal_1.cmp)((0, decimal_1.sum)(block.map((r) => r.stated)), hundred) !== 0)
            continue;
        for (const r of block) {
            if (!r.ok && withinOneUnit(r.stated, r.row.cells[best.baseColumn].value, r.denominator ?? best.denominator)) {
                r.ok = true;
            }
        }
    }
    // A statement rebalances each block to its subtotal the same way: the percents of the rows a
    // footing total adds (`Total operating expenses   62%` over its expenses) sum exactly to its percent.
    for (const f of footings) {
        if (!f.ok || f.column !== base.index)
            continue;
        const stated = f.total.cells[percent.index]?.value;
        if (!stated)
            continue;
        const byRow = new Map(best.rows.map((r) => [r.row, r]));
        const block = [];
        let blockSum = { units: 0n, scale: 0 };
        let complete = true;
        let terms = 0;
        f.segment.forEach((row, k) => {
            // Subtotals in the segment are not share rows of their own: their stated percent counts.
            const p = row.cells[percent.index]?.value ?? nilShare(row, percent, base, best.denominator, stated.scale);
            if (!p) {
                complete &&= f.signs[k] === 0 || !row.cells[base.index]?.value;
                return;
            }
            const r = byRow.get(row);
            if (r)
                block.push(r);
            terms++;
            const term = f.signs[k] === 0 ? (p.units < 0n ? p : (0, decimal_1.neg)(p)) : f.signs[k] < 0 ? (0, decimal_1.neg)(p) : p;
            blockSum = (0, decimal_1.sum)([blockSum, term]);
        });
        if (!complete || terms < 2 || (0, decimal_1.cmp)(blockSum, stated) !== 0)
            continue;
        for (const r of block) {
            if (!r.ok && withinOneUnit(r.stated, r.row.cells[best.baseColumn].value, r.denominator ?? best.denominator)) {
                r.ok = true;
            }
        }
    }
    // A percent column is a share of another column only if most rows say so, and two at least with a
    // figure that is not zero: 0.00% beside 0 matches any whole (a delinquency table's months, most of
    // them 0 in a bucket, with percents of the pool's balance, not of the bucket's months).
    const matches = best.rows.filter((r) => r.ok).length;
    const telling = best.rows.filter((r) => r.ok && r.row.cells[base.index].value.units !== 0n).length;
    if (telling < 2 || matches * 2 < best.rows.length)
        return null;
    return best;
}
/**
 * The share rows by the total row whose 100% they make up: in a table of blocks, each block's by its
 * own whole; otherwise all of them by the first total row with a percent.
 */
function wholesOf(table, percent, rows) {
    const out = new Map();
    const first = table.rows.find((r) => r.kind === 'total' && r.cells[percent.index]?.value);
    for (const r of rows) {
        const whole = r.whole ?? first;
        if (!whole)
            continue;
        const block = out.get(whole);
        if (block)
            block.push(r);
        else
            out.set(whole, [r]);
    }
    return out;
}
/**
 * A dash in the percent column beside a figure whose share rounds to nothing at the column's
 * decimals (FedEx's asset impairment charges, 21 of 75,304, 0.03%, printed `—` among tenths): a zero
 * the block's percents add, as the filer added it. Null for any other row.
 */
function nilShare(row, percent, base, denominator, scale) {
    const cell = row.cells[percent.index];
    const part = row.cells[base.index]?.value;
    if (!cell || !part || !(0, decimal_1.parseNumber)(cell.text)?.dash)
        return null;
    const zero = { units: 0n, scale };
    return shareMatches(zero, part, denominator) ? zero : null;
}
/**
 * A table of blocks each with its own whole: two or more total rows whose percent reads 100, each the
 * total of a footing of the base column that holds (a plan-assets table by asset class for 2021,
 * then the same for 2020, each block adding to its own total and 100%). Each body row of a block is
 * a share of its block's total, not of the first block's: the rows map to their block's total row.
 */
function blockWholes(table, base, percent, footings) {
    const wholes = table.rows.filter((r) => {
        const p = r.cells[percent.index]?.value;
        return r.kind === 'total' && !!p && (0, tolerance_1.isHundred)(p) && !!r.cells[base.index]?.value;
    });
    if (wholes.length < 2)
        return null;
    const out = new Map();
    for (const whole of wholes) {
        const f = footings.find((x) => x.ok && x.total === whole && x.column === base.index);
        if (!f)
            return null;
        for (const row of f.segment)
            if (!out.has(row))
                out.set(row, whole);
    }
    return out;
}
/** The whole a row is a share of under a candidate: its block's total, or the candidate's denominator. */
function wholeOf(row, base, cand) {
    const whole = cand.blocks?.get(row);
    return whole ? whole.cells[base.index].value : cand.denominator;
}
/**
 * The percent column's sum over `rows` (all its rows by default), each wrong row taken at its correct
 * value. A row of `rows` that is none of the share's (a subtotal a footing reads, Ford's `Total past
 * due` 1.0 over its three rows) counts at its printed percent.
 */
function correctedPercentSum(share, rows) {
    if (!rows)
        return (0, decimal_1.sum)(share.rows.map((r) => (r.ok || r.explained ? r.stated : r.computed)));
    const byRow = new Map(share.rows.map((r) => [r.row, r]));
    const terms = [];
    for (const row of rows) {
        const r = byRow.get(row);
        if (r)
            terms.push(r.ok || r.explained ? r.stated : r.computed);
        else {
            const printed = row.cells[share.percentColumn]?.value;
            if (printed)
                terms.push(printed);
        }
    }
    return (0, decimal_1.sum)(terms);
}
//# sourceMappingURL=shares.js.map