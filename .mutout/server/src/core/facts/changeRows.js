"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentReading = exports.changeCellsOf = void 0;
exports.sideOf = sideOf;
/**
 * Percent-change rows: a row labelled as a change (`% change from prior year`, `Percent change`,
 * `Percent increase (decrease)`) under a row of amounts, whose percent in each period's column is
 * that period's change from the one beside it (Motorola's segment tables: `Orders $8,077 $7,425
 * $8,416` over `% change from prior year 9% -12%`).
 *
 * Which neighbour is the earlier period (the column to the right, as most filers order years, or to
 * the left) is read from the rows: the side on which the printed changes agree with their amounts.
 * A table with three such cells agreeing on one side, and more than on the other, decides for
 * itself; a table with fewer takes the side its document's change rows agree on, where at least
 * five do on that side and three times as many as on the other (one filer lays out all its segment
 * tables alike, and a table split at a heading keeps one row of them).
 */
const memo_1 = require("../memo");
const percentChanges_1 = require("./percentChanges");
const statements_1 = require("./statements");
/** A change row's label: a percent change or increase, not a change in points or amounts. */
const CHANGE_ROW = /^(?:%|percent(?:age)?|pct\.?)\s+(?:change|increase|decrease|growth|inc\.?|incr\.?)\b/i;
/** Not worked out from the amounts beside: at constant rates, in points, or a sensitivity. */
const NOT_FROM_BESIDE = /constant|currenc|points?\b|pts\b|sensitiv/i;
/** At least this many cells agreeing on one side let a table decide its reading alone. */
const MIN_TABLE_AGREEING = 3;
/** At least this many agreeing cells across the document, and this many times the other side's. */
const MIN_DOCUMENT = 5;
const DOCUMENT_MARGIN = 3;
/** The change rows' cells of a table, with both readings, worked out once per table object. */
exports.changeCellsOf = (0, memo_1.memoize)((table) => {
    const out = [];
    let amounts;
    for (const row of table.rows) {
        if (row.kind === 'heading')
            continue;
        if (!CHANGE_ROW.test(row.label) || NOT_FROM_BESIDE.test(row.label)) {
            amounts = amountCells(row).length >= 2 ? row : undefined;
            continue;
        }
        if (!amounts)
            continue;
        for (let c = 1; c < row.cells.length; c++) {
            const cell = row.cells[c];
            const later = amounts.cells[c];
            if (!cell?.value || !cell.percent || !later?.value || later.percent)
                continue;
            const found = { row, amounts, cell, later, laterColumn: table.columns[c], earlier: {} };
            for (const side of ['right', 'left']) {
                const k = nextAmount(amounts, c, side);
                // An earlier amount is of an earlier year, where both columns name theirs: beside a 2022
                // column whose change is from 2021 (not printed), the next group's 2023 is no earlier year.
                if (k < 0 || !earlierYear(table.columns[k], table.columns[c]))
                    continue;
                const earlier = amounts.cells[k];
                const range = (0, percentChanges_1.changeRange)(later.value, earlier.value, cell.value.scale);
                if (!range)
                    continue;
                found.earlier[side] = {
                    cell: earlier,
                    column: table.columns[k],
                    ok: (0, percentChanges_1.within)(cell.value, range) || (0, percentChanges_1.overSignedLoss)(cell.value, later.value, earlier.value),
                    computed: range.nearest,
                };
            }
            if (found.earlier.right || found.earlier.left)
                out.push(found);
        }
        // The next change row, if any, is of the amounts above this one still only if none came between.
        amounts = undefined;
    }
    return out;
});
/** A period's length as a header names it: `three months`, `six months`, `quarter`, `year`. */
const LENGTH = /\b(?:(three|six|nine|twelve|fifty-two|\d{1,2})[\s-]+(months?|weeks?)|quarter|year)\b/i;
function lengthOf(c) {
    return (LENGTH.exec(c.header)?.[0] ?? '').toLowerCase().replace(/s$/, '');
}
/**
 * Whether a column may be of a period before another's, of the same length: an earlier year (or
 * years not both known), and not a period of another length (`Three Months Ended July 31,` is not
 * compared with `Six Months Ended July 31,`).
 */
function earlierYear(earlier, later) {
    const a = (0, statements_1.yearOf)(earlier);
    const b = (0, statements_1.yearOf)(later);
    if (a !== null && b !== null && a >= b)
        return false;
    const [x, y] = [lengthOf(earlier), lengthOf(later)];
    return x === '' || y === '' || x === y;
}
function amountCells(row) {
    return row.cells.filter((c, k) => k > 0 && c?.value && !c.percent);
}
/** The column of the amounts row's next amount on one side of column `c`, or -1. */
function nextAmount(row, c, side) {
    const step = side === 'right' ? 1 : -1;
    for (let k = c + step; k >= 1 && k < row.cells.length; k += step) {
        const x = row.cells[k];
        if (x?.value && !x.percent)
            return k;
    }
    return -1;
}
function agreeing(cells, side) {
    return cells.filter((c) => c.earlier[side]?.ok).length;
}
/** The side the document's change rows agree on, if they do (see the module's comment), worked out once per model. */
exports.documentReading = (0, memo_1.memoize)((model) => {
    const tables = model.tables.filter((t) => (0, exports.changeCellsOf)(t).length > 0);
    let right = 0;
    let left = 0;
    for (const table of tables) {
        right += agreeing((0, exports.changeCellsOf)(table), 'right');
        left += agreeing((0, exports.changeCellsOf)(table), 'left');
    }
    const side = right >= MIN_DOCUMENT && right >= DOCUMENT_MARGIN * left
        ? 'right'
        : left >= MIN_DOCUMENT && left >= DOCUMENT_MARGIN * right
            ? 'left'
            : null;
    if (!side)
        return null;
    let cells = 0;
    let failing = 0;
    for (const table of tables) {
        for (const c of (0, exports.changeCellsOf)(table)) {
            const e = c.earlier[side];
            if (!e)
                continue;
            cells++;
            if (!e.ok)
                failing++;
        }
    }
    return { side, cells, failing };
});
/**
 * The side a table's change rows are read on, and whether the table decided it: its own side where
 * three of its cells agree on one side and more than on the other; else the document's.
 */
function sideOf(table, model) {
    const cells = (0, exports.changeCellsOf)(table);
    if (cells.length === 0)
        return null;
    const right = agreeing(cells, 'right');
    const left = agreeing(cells, 'left');
    if (right >= MIN_TABLE_AGREEING && right > left)
        return { side: 'right', own: true };
    if (left >= MIN_TABLE_AGREEING && left > right)
        return { side: 'left', own: true };
    const side = (0, exports.documentReading)(model)?.side;
    return side ? { side, own: false } : null;
}
//# sourceMappingURL=changeRows.js.map