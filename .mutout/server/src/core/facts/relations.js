"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.relationsOf = exports.TOTAL_HEADER = void 0;
exports.findRelations = findRelations;
/**
 * Cross-footing: relations between a table's columns that hold across its rows, found from the rows
 * themselves (`TOTAL = INTEREST + PRINCIPAL`, `Change = 2004 - 2003`, `Ending = Beginning - Principal
 * + Accretion`, `Total = Segment A + ... + Segment E`). A relation is believed only when it holds,
 * exactly or within the rounding of its figures, on several rows whose figures are not zero and not
 * alike, and fails on at most two; the rows where it fails are what the cross-foot check reports.
 *
 * The search is bounded: a column is the sum, with signs, of at most three others (for n numeric
 * columns, n * (C(n-1,2)*4 + C(n-1,3)*8) candidates, 8,160 at the cap of 10 columns), or of a run
 * of four or more adjacent columns beside it, all added; a relation that fails on some rows may then
 * take up to two more columns that make those rows hold (a deferred-interest column that is zero on
 * every row but one). Each candidate is first tried on three pivot rows, so nearly all are
 * dropped after one to three additions; figures are whole numbers of units at the column's finest
 * scale, exact in a double up to 2^53 (a table with larger figures is not searched).
 */
const decimal_1 = require("../decimal");
const tolerance_1 = require("./tolerance");
const memo_1 = require("../memo");
const footings_1 = require("./footings");
/** At most this many numeric columns are searched (the leftmost ones). */
const MAX_COLUMNS = 10;
/** At most this many extra terms an extension adds (before it, at most three: see eachCandidate). */
const MAX_EXTRA = 2;
/** A believed relation fails on at most this many rows, and on at most a third of its rows. */
const MAX_FAILURES = 2;
/** The largest whole number a double holds exactly, halved for sums of a few terms. */
const SAFE = 2 ** 51;
/**
 * The evidence (see evidence()) a relation needs, in powers of ten: one that holds on every row, 3
 * (it is only listed as verified); one that fails on a row, whose failure may be reported, 6.5.
 * Measured on the corpus: coincidences (a table in billions to one decimal, ratios of earnings)
 * scored 3.0 to 6.4; relations that fail where filings are wrong scored 9 (Symantec's purchase
 * prices) to 62 (Pfizer's savings plan). A failure is reported only where a slip explains it, which
 * chance makes rarer still.
 */
const MIN_EVIDENCE = 3;
const MIN_EVIDENCE_FAILING = 6.5;
/** Columns whose figures can be related: counts with counts, amounts and other numbers together. */
function relatable(c) {
    return (c.kind === 'count' || c.kind === 'amount' || c.kind === 'number') && !c.range;
}
function gridOf(table) {
    const columns = table.columns.filter(relatable).slice(0, MAX_COLUMNS);
    if (columns.length < 3)
        return null;
    const rows = summableRows(table);
    if (rows.length < 3)
        return null;
    const scales = columns.map((c) => {
        let s = 0;
        for (const r of rows) {
            const v = r.cells[c.index]?.value;
            if (v && v.scale > s)
                s = v.scale;
        }
        return s;
    });
    const exact = columns.map((c) => (0, tolerance_1.isExactColumn)(table, c, rows.map((r) => r.cells[c.index]).filter((x) => x !== undefined)));
    const values = [];
    const halves = [];
    const blank = [];
    for (const row of rows) {
        const vs = [];
        const hs = [];
        const bs = [];
        for (let i = 0; i < columns.length; i++) {
            const c = columns[i];
            const cell = row.cells[c.index];
            const unread = row.unread.some((u) => u.column === c.index);
            bs.push(cell === undefined && !unread);
            // A nil dash (`--`, `$ -`) is a zero: an equity statement's movements have them in most columns.
            const v = cell?.value ?? (cell && (0, decimal_1.parseNumber)(cell.text)?.dash ? decimal_1.ZERO : undefined);
            // A percent in a column of amounts is a ratio of its row (a margin, a change on the year), not a
            // part of a sum across it: a segment table's `Pre-tax income margin` row does not add to its total.
            if (!v || unread || scales[i] - v.scale > 15 || cell.text.includes('%')) {
                vs.push(NaN);
                hs.push(0);
                continue;
            }
            const units = Number(v.units) * 10 ** (scales[i] - v.scale);
            if (Math.abs(units) > SAFE)
                return null;
            vs.push(units);
            // Figures finer than cents (factors per $1,000, rates) are rounded, as are unit-scaled ones.
            hs.push(exact[i] && v.scale <= 2 ? 0 : 0.5 * 10 ** (scales[i] - v.scale));
        }
        values.push(vs);
        halves.push(hs);
        blank.push(bs);
    }
    const families = columns.map((c) => (c.kind === 'count' ? 0 : 1));
    // A column of movements that moves nothing (`Charged to Other Accounts`, a dash on every row of a
    // Schedule II) is no term of the relation its headers state: the rest must hold without it.
    const nil = (i) => values.every((row) => row[i] === 0 || row[i] !== row[i]);
    const stated = headerStated(columns)
        .map(([k, by]) => [{ result: k.result, terms: k.terms.filter((t) => !nil(t.i)) }, by])
        .filter(([k]) => k.terms.length >= 2);
    return {
        columns,
        rows,
        values,
        halves,
        scales,
        families,
        blank,
        stated: stated.length > 0 ? new Map(stated.map((s) => [keyOf(s[0]), s])) : null,
    };
}
/**
 * Per-share figures under a heading (`Net income per share:` then `Basic`, `Diluted`), or named so
 * (`EPS` under ADP's net earnings and average shares, basic and diluted side by side).
 */
const PER_SHARE_ROW = /^(?:basic|diluted|primary|fully\s+diluted|assuming\s+dilution)\b|\bEPS\b/i;
/**
 * A ratio of one thing to another, named so: `Screens per theatre`, `Revenue per available room`,
 * `Sales per square foot`. Not `as per` (according to), `per cent`, a rate the label quotes
 * (`Cash dividends of $0.48 per common share`, an amount) or words in parentheses.
 */
const PER_SOMETHING_ROW = /(?<!\bas\s|\$\s?[\d.,]*\d\s)\bper\s+(?!cent\b)[a-z]/i;
const PARENTHESES = /\([^()]*\)/g;
/**
 * The rows that can keep a relation: body rows and totals. Per-share and average rows (by their
 * label or the heading over them) do not add across quarters or segments any more than down a column.
 */
function summableRows(table) {
    const out = [];
    let underRatio = false;
    for (const r of table.rows) {
        if (r.kind === 'heading') {
            underRatio = footings_1.NOT_A_SUM_LABEL.test(r.label);
            continue;
        }
        if (underRatio || footings_1.NOT_A_SUM_LABEL.test(r.label) || PER_SHARE_ROW.test(r.label))
            continue;
        // AMC's `Screens per theatre` (13.1 in the U.S., 8.0 abroad, 11.2 in all) is no sum of segments.
        if (PER_SOMETHING_ROW.test(r.label.replace(PARENTHESES, '')))
            continue;
        out.push(r);
    }
    return out;
}
/** Whether the terms are a run of adjacent columns beside the result, all added (however the search came to it). */
function isRun(k) {
    if (k.terms.length < 4 || k.terms.some((t) => t.sign < 0))
        return false;
    const cols = k.terms.map((t) => t.i).sort((a, b) => a - b);
    const contiguous = cols.every((c, j) => j === 0 || c === cols[j - 1] + 1);
    return contiguous && (cols[0] === k.result + 1 || cols[cols.length - 1] === k.result - 1);
}
/** Whether the candidate holds on row r: 1 holds, 0 fails, -1 not every figure read. */
function holdsOn(g, k, r) {
    const row = g.values[r];
    const sr = g.scales[k.result];
    let sum = 0;
    let slack = g.halves[r][k.result];
    let mixed = false;
    for (const t of k.terms) {
        const v = row[t.i];
        if (v !== v)
            return -1;
        // Terms at another scale or of another family than the result: not compared (a count beside amounts).
        if (g.scales[t.i] !== sr || g.families[t.i] !== g.families[k.result])
            mixed = true;
        sum += t.sign * v;
        slack += g.halves[r][t.i];
    }
    const v = row[k.result];
    if (v !== v || mixed)
        return -1;
    return Math.abs(v - sum) <= slack ? 1 : 0;
}
/**
 * A row is strong evidence for a relation when it is a sum, not an equality (two or more of its
 * terms are not zero), and its result is not small beside the rounding: a chance sum of small or
 * zero figures proves nothing.
 */
function strongOn(g, k, r) {
    const row = g.values[r];
    const v = Math.abs(row[k.result]);
    const slack = g.halves[r][k.result];
    if (v === 0 || (slack === 0 ? v < 100 : v < 100 * slack))
        return false;
    // Two figures of one size may cancel (`34.0 = 34.0 - 34.0 + 34.0`): the sum must be of distinct figures.
    const seen = new Set([v]);
    for (const t of k.terms) {
        const x = Math.abs(row[t.i]);
        if (x === 0)
            continue;
        if (seen.has(x))
            return false;
        seen.add(x);
    }
    return seen.size >= 3;
}
function evaluate(g, k, maxFails) {
    const holds = [];
    const fails = [];
    for (let r = 0; r < g.rows.length; r++) {
        const h = holdsOn(g, k, r);
        if (h === 1)
            holds.push(r);
        else if (h === 0) {
            fails.push(r);
            if (fails.length > maxFails)
                return null;
        }
    }
    return { k, holds, fails };
}
/**
 * Whether the rows where it holds make the relation believable: at least three, two of them strong
 * and not alike, every column not zero on two of them (one column may be on one only: a deferred
 * interest paid on one class), and at most two failures, no more than a third of the rows it was
 * tried on.
 */
function believable(g, e) {
    // A relation the headers state is the filer's: two rows that hold make it, one may fail, and one
    // that fails needs no more evidence than one that holds throughout (a schedule in millions, its
    // figures of two or three digits, holds by less than its rounding allows by chance).
    const stated = g.stated !== null && e.holds.length >= 2 && e.fails.length <= 1 ? statedBy(g, e.k) : undefined;
    if (!stated &&
        (e.holds.length < 3 || e.fails.length > MAX_FAILURES || e.fails.length * 3 > e.holds.length + e.fails.length)) {
        return false;
    }
    const tuples = new Set();
    for (const r of e.holds) {
        if (!strongOn(g, e.k, r))
            continue;
        tuples.add(e.k.terms.map((t) => g.values[r][t.i]).join(','));
    }
    if (tuples.size < 2)
        return false;
    const needed = e.fails.length > 0 && !totalOfItsLeft(g, e.k) && !stated ? MIN_EVIDENCE_FAILING : MIN_EVIDENCE;
    if (evidence(g, e) < needed)
        return false;
    // Headers that sign each column vouch for it, figures or none (a pension change of nil two years of
    // three); a roll-forward's headers name its ends only, and each movement must show on the rows.
    if (stated === 'signs')
        return !alike(g, e);
    let once = 0;
    // A run's inner columns are in it by their place (a tradename column between the components of a
    // purchase price): the ends, figures on both sides, vouch for them.
    const sorted = e.k.terms.map((t) => t.i).sort((a, b) => a - b);
    const inner = isRun(e.k) ? new Set(sorted.slice(1, -1)) : new Set();
    for (const i of [e.k.result, ...e.k.terms.map((t) => t.i)]) {
        if (inner.has(i))
            continue;
        let nonZero = 0;
        for (const r of e.holds)
            if (g.values[r][i] !== 0)
                nonZero++;
        if (nonZero === 0 || (nonZero === 1 && ++once > 1))
            return false;
    }
    return !alike(g, e);
}
/**
 * Whether the relation is the one a table's header states: a column headed as a total, the sum of
 * all the columns from the first numeric one up to it (`UNITED STATES  ALL OTHER  TOTAL`, `Online
 * Offline  Consolidated`). The filer
 * says so; the rows need not prove it beyond chance, only hold, and a failing row is still reported
 * only where one slip explains it.
 */
function totalOfItsLeft(g, k) {
    // Whichever column the search took as the result: the coefficients, the total's opposite to the rest.
    const v = vectorOf(g.columns.length, k);
    const members = v.flatMap((x, i) => (x !== 0 ? [i] : []));
    const total = members[members.length - 1];
    if (!exports.TOTAL_HEADER.test(g.columns[total].header))
        return false;
    return members.every((i, j) => i === j && (i === total || v[i] === -v[total]));
}
/**
 * The relations a table's headers state, two ways:
 * - with signs: a column they start from, then columns headed `Minus:` or `Less:` (taken off) and
 *   `Plus:` or `Add:` (added), then the column they come to, unmarked. A pay-versus-performance
 *   table's `Reported Summary Compensation Table Total`, `Minus: Reported Value of Equity Awards`,
 *   `Minus: Reported Change in Pension Value`, `Plus: Equity Award Adjustments`, `Compensation
 *   Actually Paid`;
 * - as a roll-forward: a column headed as the balance at the beginning, one to four columns of
 *   movements, then one headed as the balance at the end (Schedule II's `Balance at Beginning of
 *   Period`, `Charged to Costs and Expenses`, `Deductions`, `Balance at End of Period`). The
 *   movements' signs are not said (deductions are printed either way): each way is a candidate,
 *   and the rows tell which holds.
 */
function headerStated(columns) {
    const out = [];
    const signs = columns.map((c) => signOfHeader(c.header));
    const first = signs.findIndex((x) => x !== 0);
    if (first >= 1) {
        let last = first;
        while (last + 1 < signs.length && signs[last + 1] !== 0)
            last++;
        const result = last + 1;
        if (result < signs.length && last > first) {
            const terms = [{ i: first - 1, sign: 1 }];
            for (let i = first; i <= last; i++)
                terms.push({ i, sign: signs[i] });
            out.push([{ result, terms }, 'signs']);
        }
    }
    const begin = columns.findIndex((c) => namesBalance(c.header, BEGINNING, BEGINNING_OF));
    const end = columns.findIndex((c) => namesBalance(c.header, END, END_OF));
    const moves = end - begin - 1;
    if (begin >= 0 && moves >= 1 && moves <= MAX_MOVES) {
        for (let mask = 0; mask < 1 << moves; mask++) {
            const terms = [{ i: begin, sign: 1 }];
            for (let j = 0; j < moves; j++)
                terms.push({ i: begin + 1 + j, sign: mask & (1 << j) ? -1 : 1 });
            out.push([{ result: end, terms }, 'balances']);
        }
    }
    return out;
}
/** A roll-forward across columns has at most this many columns of movements between its balances. */
const MAX_MOVES = 4;
/**
 * Whether a header names a balance at one end of a period: `balance` and then the end's word
 * (`Balance at Beginning of Period`, `BALANCE AT END OF YEAR`), or the end of the period alone
 * (`Beginning of Year`). Read in two steps: one pattern with `balance.*beginning` backtracks on a
 * header of many `balance`s.
 */
function namesBalance(header, word, ofPeriod) {
    const h = header.toLowerCase();
    const at = h.indexOf('balance');
    return (at >= 0 && word.test(h.slice(at))) || ofPeriod.test(h);
}
const BEGINNING = /\bbeginning\b/;
const END = /\bend\b/;
const BEGINNING_OF = /\bbeginning\s+of\s+(?:the\s+)?(?:period|year)\b/;
const END_OF = /\bend\s+of\s+(?:the\s+)?(?:period|year)\b/;
/** How the headers state a candidate (headerStated), whichever column the search took as the result; undefined if they do not. */
function statedBy(g, k) {
    return g.stated?.get(keyOf(k))?.[1];
}
/** The sign a column's header says its figures are taken with: `Minus:`, `Less:` -1; `Plus:`, `Add:` +1; else 0. */
function signOfHeader(header) {
    const word = SIGN_WORD.exec(header);
    if (!word)
        return 0;
    return /^(?:minus|less|deduct)/i.test(word[1]) ? -1 : 1;
}
const SIGN_WORD = /^\W*(minus|less|deduct|plus|add)\b/i;
/**
 * Headers that name a column the sum of the ones before it: `Total`, and a segment or pro forma
 * table's `Consolidated` or `Combined` (`Online  Offline  Consolidated`).
 */
exports.TOTAL_HEADER = /\b(?:totals?|consolidated|combined)\b/i;
/**
 * How unlikely the relation is to hold by chance, in powers of ten: each strong row where it holds
 * adds log10(spread / window), the window being the spread rounding allows (one unit for exact
 * figures), and the spread the smaller of the result and the least difference between two figures
 * on either side of the equation. Columns of like figures (an interest-rate sensitivity table's
 * scenarios, 2,440 2,426 2,411 ...) make a sum with signs of a few units whichever columns are
 * taken: the spread, and the evidence, are then small. Cents in the millions add about 8 a row; a
 * table in billions to one decimal, 1 or 2.
 */
function evidence(g, e) {
    const members = [{ i: e.k.result, side: -1 }, ...e.k.terms.map((t) => ({ i: t.i, side: t.sign }))];
    let sum = 0;
    for (const r of e.holds) {
        if (!strongOn(g, e.k, r))
            continue;
        const row = g.values[r];
        let spread = Math.abs(row[e.k.result]);
        for (const a of members) {
            for (const b of members) {
                // Figures on either side of Σ side·x = 0: one's slip could be taken up by the other.
                if (a.side !== -b.side || row[a.i] === 0 || row[b.i] === 0)
                    continue;
                spread = Math.min(spread, Math.abs(row[a.i] - row[b.i]));
            }
        }
        let slack = g.halves[r][e.k.result];
        for (const t of e.k.terms)
            slack += g.halves[r][t.i];
        if (spread > 0)
            sum += Math.max(0, Math.log10(spread / Math.max(1, 2 * slack)));
    }
    return sum;
}
/**
 * Whether two columns of the relation are equal (or opposite) on every row where it holds: then it
 * says no more than that they are alike (`TOTAL - INTEREST` is zero where no principal was paid, so
 * any relation may add it), and it holds by coincidence.
 */
function alike(g, e) {
    const members = [e.k.result, ...e.k.terms.map((t) => t.i)];
    for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) {
            const i = members[a];
            const j = members[b];
            if (e.holds.every((r) => Math.abs(g.values[r][i]) === Math.abs(g.values[r][j])))
                return true;
        }
    }
    return false;
}
/** The candidate as a key that does not depend on which column is taken as the result. */
function keyOf(k) {
    const signed = [[k.result, 1], ...k.terms.map((t) => [t.i, -t.sign])].sort((a, b) => a[0] - b[0]);
    const flip = signed[0][1];
    return signed.map(([i, s]) => `${i}${s * flip > 0 ? '+' : '-'}`).join('');
}
/** Three rows to try each candidate on first: those with the most figures read and not zero. */
function pivots(g) {
    const scored = g.rows.map((_, r) => {
        let n = 0;
        for (const v of g.values[r])
            if (v === v && v !== 0)
                n++;
        return { r, n };
    });
    scored.sort((a, b) => b.n - a.n || a.r - b.r);
    return scored.slice(0, 3).map((s) => s.r);
}
/** Whether result = Σ signs·terms holds on any of the pivot rows, without building the candidate. */
function onPivots(g, pv, result, terms, signs) {
    for (const r of pv) {
        const row = g.values[r];
        const halves = g.halves[r];
        const v = row[result];
        // A pivot row is evidence only as a sum: its result and two terms not zero (zeros make any
        // candidate hold, and most would pass for nothing).
        if (v !== v || v === 0)
            continue;
        let sum = 0;
        let slack = halves[result];
        let read = true;
        let nonZero = 0;
        for (let j = 0; j < terms.length; j++) {
            const x = row[terms[j]];
            if (x !== x) {
                read = false;
                break;
            }
            if (x !== 0)
                nonZero++;
            sum += signs[j] * x;
            slack += halves[terms[j]];
        }
        if (read && nonZero >= 2 && Math.abs(v - sum) <= slack)
            return true;
    }
    return false;
}
/**
 * Every candidate within the bound that holds on a pivot row, passed to `visit`: a result and two or
 * three terms of its scale and family, with every sign; or a run of four or more adjacent columns
 * beside it, all added. Nothing is built for the candidates the pivots drop.
 */
function eachCandidate(g, pv, visit) {
    const n = g.columns.length;
    const signs2 = [
        [1, 1],
        [1, -1],
        [-1, 1],
        [-1, -1],
    ];
    const signs3 = signs2.flatMap((s) => [
        [...s, 1],
        [...s, -1],
    ]);
    const pair = [0, 0];
    const triple = [0, 0, 0];
    for (let result = 0; result < n; result++) {
        const others = [];
        for (let i = 0; i < n; i++) {
            if (i !== result && g.scales[i] === g.scales[result] && g.families[i] === g.families[result])
                others.push(i);
        }
        for (let a = 0; a < others.length; a++) {
            for (let b = a + 1; b < others.length; b++) {
                pair[0] = others[a];
                pair[1] = others[b];
                for (const s of signs2) {
                    if (!onPivots(g, pv, result, pair, s))
                        continue;
                    visit({
                        result,
                        terms: [
                            { i: pair[0], sign: s[0] },
                            { i: pair[1], sign: s[1] },
                        ],
                    });
                }
                for (let c = b + 1; c < others.length; c++) {
                    triple[0] = others[a];
                    triple[1] = others[b];
                    triple[2] = others[c];
                    for (const s of signs3) {
                        if (!onPivots(g, pv, result, triple, s))
                            continue;
                        visit({ result, terms: triple.map((i, j) => ({ i, sign: s[j] })) });
                    }
                }
            }
        }
        // A run of four or more adjacent columns beside the result, all added (segments and their total).
        for (let len = 4; len < n; len++) {
            for (const from of [result - len, result + 1]) {
                if (from < 0 || from + len > n)
                    continue;
                const run = Array.from({ length: len }, (_, j) => from + j);
                if (onPivots(g, pv, result, run, new Array(len).fill(1))) {
                    visit({ result, terms: run.map((i) => ({ i, sign: 1 })) });
                }
            }
        }
    }
}
/**
 * A relation failing on some rows, with up to two more columns that make those rows hold and break
 * none that held: the columns a relation leaves out because they are zero on most rows. One column
 * at a time, or, where no one column mends a row, two together: a fair-value table's netting
 * (`Effect of Counterparty Netting` and `Effect of Collateral Netting`, both on its derivative rows
 * alone) mends them only jointly.
 */
function extend(g, e) {
    let best = e;
    let added = 0;
    while (added < MAX_EXTRA && best.fails.length > 0) {
        const used = new Set([best.k.result, ...best.k.terms.map((t) => t.i)]);
        const free = [];
        for (let i = 0; i < g.columns.length; i++)
            if (!used.has(i))
                free.push(i);
        let next = null;
        const tryTerms = (terms) => {
            const tried = evaluate(g, { result: best.k.result, terms: [...best.k.terms, ...terms] }, best.fails.length - 1);
            if (!tried || tried.holds.length < best.holds.length)
                return;
            if (!next || tried.fails.length < next.fails.length)
                next = tried;
        };
        for (const i of free)
            for (const sign of SIGNS)
                tryTerms([{ i, sign }]);
        if (!next && added + 2 <= MAX_EXTRA) {
            for (let a = 0; a < free.length; a++) {
                for (let b = a + 1; b < free.length; b++) {
                    for (const sa of SIGNS) {
                        for (const sb of SIGNS) {
                            tryTerms([
                                { i: free[a], sign: sa },
                                { i: free[b], sign: sb },
                            ]);
                        }
                    }
                }
            }
        }
        if (!next)
            break;
        added = next.k.terms.length - e.k.terms.length;
        best = next;
    }
    return best;
}
const SIGNS = [1, -1];
/**
 * The relations a table's rows show, once per table object: the table's facts (cross-footing) and a
 * schedule's chains down its year rows (periodChains.ts) both read them.
 */
exports.relationsOf = (0, memo_1.memoize)(findRelations);
/** The relations a table's rows show; [] when it has fewer than three numeric columns or rows. */
function findRelations(table) {
    const g = gridOf(table);
    if (!g)
        return [];
    const pv = pivots(g);
    const seen = new Set();
    const found = [];
    // Relations that fail on a row and are too short to be believed alone: a parallel may vouch for them.
    const short = [];
    // Rows a candidate may fail on before it is dropped: more than a believed one, for extension.
    const tolerated = Math.max(MAX_FAILURES, Math.floor(g.rows.length / 2));
    eachCandidate(g, pv, (k) => {
        const key = keyOf(k);
        if (seen.has(key))
            return;
        seen.add(key);
        const e = evaluate(g, k, tolerated);
        if (!e)
            return;
        const best = e.fails.length > 0 ? extend(g, e) : e;
        if (best !== e) {
            const key2 = keyOf(best.k);
            if (seen.has(key2))
                return;
            seen.add(key2);
        }
        if (believable(g, best))
            found.push(best);
        else if (best.fails.length === 1)
            short.push(best);
    });
    // The relations the headers state, tried whatever the pivots found: a slip on a pivot row hides them.
    if (g.stated !== null) {
        for (const [key, [k]] of g.stated) {
            if (seen.has(key))
                continue;
            seen.add(key);
            // One failing row at most: a schedule that prints its deductions one way one year and the other
            // way the next (ADP's 1998 Schedule II) holds no one relation, whatever its headers say.
            const e = evaluate(g, k, 1);
            if (e && believable(g, e))
                found.push(e);
        }
    }
    for (const e of short)
        if (vouchedFor(g, e, found))
            found.push(e);
    const believed = found.filter((e) => e.fails.length === 0 || !shadowOf(g, e, found));
    // Worked out only for a table with a relation that fails somewhere: most fail nowhere.
    let sections;
    return minimal(g, believed).map((e) => {
        const read = withBlankRows(g, e);
        return toRelation(g, read.fails.length === 0 ? read : withinSections(table, g, (sections ??= sectionsOf(table, g)), read));
    });
}
/**
 * The section of each of the grid's rows: the table's rows run on from one heading row to the next.
 * A table that carries two blocks under one set of column headings (Ally's supplement: a debt
 * maturity profile over its years, then its deposits over the quarters, printed with no headings of
 * their own) relates each block's columns its own way.
 */
function sectionsOf(table, g) {
    const of = new Map();
    let section = 0;
    for (const r of table.rows) {
        if (r.kind === 'heading')
            section++;
        else
            of.set(r, section);
    }
    return g.rows.map((r) => of.get(r) ?? -1);
}
/**
 * The relation without the rows it fails on in a section where it holds on no row and whose
 * figures fill other columns than any row it holds on: it is a property of the rows it was found on,
 * and says nothing of another block's (Ally's `Consolidated remaining maturities`, six figures by
 * year above the heading of deposits, seven figures each, that change by the quarter). A row of the
 * same columns is one of its own rows, whatever heading stands over it (Adobe's `Reported results of
 * operations` over `Write-off of acquired in-process research and development:` and its items).
 */
function withinSections(table, g, sections, e) {
    const held = new Set(e.holds.map((r) => sections[r]));
    const shapes = new Set(e.holds.map((r) => shapeOf(table, g.rows[r])));
    const fails = e.fails.filter((r) => held.has(sections[r]) || shapes.has(shapeOf(table, g.rows[r])));
    return fails.length === e.fails.length ? e : { k: e.k, holds: e.holds, fails };
}
/** Which of the table's columns of figures a row prints something in (a figure, a dash), as a key. */
function shapeOf(table, row) {
    let key = '';
    for (const c of table.columns)
        if (c.kind !== 'label')
            key += row.cells[c.index] ? '1' : '0';
    return key;
}
/**
 * A believed relation tried also on the rows that print nothing in some of its columns, those
 * columns read as nil: an equity statement prints each movement under the columns it moves and
 * leaves the others blank (Autodesk's 1997 translation adjustment, `(20,518)` under its own column
 * and `(20,818)` under the total, blank under the others). The rows are taken where the relation
 * holds on more of them than it fails, and fails on no more rows in all than a believed relation
 * may, with the evidence a failing one needs; else a blank stays unread, as a column that prints
 * only some rows need not be nil on the others.
 */
function withBlankRows(g, e) {
    const holds = [];
    const fails = [];
    const v = vectorOf(g.columns.length, e.k);
    const members = v.flatMap((x, i) => (x !== 0 ? [i] : []));
    const result = resultOf(g, v, members);
    for (let r = 0; r < g.rows.length; r++) {
        const h = holdsWithBlanks(g, v, members, result, r);
        if (h === 1)
            holds.push(r);
        else if (h === 0)
            fails.push(r);
    }
    if (holds.length === 0 && fails.length === 0)
        return e;
    if (fails.length > 0) {
        const failing = e.fails.length + fails.length;
        if (fails.length >= holds.length || failing > MAX_FAILURES)
            return e;
        if (evidence(g, e) < MIN_EVIDENCE_FAILING)
            return e;
    }
    const byRow = (a, b) => a - b;
    return { k: e.k, holds: [...e.holds, ...holds].sort(byRow), fails: [...e.fails, ...fails].sort(byRow) };
}
/**
 * Whether the relation (Σ v·columns = 0 over `members`, making up `result`) holds on row `r` with
 * its blank columns read as nil (1 or 0), where it could not be tried as printed: the column it
 * makes up printed, one other at least, every other blank. -1 where the row is no such row.
 */
function holdsWithBlanks(g, v, members, result, r) {
    const row = g.values[r];
    if (row[result] !== row[result])
        return -1;
    const sr = g.scales[result];
    let sum = 0;
    let slack = 0;
    let printed = 0;
    let blanks = 0;
    for (const i of members) {
        if (g.scales[i] !== sr || g.families[i] !== g.families[result])
            return -1;
        const x = row[i];
        if (x !== x) {
            if (!g.blank[r][i])
                return -1;
            blanks++;
            continue;
        }
        printed++;
        sum += v[i] * x;
        slack += g.halves[r][i];
    }
    if (blanks === 0 || printed < 2)
        return -1;
    return Math.abs(sum) <= slack ? 1 : 0;
}
/**
 * Whether a relation that fails somewhere is another believed relation, one that holds on every
 * row, plus a remainder that holds by chance. Tesla's cash and investments table: `Fair
 * Value = Cash Equivalents + Short-Term Investments` holds on every row; `Adjusted Cost = Gains +
 * Cash Equivalents + Short-Term Investments` is that relation with `Adjusted Cost - Gains` for `Fair
 * Value`, and held on six rows within the rounding only because the gains and losses between cost
 * and fair value were a few millions. Where they were larger, it failed, and no figure slipped: the
 * failure is the remainder's (`Adjusted Cost = Gains + Fair Value`), a coincidence of small figures.
 * A remainder that is itself a relation (two true relations combined) is not one.
 */
function shadowOf(g, e, found) {
    const n = g.columns.length;
    const mine = vectorOf(n, e.k);
    for (const f of found) {
        // A relation holding on every row: one that fails somewhere may be a coincidence itself.
        if (f.fails.length > 0 || !e.fails.every((r) => holdsOn(g, f.k, r) === 1))
            continue;
        const theirs = vectorOf(n, f.k);
        const rows = e.holds.filter((r) => f.holds.includes(r));
        for (const s of [1, -1]) {
            const rest = mine.map((x, i) => x - s * theirs[i]);
            // Only a combination that cancels a shared column leaves a remainder smaller than the two.
            if (!mine.some((x, i) => x !== 0 && rest[i] === 0))
                continue;
            if (byChance(g, rest, rows))
                return true;
        }
    }
    return false;
}
/**
 * Whether the remainder Σ v·columns = 0 holds on the rows by chance: it has too little evidence, and
 * it is not a relation of its own. A relation of its own holds exactly on every row, its figures not
 * all zero nor two columns alike (`Fair Value = Adjusted Cost + Gains + Losses`: 480 = 485 + 1 - 6,
 * while the coincidence `Adjusted Cost = Gains + Fair Value` is 5,136 against 5,137 and 6,995
 * against 6,997, within the rounding); a column of zeros (a relation leaving out a column that is
 * zero where it holds, `Eliminations`) or two columns equal on every row (gross carrying amounts
 * unchanged from one year to the next) is no relation.
 */
function byChance(g, v, rows) {
    if (remainderEvidence(g, v, rows) >= MIN_EVIDENCE)
        return false;
    const members = v.flatMap((c, i) => (c !== 0 ? [i] : []));
    const exact = rows.every((r) => members.reduce((sum, i) => sum + v[i] * g.values[r][i], 0) === 0);
    const zeros = rows.every((r) => members.every((i) => g.values[r][i] === 0));
    const equal = (i, j) => rows.every((r) => Math.abs(g.values[r][i]) === Math.abs(g.values[r][j]));
    const alikePair = members.some((i, a) => members.slice(a + 1).some((j) => equal(i, j)));
    return !exact || zeros || alikePair;
}
/**
 * evidence() for Σ coefficients·columns = 0 with any coefficients (a remainder may double a column),
 * on the given rows: a row counts where three distinct figures of it are not zero and the largest is
 * at least a hundred times the rounding window; it adds log10(spread / window), the spread being the
 * largest figure or the least difference between two figures on opposite sides, if less.
 */
function remainderEvidence(g, v, rows) {
    const members = v.flatMap((c, i) => (c !== 0 ? [i] : []));
    let sum = 0;
    for (const r of rows) {
        const row = g.values[r];
        let slack = 0;
        let largest = 0;
        const seen = new Set();
        if (members.some((i) => row[i] !== row[i]))
            continue;
        for (const i of members) {
            slack += Math.abs(v[i]) * g.halves[r][i];
            const x = Math.abs(v[i] * row[i]);
            if (x !== 0)
                seen.add(x);
            largest = Math.max(largest, x);
        }
        if (seen.size < 3 || largest < 100 * Math.max(1, slack))
            continue;
        let spread = largest;
        for (const a of members) {
            for (const b of members) {
                if (Math.sign(v[a]) !== -Math.sign(v[b]) || row[a] === 0 || row[b] === 0)
                    continue;
                spread = Math.min(spread, Math.abs(Math.abs(v[a]) * row[a] - Math.abs(v[b]) * row[b]));
            }
        }
        if (spread > 0)
            sum += Math.max(0, Math.log10(spread / Math.max(1, 2 * slack)));
    }
    return sum;
}
/**
 * Whether a relation that fails on one row, and holds on too few to be believed alone, is the same
 * relation as one believed in another group of columns: its columns shifted by one offset, headed
 * alike but for their years (`External revenues 1993 = Total revenues 1993 - Intersegment revenues
 * 1993` beside the same for 1992 and 1991, each holding on every row). A segment table of three
 * rows and a total has few rows to believe a relation by, and a slip in one of them leaves two: the
 * parallel relations, read the same way, vouch for it. It must still hold on a strong row and on
 * one row more, and with the parallel's, have the evidence a failing relation needs.
 */
function vouchedFor(g, e, found) {
    if (e.holds.length < 2 || !e.holds.some((r) => strongOn(g, e.k, r)) || alike(g, e))
        return false;
    const own = evidence(g, e);
    const n = g.columns.length;
    const mine = vectorOf(n, e.k);
    for (const f of found) {
        if (f.fails.length > 0 || f.k.terms.length !== e.k.terms.length)
            continue;
        const d = f.k.result - e.k.result;
        if (d === 0)
            continue;
        // Each of its columns, shifted by d, in the other with the same coefficient and headed alike.
        const theirs = vectorOf(n, f.k);
        const parallel = mine.every((x, i) => x === 0 || (theirs[i + d] === x && headedAlike(g, i, i + d)));
        if (parallel && own + evidence(g, f) >= MIN_EVIDENCE_FAILING)
            return true;
    }
    return false;
}
/**
 * Whether two columns' headers say the same but for their years (`Total revenues 1993`, `... 1992`);
 * one may carry words of the title or a heading read into it before those (`REVENUES For the years
 * ended December 31 Total revenues 1993`).
 */
function headedAlike(g, a, b) {
    const bare = (i) => g.columns[i].header
        .replace(/\b(?:19|20)\d\d\b/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const [x, y] = [bare(a), bare(b)];
    return x.length >= y.length ? x.endsWith(y) : y.endsWith(x);
}
/** Coefficients of a relation over the grid's columns: the result -1, each term its sign. */
function vectorOf(n, k) {
    const v = new Array(n).fill(0);
    v[k.result] = -1;
    for (const t of k.terms)
        v[t.i] = t.sign;
    return v;
}
/**
 * The relations not implied by smaller ones: with `A = B + C` and `D = A + E` believed, `D = B + C + E`
 * follows and says nothing more. A relation whose coefficients are the sum or difference of two kept
 * ones (fewer failures or fewer columns first) is dropped; so is one with the same columns as a kept one.
 */
function minimal(g, found) {
    const n = g.columns.length;
    const size = (e) => e.k.terms.length;
    found.sort((a, b) => a.fails.length - b.fails.length || size(a) - size(b) || b.holds.length - a.holds.length);
    const kept = [];
    const same = (a, b, s) => a.every((x, i) => x === s * b[i]);
    for (const e of found) {
        const v = vectorOf(n, e.k);
        let implied = false;
        for (let i = 0; i < kept.length && !implied; i++) {
            if (same(v, kept[i].v, 1) || same(v, kept[i].v, -1))
                implied = true;
            for (let j = i + 1; j < kept.length && !implied; j++) {
                for (const s of [1, -1]) {
                    const combo = kept[i].v.map((x, c) => x + s * kept[j].v[c]);
                    if (same(v, combo, 1) || same(v, combo, -1))
                        implied = true;
                }
            }
        }
        // Two relations over the same columns that differ in a sign: columns that are zero or equal.
        if (!implied) {
            const cols = v.map((x) => x !== 0).join();
            if (kept.some((k) => k.v.map((x) => x !== 0).join() === cols))
                implied = true;
        }
        if (!implied)
            kept.push({ e, v });
    }
    return kept.map((k) => k.e);
}
/** Header words that say a column is made of others: it is written as the result. */
const RESULT_HEADER = /\b(?:total|totals|net|change|increase|decrease|variance|ending|end|current|combined|consolidated|pro\s+forma)\b/i;
/**
 * The relation written with its most telling column on the left: a column headed as a total, a
 * change or an ending balance; else the one whose sign differs from all others (`A = B + C`); else
 * the rightmost.
 */
function toRelation(g, e) {
    const v = vectorOf(g.columns.length, e.k);
    const members = v.flatMap((x, i) => (x !== 0 ? [i] : []));
    const result = resultOf(g, v, members);
    // result = Σ terms: with Σ v_i x_i = 0, x_result = Σ (-v_i / v_result) x_i.
    const terms = members
        .filter((i) => i !== result)
        .map((i) => ({ column: g.columns[i].index, sign: (-v[i] / v[result]) }));
    const sr = g.scales[result];
    const resultColumn = g.columns[result].index;
    const fails = e.fails.map((r) => {
        const row = g.rows[r];
        let computed = 0;
        for (const t of terms) {
            // A blank term is nil (see withBlankRows).
            const x = g.values[r][g.columns.findIndex((c) => c.index === t.column)];
            if (x === x)
                computed += t.sign * x;
        }
        let slack = 0;
        for (const i of members)
            slack += g.halves[r][i];
        return {
            row,
            stated: (0, decimal_1.decimal)(BigInt(g.values[r][result]), sr),
            computed: (0, decimal_1.decimal)(BigInt(computed), sr),
            tolerance: (0, decimal_1.decimal)(BigInt(Math.round(slack * 10)), sr + 1),
        };
    });
    return { result: resultColumn, terms, holds: e.holds.map((r) => g.rows[r]), fails, evidence: evidence(g, e) };
}
/** The column a relation (Σ v·columns = 0, over `members`) is written to make up (see pick). */
function resultOf(g, v, members) {
    const lone = members.filter((i) => members.filter((j) => v[j] === v[i]).length === 1);
    const headed = members.filter((i) => RESULT_HEADER.test(g.columns[i].header));
    return pick(members, lone, headed);
}
/** A headed column that is also the lone-signed one; else a headed one; else the lone one; else the rightmost. */
function pick(members, lone, headed) {
    const both = headed.filter((i) => lone.includes(i));
    if (both.length > 0)
        return both[both.length - 1];
    if (headed.length > 0)
        return headed[headed.length - 1];
    if (lone.length === 1)
        return lone[0];
    return members[members.length - 1];
}
//# sourceMappingURL=relations.js.map