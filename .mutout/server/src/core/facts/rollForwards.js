"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rollForwardsOf = void 0;
exports.tie = tie;
exports.coarse = coarse;
/**
 * Roll-forwards down a table: an opening balance plus the movements below it equals the closing
 * balance (`Balance at beginning of year`, provision, charge-offs, recoveries, `Balance at end of
 * year`; `BALANCES, December 31, 1995`, the year's changes, `BALANCES, December 31, 1996`; options
 * outstanding at the start, granted, exercised, cancelled, outstanding at the end), and the chain
 * across periods (one block's closing balance is the next block's opening one, in the same column).
 *
 * Balance rows are told by their labels; the rows between two of them are the movements. Which way
 * the movements add (as printed, or with the decreases their labels name subtracted; with unruled
 * subtotals such as `Net charge-offs` standing for the rows above them or not) is decided once per
 * table: the reading that ties the most segments. A failing segment is then weighed as footing
 * weighs a total: the same reading must tie elsewhere in the table, and one figure printed with a
 * slip must account for every failure of its column.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const columns_1 = require("../parse/columns");
const body_1 = require("../parse/body");
const footings_1 = require("./footings");
const slips_1 = require("./slips");
const tolerance_1 = require("./tolerance");
const balanceRows_1 = require("./balanceRows");
const NONE = { segments: [], ties: [], failures: [] };
/** A heading between a closing row and the next block's opening one that names a period, not another account. */
const PERIOD_HEADING = /^(?:fiscal )?(?:year|period|quarter|month)s?\b/i;
const YEAR_IN = /\b(?:19|20)\d\d\b/;
/**
 * A closing row and the next opening one are one balance printed twice when their labels say the
 * same but for the end of the period (`Outstanding at end of year`, `Outstanding at beginning of
 * year`): not when the opening row names another account (`FOREIGN CURRENCY TRANSLATION
 * ADJUSTMENTS Balance at beginning of year`).
 */
function sameBalance(close, open) {
    const key = (label) => label
        .toLowerCase()
        .replace(/\b(?:beginning|begin|start|starting|opening|end|ending|close|closing)\b/g, '')
        .replace(/[^a-z]+/g, '');
    return key(close) === key(open);
}
/** A net change printed right above the opening balance it moves (cash-flow statements). */
const NET_CHANGE = /\b(?:increase|decrease|change)\b/i;
function rawSegments(table) {
    const out = [];
    let last;
    let between = [];
    // Headings between a closing row and an opening one: only a period's (`1996`) keeps the chain.
    let otherHeading = false;
    for (const row of table.rows) {
        if (row.kind === 'heading') {
            const heading = (0, balanceRows_1.labelWords)(row.label);
            if (!PERIOD_HEADING.test(heading) && !YEAR_IN.test(heading))
                otherHeading = true;
            continue;
        }
        const role = (0, balanceRows_1.balanceRole)(row.label);
        if (role === 'info')
            continue;
        if (role === null) {
            between.push(row);
            continue;
        }
        if (last?.netAbove && last.role === 'open' && role === 'close' && between.length === 0) {
            // `Net increase in cash` above `Cash at beginning of year`, then `Cash at end of year`: the
            // change printed before the balance it moves.
            out.push({ kind: 'roll', open: last.row, close: row, between: [last.netAbove] });
        }
        else if (last) {
            if (last.role === 'close' && role === 'open') {
                if (between.length === 0 && !otherHeading && sameBalance(last.row.label, row.label)) {
                    out.push({ kind: 'chain', open: last.row, close: row, between: [] });
                }
            }
            else if (last.role !== 'close' && role !== 'open' && between.length > 0) {
                out.push({ kind: 'roll', open: last.row, close: row, between });
            }
        }
        const above = between[between.length - 1];
        const netAbove = role === 'open' && above && NET_CHANGE.test((0, balanceRows_1.labelWords)(above.label)) ? above : undefined;
        last = { row, role, netAbove };
        between = [];
        otherHeading = false;
    }
    return out;
}
/** The columns a roll-forward adds in: counts and amounts whose header says nothing against it. */
function rolledColumns(table) {
    return table.columns.filter((c) => (0, tolerance_1.isSummed)(c) && !c.range && (0, footings_1.columnNotAdding)(table, c) === null);
}
function figure(row, column) {
    const cell = row.cells[column];
    return cell?.value && !cell.percent ? cell : undefined;
}
/**
 * Finding unruled subtotals sums runs of rows above each row, quadratic in the rows: it is tried on
 * blocks up to this long, as footing does (a year's movements are far fewer).
 */
const MAX_COLLAPSE_ROWS = 80;
function readSegment(raw, columns, choice) {
    const movements = raw.between;
    const signs = movements.map((r) => ((0, body_1.isDeduction)(r.label) || (choice.labelled && (0, balanceRows_1.decreases)(r.label)) ? 0 : 1));
    const collapse = choice.collapsed && movements.length <= MAX_COLLAPSE_ROWS;
    const hidden = collapse ? subtotalled(movements, columns) : new Set();
    return { kind: raw.kind, open: raw.open, close: raw.close, movements, signs, hidden };
}
/**
 * The figures of movements that an unruled subtotal right below them adds up, column by column: a
 * subtotal may stand for its rows in some columns only (`Comprehensive income` in the Total column,
 * its items in theirs). A run is taken only when it has two figures or more that are not zero.
 */
function subtotalled(rows, columns) {
    const hidden = new Set();
    for (let i = 2; i < rows.length; i++) {
        const row = rows[i];
        const cols = columns.filter((c) => figure(row, c.index)?.value.units);
        if (cols.length === 0)
            continue;
        const sums = cols.map(() => decimal_1.ZERO);
        const nonZero = cols.map(() => 0);
        for (let n = 1; n <= i; n++) {
            const above = rows[i - n];
            cols.forEach((c, k) => {
                const cell = figure(above, c.index);
                if (!cell || hidden.has(cell))
                    return;
                sums[k] = (0, decimal_1.add)(sums[k], cell.value);
                if (cell.value.units !== 0n)
                    nonZero[k]++;
            });
            // Every column, or all but one of three or more, or one of two where the other misses by a
            // slip: a slip in one figure of the run or in the subtotal (the one a finding is to name) does
            // not hide the subtotal it belongs to (Intel's net increase in cash, one column of two slipped).
            const ties = cols.map((c, k) => nonZero[k] >= 2 && (0, decimal_1.cmp)(sums[k], row.cells[c.index].value) === 0);
            const equal = ties.filter(Boolean).length;
            const slipped = cols.length === 2 &&
                equal === 1 &&
                cols.every((c, k) => ties[k] || (nonZero[k] >= 2 && (0, slips_1.slipBetween)(row.cells[c.index].value, sums[k]) !== null));
            if (n >= 2 && (equal === cols.length || (cols.length >= 3 && equal === cols.length - 1) || slipped)) {
                for (let m = 1; m <= n; m++) {
                    for (const c of cols) {
                        const cell = figure(rows[i - m], c.index);
                        if (cell)
                            hidden.add(cell);
                    }
                }
                break;
            }
        }
    }
    return hidden;
}
/** A segment in one column, with figures substituted (`instead`) to try a slip; null when it cannot be read. */
function tie(table, segment, column, instead) {
    const c = column.index;
    const openCell = figure(segment.open, c);
    const closeCell = figure(segment.close, c);
    if (!openCell || !closeCell)
        return null;
    const value = (cell) => instead?.get(cell) ?? cell.value;
    let computed = value(openCell);
    const cells = [openCell];
    let moving = 0;
    for (let i = 0; i < segment.movements.length; i++) {
        const row = segment.movements[i];
        // A movement whose figure could not be read leaves the segment unread.
        if (row.unread.some((u) => u.column === c))
            return null;
        const cellFigure = figure(row, c);
        if (!cellFigure || segment.hidden.has(cellFigure))
            continue;
        const v = value(cellFigure);
        cells.push(cellFigure);
        if (v.units !== 0n)
            moving++;
        const sign = segment.signs[i];
        computed = sign > 0 ? (0, decimal_1.add)(computed, v) : (0, decimal_1.sub)(computed, (0, decimal_1.abs)(v));
    }
    const stated = value(closeCell);
    const exact = segment.kind === 'chain' || (0, tolerance_1.addsExactly)(table, column, cells, stated);
    const tolerance = exact ? decimal_1.ZERO : (0, tolerance_1.roundingTolerance)(stated.scale, cells);
    const ok = (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(stated, computed)), tolerance) <= 0;
    // A tie says something only on a movement and a balance that are not zero, in figures large
    // enough for their rounding not to cover a slip (`$18` among five whole-dollar prices ties by 2.5).
    const nonTrivial = segment.kind === 'roll' && moving > 0 && stated.units !== 0n && !coarse(stated, tolerance);
    return { segment, column: c, stated, computed, tolerance, ok, nonTrivial };
}
/** Figures whose rounding allowance is more than a fiftieth of the balance: too coarse to tell a slip from rounding. */
function coarse(stated, tolerance) {
    if (tolerance.units === 0n)
        return false;
    const fifty = { units: tolerance.units * 50n, scale: tolerance.scale };
    return (0, decimal_1.cmp)(fifty, (0, decimal_1.abs)(stated)) > 0;
}
function tiesOf(table, segments, columns) {
    const out = [];
    for (const column of columns) {
        for (const s of segments) {
            const t = tie(table, s, column);
            if (t)
                out.push(t);
        }
    }
    return out;
}
/** The figures of a segment in a column, each with the sign it is added with (the closing one last, as -1). */
function termsOf(segment, column) {
    const out = [];
    const open = figure(segment.open, column);
    if (open)
        out.push({ row: segment.open, cell: open, sign: 1 });
    segment.movements.forEach((row, i) => {
        const cell = figure(row, column);
        if (cell && !segment.hidden.has(cell))
            out.push({ row, cell, sign: segment.signs[i] });
    });
    const close = figure(segment.close, column);
    if (close)
        out.push({ row: segment.close, cell: close, sign: -1 });
    return out;
}
/**
 * The figures of a column whose slip would explain a failing segment, each with what it would read:
 * one digit, a transposition, a dropped or doubled digit, or a lost sign.
 */
function slipCandidates(f) {
    const out = [];
    const meant = (0, footings_1.meantValues)(f.computed, f.tolerance, f.stated.scale);
    for (const term of termsOf(f.segment, f.column)) {
        const v = term.cell.value;
        for (const m of meant) {
            // The closing figure is meant to read the sum; any other figure holds the difference.
            const expected = term.sign === -1 ? m : (0, slips_1.intendedTerm)({ value: v, sign: term.sign > 0 ? 1 : 0 }, f.stated, m);
            if ((0, decimal_1.cmp)(expected, v) === 0)
                continue;
            const kind = v.units !== 0n && (0, decimal_1.cmp)(expected, (0, decimal_1.neg)(v)) === 0 ? 'sign' : (0, slips_1.slipBetween)(v, expected);
            if (kind) {
                out.push({ row: term.row, cell: term.cell, kind, expected });
                break;
            }
        }
    }
    return out;
}
/** The table's roll-forwards, once per table object. */
exports.rollForwardsOf = (0, memo_1.memoize)(computeRollForwards);
function computeRollForwards(table) {
    // Most tables have no balance rows at all: the labels say so before anything is added up.
    if (!table.rows.some((r) => r.kind !== 'heading' && (0, balanceRows_1.balanceRole)(r.label) !== null))
        return NONE;
    const raws = rawSegments(table);
    if (!raws.some((r) => r.kind === 'roll'))
        return NONE;
    const columns = rolledColumns(table);
    if (columns.length === 0)
        return NONE;
    // The reading that ties the most segments; the plainer one wins ties.
    let best;
    for (const choice of [
        { labelled: false, collapsed: false },
        { labelled: false, collapsed: true },
        { labelled: true, collapsed: false },
        { labelled: true, collapsed: true },
    ]) {
        if (choice.labelled && !raws.some((r) => r.between.some((row) => (0, balanceRows_1.decreases)(row.label))))
            continue;
        const segments = raws.map((r) => readSegment(r, columns, choice));
        if (choice.collapsed && segments.every((s) => s.hidden.size === 0))
            continue;
        const ties = tiesOf(table, segments, columns);
        const score = ties.filter((t) => t.ok && t.nonTrivial).length;
        if (!best || score > best.score)
            best = { segments, ties, score };
    }
    const { segments, ties } = best;
    return { segments, ties, failures: weigh(table, columns, ties) };
}
/** The failing segments, each with its slip (if one figure explains its column's failures) and what confirms it. */
function weigh(table, columns, ties) {
    const failing = ties.filter((t) => !t.ok);
    if (failing.length === 0)
        return [];
    const tied = ties.filter((t) => t.ok && t.nonTrivial);
    const failingColumns = new Set(failing.map((t) => t.column)).size;
    const out = [];
    for (const column of columns) {
        const mine = ties.filter((t) => t.column === column.index);
        const fails = mine.filter((t) => !t.ok);
        if (fails.length === 0)
            continue;
        // A slip explains the column when that one figure, corrected, makes every segment of it tie.
        const candidates = new Map();
        for (const f of fails)
            for (const c of slipCandidates(f))
                if (!candidates.has(c.cell))
                    candidates.set(c.cell, c);
        const explaining = [...candidates.values()].filter((c) => {
            const instead = new Map([[c.cell, c.expected]]);
            return mine.every((t) => tie(table, t.segment, column, instead)?.ok ?? true);
        });
        const slip = explaining.length === 1 ? explaining[0] : acrossTheRow(table, columns, ties, explaining);
        for (const f of fails) {
            const doubt = crossedOut(f, failing) ?? rowMissed(f, failing) ?? (slip ? undefined : misreadingShown(f, columns, tied));
            const byColumns = tied.some((t) => t.segment === f.segment && t.column !== f.column);
            const byBlocks = tied.some((t) => t.column === f.column && t.segment !== f.segment);
            const likeBeside = tied.some((t) => t.segment === f.segment && t.column !== f.column && likeColumns(f, t.column));
            out.push({
                ...f,
                doubt,
                leftOut: leftOutAbove(table, f),
                slip,
                shape: slip?.kind ?? explaining[0]?.kind,
                suspects: explaining,
                byColumns,
                confirmed: (byColumns || byBlocks) && tied.length >= failingColumns,
                additive: byBlocks || likeBeside || columns_1.AMOUNT_HEADER.test(column.header) || columns_1.COUNT_HEADER.test(column.header),
            });
        }
    }
    return out;
}
/** `Net cash provided by operating activities`, `Net cash used in investing activities`. */
const ACTIVITY_NET = /^net\s+cash\b.*\bactivities\b/i;
/**
 * A net change printed above the opening balance (`Net increase in cash`, then `Cash at beginning
 * of year`) that misses the closing balance by exactly the figure of the row right above it, and is
 * itself the sum of the activities' net cash above: two sums agree that the row was left out of
 * the net change, not that the balances are wrong. Undefined otherwise.
 */
function leftOutAbove(table, f) {
    const { segment, column } = f;
    if (segment.kind !== 'roll' || segment.movements.length !== 1)
        return undefined;
    const net = segment.movements[0];
    if (net.line > segment.open.line)
        return undefined;
    const cell = figure(net, column);
    const at = table.rows.indexOf(net);
    let k = at - 1;
    while (k >= 0 && table.rows[k].kind === 'heading')
        k--;
    const row = table.rows[k];
    const value = row ? figure(row, column)?.value : undefined;
    if (!cell || !value || value.units === 0n)
        return undefined;
    if ((0, decimal_1.cmp)((0, decimal_1.sub)(f.stated, f.computed), value) !== 0)
        return undefined;
    const sections = table.rows.slice(0, k).filter((r) => ACTIVITY_NET.test((0, balanceRows_1.labelWords)(r.label)) && figure(r, column));
    if (sections.length < 2)
        return undefined;
    let sum = decimal_1.ZERO;
    for (const r of sections)
        sum = (0, decimal_1.add)(sum, figure(r, column).value);
    if ((0, decimal_1.cmp)(sum, cell.value) !== 0)
        return undefined;
    return { cell, expected: (0, decimal_1.add)(cell.value, value), row, value, sections };
}
/** Whether a column beside holds figures of the failing one's nature, row by row (within a factor of ten). */
function likeColumns(f, other) {
    return (0, footings_1.alikeOnRows)([f.segment.open, ...f.segment.movements, f.segment.close], f.column, other);
}
/**
 * Failures of one block in several columns that cancel out (-0.2, -2.7 and +2.9): figures set off
 * their columns and read in their neighbours', not misprinted.
 */
function crossedOut(f, failing) {
    const block = failing.filter((t) => t.segment === f.segment);
    if (block.length < 2)
        return undefined;
    let net = decimal_1.ZERO;
    for (const t of block)
        net = (0, decimal_1.add)(net, (0, decimal_1.sub)(t.stated, t.computed));
    let tolerance = decimal_1.ZERO;
    for (const t of block)
        tolerance = (0, decimal_1.add)(tolerance, t.tolerance);
    return (0, decimal_1.cmp)((0, decimal_1.abs)(net), tolerance) <= 0
        ? 'the differences of its columns cancel out: figures read in the wrong column'
        : undefined;
}
/**
 * A block that fails in two columns or more, each by exactly its figure in one and the same movement
 * row: the row is counted twice or left out (a subtotal of the movements read as one more, Union
 * Pacific's `Net year-to-date other comprehensive income` under its two parts), whatever slip one
 * column's figures also allow.
 */
function rowMissed(f, failing) {
    const block = failing.filter((t) => t.segment === f.segment);
    if (block.length < 2)
        return undefined;
    for (const row of f.segment.movements) {
        const missed = block.every((t) => {
            const v = figure(row, t.column)?.value;
            return !!v && v.units !== 0n && (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(t.stated, t.computed)), (0, decimal_1.abs)(v)) === 0;
        });
        if (missed) {
            return `every column of the block that fails misses by its figure in ${row.label ? `"${row.label.trim()}"` : 'one row'}: the row counted twice or left out`;
        }
    }
    return undefined;
}
/** A year in a figure's place: the date of a balance split off its label (`Balance at December 31,  1997`). */
const YEAR = /^(?:19|20)\d\d$/;
/**
 * A difference that shows the block was misread, not misprinted: balances that are years; a
 * difference that is exactly a figure of the block, in this column or another that does not tie (a
 * figure set off its column and read in the next one, a row left out or counted twice).
 */
function misreadingShown(f, columns, tied) {
    const open = f.segment.open.cells[f.column];
    const close = f.segment.close.cells[f.column];
    if (YEAR.test(open.text.trim()) || YEAR.test(close.text.trim()))
        return "its balances are years: the labels' dates";
    if (coarse(f.stated, f.tolerance))
        return 'its figures are too coarse for a slip to be told from rounding';
    const diff = (0, decimal_1.abs)((0, decimal_1.sub)(f.stated, f.computed));
    for (const row of [f.segment.open, ...f.segment.movements, f.segment.close]) {
        for (const c of columns) {
            // Another column's figure was not set off this column where that column ties with it (Xerox's
            // 1997 stock options exercised, 100, beside a 1998 column that misses by 100).
            if (c.index !== f.column && tied.some((t) => t.segment === f.segment && t.column === c.index))
                continue;
            const v = figure(row, c.index)?.value;
            if (v && v.units !== 0n && (0, decimal_1.cmp)((0, decimal_1.abs)(v), diff) === 0) {
                return `the difference is exactly a figure of the block (${(0, decimal_1.format)(v)} in ${row.label ? `"${row.label}"` : 'a row'}): read in the wrong column, or a row left out`;
            }
        }
    }
    return undefined;
}
/**
 * Among figures that could each hold a column's slip, the one its row blames: where the table has a
 * column that is the sum of the others of its kind across each row (a statement of equity's Total),
 * the slipped figure's row fails that sum and the others' rows hold it. The relation is believed
 * only when it holds on two rows or more with two figures or more to add, and fails on one row at
 * most; the figure named is the one alone whose correction makes its row add up, without breaking
 * another row that adds up.
 */
function acrossTheRow(table, columns, ties, suspects) {
    const rows = new Set();
    for (const t of ties)
        for (const r of [t.segment.open, ...t.segment.movements, t.segment.close])
            rows.add(r);
    for (const total of [...columns].reverse()) {
        const parts = columns.filter((c) => c !== total && c.kind === total.kind);
        if (parts.length < 2)
            continue;
        const holds = (row, instead) => {
            const stated = figure(row, total.index);
            if (!stated)
                return null;
            const cells = [];
            let sum = decimal_1.ZERO;
            for (const c of parts) {
                const cell = figure(row, c.index);
                if (!cell)
                    continue;
                cells.push(cell);
                sum = (0, decimal_1.add)(sum, instead?.get(cell) ?? cell.value);
            }
            if (cells.length === 0)
                return null;
            const value = instead?.get(stated) ?? stated.value;
            const exact = (0, tolerance_1.addsExactly)(table, total, [stated, ...cells], value);
            const tolerance = exact ? decimal_1.ZERO : (0, tolerance_1.roundingTolerance)(value.scale, cells);
            return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(value, sum)), tolerance) <= 0;
        };
        let evidence = 0;
        let failing = 0;
        for (const row of rows) {
            const ok = holds(row);
            if (ok === false)
                failing++;
            else if (ok && parts.filter((c) => figure(row, c.index)?.value.units).length >= 2)
                evidence++;
        }
        if (evidence < 2 || failing > 1)
            continue;
        const blamed = suspects.filter((s) => {
            if (holds(s.row) !== false)
                return false;
            const instead = new Map([[s.cell, s.expected]]);
            return holds(s.row, instead) === true;
        });
        if (blamed.length === 1)
            return blamed[0];
    }
    return undefined;
}
//# sourceMappingURL=rollForwards.js.map