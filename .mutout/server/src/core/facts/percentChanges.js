"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentChanges = void 0;
exports.namesChange = namesChange;
exports.overSignedLoss = overSignedLoss;
exports.within = within;
exports.changeRange = changeRange;
/**
 * Percent-change columns (`% Change`, `Percent Increase (Decrease)`): each row's change against the
 * two amounts it compares, the nearest columns of figures to its left. Which of the two is the later
 * period is read from their headers' years, or else from the rows: the order under which most rows
 * agree. A column is believed only when at least three rows agree, and at most a quarter do not.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const columns_1 = require("../parse/columns");
const statements_1 = require("./statements");
const slips_1 = require("./slips");
/** A change column's header: a percent change or increase, not a change in points or at constant rates. */
const CHANGE_HEADER = /\bchange\b|\bincrease\b|\binc\.?\s*\(dec\.?\)|\bdecrease\b/i;
/**
 * Changes worked out on other figures than the two beside them: at constant exchange rates or
 * excluding something (`% Change Excluding Foreign Exchange`, Merck), in percentage points, as
 * better or worse (a cost's sign turned round), or a sensitivity's one-point increase.
 */
const NOT_FROM_BESIDE = /constant|currenc|exchange|\bfx\b|exclud|points?\b|pts\b|b\/\(w\)|better|worse|favou?rable|sensitiv|one\s+percent/i;
/** Labels of rows that are ratios or rates themselves: `Efficiency ratio`, `Return on average equity`, `Net interest margin`. */
const RATIO_ROW = /\b(?:ratios?|return\s+on|margins?|yields?|rates?)\b/i;
/** At least this many rows must agree before a column's reading is believed. */
const MIN_AGREEING = 3;
/** Whether a column's header names a change (`% Change`, `Increase (Decrease)`, `96/95`): its percents are no shares. */
function namesChange(header) {
    return columns_1.YEARS_ONLY.test(header) || CHANGE_HEADER.test(header);
}
/** The percent-change columns of a table whose reading the rows confirm, with each row's check (once per table). */
exports.percentChanges = (0, memo_1.memoize)(findPercentChanges);
function findPercentChanges(table) {
    const out = [];
    for (const column of table.columns) {
        if (column.kind === 'label' || column.range || !namesChange(column.header))
            continue;
        if (NOT_FROM_BESIDE.test(column.header) || !isPercentColumn(table, column))
            continue;
        const pair = amountsBeside(table, column);
        if (!pair)
            continue;
        const [left, right] = pair;
        const yl = (0, statements_1.yearOf)(left);
        const yr = (0, statements_1.yearOf)(right);
        const orders = yl !== null && yr !== null && yl !== yr
            ? [yl > yr ? [left, right] : [right, left]]
            : [
                [left, right],
                [right, left],
            ];
        let best;
        let bestOk = -1;
        for (const [later, earlier] of orders) {
            const rows = changeRows(table, column, later, earlier);
            const ok = rows.filter((r) => r.ok).length;
            if (ok > bestOk) {
                best = { column, later, earlier, rows, failing: rows.filter((r) => !r.ok) };
                bestOk = ok;
            }
            else if (ok === bestOk)
                best = undefined;
        }
        if (!best)
            continue;
        const believed = bestOk >= MIN_AGREEING && best.failing.length * 4 <= best.rows.length;
        if (believed || (orders.length === 1 && slippedInShortColumn(best)))
            out.push(best);
    }
    return out;
}
/**
 * A short column (three rows or four) whose headers' years say which amount is the later one, all of
 * whose rows agree but one, and that one by a slip of its printed change (one digit changed, two
 * swapped, one dropped or doubled): VeriSign's `329%` for 229% beside two agreeing rows. Its rows are too few to
 * confirm the reading under MIN_AGREEING; the headers and the slip do.
 */
function slippedInShortColumn(change) {
    if (change.rows.length < 3 || change.failing.length !== 1)
        return false;
    const r = change.failing[0];
    return !r.negatives && (0, slips_1.slipBetween)(r.cell.value, r.computed) !== null;
}
/** Whether most of a column's figures are written as percents, or it says so in its header. */
function isPercentColumn(table, column) {
    if (column.kind === 'percent')
        return true;
    if (!/%|percent/i.test(column.header) && !columns_1.YEARS_ONLY.test(column.header))
        return false;
    let figures = 0;
    for (const r of table.rows)
        if (r.cells[column.index]?.value)
            figures++;
    return figures >= MIN_AGREEING;
}
/** The two years a change header names: `96/95`, `1997 vs. 1996`, `98-97` (as two digits). */
const YEARS_COMPARED = /\b(?:19|20)?(\d\d)\s*(?:\/|vs\.?|versus|-|to)\s*(?:19|20)?(\d\d)\b/i;
/**
 * The two columns of amounts or counts a change column compares: those of the two years its header
 * names, when it names them (`% Change 96/95` beside 1996, 1995 and 1994); else the two nearest to
 * its left (percent columns passed over).
 */
function amountsBeside(table, column) {
    const years = YEARS_COMPARED.exec(column.header);
    if (years) {
        const of = (yy) => table.columns.filter((c) => c.index < column.index && c.kind !== 'percent' && (0, statements_1.yearOf)(c) !== null && (0, statements_1.yearOf)(c) % 100 === Number(yy));
        const [a, b] = [of(years[1]), of(years[2])];
        if (a.length === 1 && b.length === 1 && a[0] !== b[0])
            return [a[0], b[0]];
    }
    const found = [];
    for (let k = column.index - 1; k >= 1 && found.length < 2; k--) {
        const c = table.columns[k];
        if (c.kind === 'amount' || c.kind === 'count' || (c.kind === 'number' && !CHANGE_HEADER.test(c.header))) {
            found.push(c);
        }
    }
    return found.length === 2 ? [found[1], found[0]] : null;
}
/** Each row with a change and both amounts (the earlier one not zero), checked. */
function changeRows(table, column, later, earlier) {
    const out = [];
    // Rows of one negative amount (income turned expense) whose change is right with both signs turned
    // round, and whether a row of two negatives shows the table gives changes of an expense's size.
    const turned = [];
    let sizes = false;
    for (const row of table.rows) {
        if (row.kind === 'heading')
            continue;
        const cell = row.cells[column.index];
        const a = row.cells[later.index];
        const b = row.cells[earlier.index];
        if (!cell?.value || !a?.value || !b?.value || a.percent || b.percent || b.value.units === 0n)
            continue;
        // A ratio's change is given in points or basis points, not in percent, whatever its figures
        // print: Citizens sets `%` and `bps` on a block's first row only (`Underlying efficiency ratio
        // 60  56  383`, basis points).
        if (RATIO_ROW.test(row.label))
            continue;
        const range = changeRange(a.value, b.value, cell.value.scale);
        if (!range)
            continue;
        let ok = within(cell.value, range);
        // Two negatives (a loss, an expense in parentheses): many filers give the change of their size,
        // `(784)` to `(641)` a decrease of 18%.
        const negatives = a.value.units < 0n && b.value.units < 0n;
        if (!ok && negatives) {
            ok = within(cell.value, changeRange((0, decimal_1.abs)(a.value), (0, decimal_1.abs)(b.value), cell.value.scale));
            if (ok)
                sizes = true;
        }
        // A change that agrees once one amount is put a thousand times larger or smaller is of a figure
        // printed in other units, or with a point typed for its comma (`$1.556` for 1,556, FL202): the
        // figure is in doubt, not the change.
        if (!ok && inOtherUnits(cell.value, a.value, b.value))
            continue;
        const made = { row, cell, later: a, earlier: b, computed: range.nearest, ok, negatives };
        if (!ok && !negatives && (a.value.units < 0n || b.value.units < 0n)) {
            const signs = changeRange((0, decimal_1.neg)(a.value), (0, decimal_1.neg)(b.value), cell.value.scale);
            if (signs && within(cell.value, signs)) {
                // From a loss to income, the change over the loss as it stands (overSignedLoss).
                if (lossToIncome(a.value, b.value))
                    made.ok = true;
                else
                    turned.push(made);
            }
        }
        out.push(made);
    }
    // Where the table gives an expense's change as the change of its size (`(210)` to `(239)` is 14%),
    // a line that turns from income to expense (35 to `(81)`) is given the same way: 331%, not -331%.
    if (sizes) {
        for (const r of turned) {
            r.ok = true;
            r.negatives = true;
        }
    }
    return out;
}
/** Whether a printed change agrees with its amounts once one of them is a thousand times larger or smaller. */
function inOtherUnits(printed, later, earlier) {
    for (const e of [3, -3]) {
        for (const [x, y] of [
            [(0, decimal_1.timesPow10)(later, e), earlier],
            [later, (0, decimal_1.timesPow10)(earlier, e)],
        ]) {
            const range = y.units === 0n ? null : changeRange(x, y, printed.scale);
            if (range && within(printed, range))
                return true;
        }
    }
    return false;
}
/**
 * Whether a change from a loss to income is printed over the loss as it stands, signed: (534 - (707))
 * / (707) = (175.5)%, as 3M prints its segment income's change. A formula's sign, not a slip; the
 * size must still be the amounts'.
 */
function overSignedLoss(printed, later, earlier) {
    if (!lossToIncome(later, earlier))
        return false;
    const range = changeRange((0, decimal_1.neg)(later), (0, decimal_1.neg)(earlier), printed.scale);
    return range !== null && within(printed, range);
}
function lossToIncome(later, earlier) {
    return earlier.units < 0n && later.units > 0n;
}
/**
 * Whether a printed change is one the amounts can give: within the range, widened by a unit of its
 * last place (filers cut a percent to its places as often as they round it: 23.45% printed 23.4%).
 */
function within(printed, range) {
    const unit = (0, decimal_1.decimal)(1n, printed.scale);
    return (0, decimal_1.cmp)(printed, (0, decimal_1.sub)(range.low, unit)) >= 0 && (0, decimal_1.cmp)(printed, (0, decimal_1.add)(range.high, unit)) <= 0;
}
/**
 * The change from `earlier` to `later` in percent of |earlier|: to `scale` places (`nearest`), and the
 * lowest and highest it can be with each amount anywhere within a unit of its last place.
 * Null when the earlier amount's interval reaches zero (no change can be worked out).
 */
function changeRange(later, earlier, scale) {
    // A whole unit of each amount's last place either side: amounts are rounded, or cut (a figure in
    // millions cut from one in thousands: 43 for 43.4), and the change was worked out before.
    const hl = (0, decimal_1.decimal)(1n, later.scale);
    const he = (0, decimal_1.decimal)(1n, earlier.scale);
    const lows = [(0, decimal_1.sub)(earlier, he), (0, decimal_1.add)(earlier, he)];
    if (Math.sign(Number(lows[0].units)) !== Math.sign(Number(lows[1].units)))
        return null;
    const places = scale + 3;
    let low;
    let high;
    for (const l of [(0, decimal_1.sub)(later, hl), (0, decimal_1.add)(later, hl)]) {
        for (const e of lows) {
            const r = (0, decimal_1.percentOf)((0, decimal_1.sub)(l, e), (0, decimal_1.abs)(e), places);
            if (!low || (0, decimal_1.cmp)(r, low) < 0)
                low = r;
            if (!high || (0, decimal_1.cmp)(r, high) > 0)
                high = r;
        }
    }
    return { low: low, high: high, nearest: (0, decimal_1.percentOf)((0, decimal_1.sub)(later, earlier), (0, decimal_1.abs)(earlier), scale) };
}
//# sourceMappingURL=percentChanges.js.map