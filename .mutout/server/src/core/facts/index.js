"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.factsOf = exports.segmentOf = exports.roundingTolerance = exports.isHundred = exports.isExactColumn = exports.halfUnit = exports.shareMatches = exports.correctedPercentSum = exports.markedTotal = void 0;
/**
 * What a table's numbers say about each other, computed once per table and shared by checks,
 * summaries and fixes: column footings (by segment), which column each percent column is a share
 * of, and which single cell explains a footing that fails.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const footings_1 = require("./footings");
const shares_1 = require("./shares");
const relations_1 = require("./relations");
const crossFoot_1 = require("./crossFoot");
const weightedAverages_1 = require("./weightedAverages");
const periodChains_1 = require("./periodChains");
var footings_2 = require("./footings");
Object.defineProperty(exports, "markedTotal", { enumerable: true, get: function () { return footings_2.markedTotal; } });
var shares_2 = require("./shares");
Object.defineProperty(exports, "correctedPercentSum", { enumerable: true, get: function () { return shares_2.correctedPercentSum; } });
Object.defineProperty(exports, "shareMatches", { enumerable: true, get: function () { return shares_2.shareMatches; } });
var tolerance_1 = require("./tolerance");
Object.defineProperty(exports, "halfUnit", { enumerable: true, get: function () { return tolerance_1.halfUnit; } });
Object.defineProperty(exports, "isExactColumn", { enumerable: true, get: function () { return tolerance_1.isExactColumn; } });
Object.defineProperty(exports, "isHundred", { enumerable: true, get: function () { return tolerance_1.isHundred; } });
Object.defineProperty(exports, "roundingTolerance", { enumerable: true, get: function () { return tolerance_1.roundingTolerance; } });
var segments_1 = require("./segments");
Object.defineProperty(exports, "segmentOf", { enumerable: true, get: function () { return segments_1.segmentOf; } });
/** A table's facts, computed once per table object (unchanged pages keep their tables). */
exports.factsOf = (0, memo_1.memoize)(computeFacts);
function computeFacts(table) {
    const { footings: candidates, unchecked } = (0, footings_1.computeFootings)(table);
    const shares = (0, shares_1.inferShares)(table, candidates);
    attributeCulprits(candidates, shares);
    const footings = [];
    for (const f of candidates) {
        const doubt = (0, footings_1.doubtAbout)(f, table);
        if (doubt)
            unchecked.push({ column: f.column, total: f.total, why: doubt });
        else
            footings.push(f);
    }
    const relations = (0, relations_1.relationsOf)(table);
    attributeCrossFoots(relations, footings);
    attributeChains(table, footings, relations);
    return { footings, shares, unchecked, relations, weightedAverages: (0, weightedAverages_1.weightedAverages)(table, footings) };
}
/**
 * Names the cell to blame in each row where a relation fails (see crossFoot.ts). A cell that is also
 * the answer to a failing footing is marked on that footing, which reports it once; footings of the
 * same row that fail only because a relation carried the wrong figure into them are marked as
 * following from it (a total's `TOTAL = INTEREST + PRINCIPAL` with a wrong principal total).
 */
function attributeCrossFoots(relations, footings) {
    for (const relation of relations) {
        for (const failure of relation.fails) {
            const blame = (0, crossFoot_1.blameFor)(relation, failure, footings);
            failure.blame = blame ?? undefined;
            if (blame?.footing)
                blame.footing.crossFoot = { relation, failure };
        }
    }
    for (const relation of relations) {
        for (const failure of relation.fails) {
            const blame = failure.blame;
            if (!blame?.footing)
                continue;
            // Other relations that hold on the row with the blamed cell as a term carry it into their result.
            for (const other of relations) {
                if (other === relation || !other.holds.includes(blame.row))
                    continue;
                if (!other.terms.some((t) => t.column === blame.column))
                    continue;
                const f = footings.find((x) => !x.ok && x.column === other.result && x.total === blame.row && !x.crossFoot);
                if (f)
                    f.follows = { blame, relation: other };
            }
        }
    }
}
/**
 * Marks each failing footing that foots once a year's opening balance reads as the balance the year
 * before closed with, where that figure also makes the year roll forward (a cash-flow statement's
 * `Cash at beginning of year` is both a term of the footing and the roll-forward's opening balance;
 * a schedule's beginning balances are a column with a total): the chain names the figure, and FL105
 * reports it once. So are the relation failures of a schedule's row that the mend explains.
 */
function attributeChains(table, footings, relations) {
    const failing = footings.some((f) => !f.ok) || relations.some((r) => r.fails.length > 0);
    if (!failing)
        return;
    const mends = [];
    for (const chain of (0, periodChains_1.periodChainsOf)(table)) {
        if (chain.mends) {
            mends.push({
                chain,
                column: chain.later.index,
                row: chain.segment.open,
                open: chain.open.value,
                close: chain.close.value,
            });
        }
    }
    for (const chain of (0, periodChains_1.scheduleChainsOf)(table)) {
        if (!chain.mends)
            continue;
        mends.push({
            chain,
            column: chain.open.column,
            row: chain.later,
            open: chain.open.value,
            close: chain.close.value,
        });
        for (const r of relations)
            for (const f of r.fails)
                if (f.row === chain.later)
                    f.chained = true;
    }
    for (const m of mends) {
        for (const f of footings) {
            if (f.ok || f.column !== m.column)
                continue;
            const at = f.segment.indexOf(m.row);
            const sign = at < 0 ? 0 : f.signs[at];
            if (sign !== 1 && sign !== -1)
                continue;
            // The sum with the opening figure read as the year before's closing one.
            const change = (0, decimal_1.sub)(m.close, m.open);
            const computed = (0, decimal_1.add)(f.computed, sign === 1 ? change : (0, decimal_1.neg)(change));
            if ((0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(f.stated, computed)), f.tolerance) <= 0)
                f.chained = m.chain;
        }
    }
}
/** Marks, on each failing footing, the one body cell whose row's share explains the difference. */
function attributeCulprits(footings, shares) {
    // A failing footing whose difference one row's share explains: that row's base cell is wrong.
    for (const f of footings) {
        if (f.ok)
            continue;
        const diff = (0, decimal_1.sub)(f.computed, f.stated);
        for (const share of shares) {
            if (share.baseColumn !== f.column || !share.denominatorIsStatedTotal)
                continue;
            const candidates = share.rows.filter((sr) => {
                if (!f.segment.includes(sr.row))
                    return false;
                const base = sr.row.cells[f.column]?.value;
                if (!base)
                    return false;
                const corrected = (0, decimal_1.sub)(base, diff);
                return !sr.ok && (0, shares_1.shareMatches)(sr.stated, corrected, sr.denominator ?? share.denominator);
            });
            if (candidates.length === 1) {
                const sr = candidates[0];
                sr.explained = true;
                f.culprit = { row: sr.row, expected: (0, decimal_1.sub)(sr.row.cells[f.column].value, diff) };
            }
        }
    }
}
//# sourceMappingURL=index.js.map