"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.continuedWith = continuedWith;
exports.continuedColumns = continuedColumns;
const _1 = require(".");
const relations_1 = require("./relations");
const crossFoot_1 = require("./crossFoot");
const memo_1 = require("../memo");
/** At most this many figure columns in the two parts together (the relation search's cap). */
const MAX_COLUMNS = 10;
/** At least this many rows with figures in each part. */
const MIN_ROWS = 3;
/** The pairing `table` is a part of, above or below, among the filing's `tables`; null for none. */
function continuedWith(tables, table) {
    return continuedColumns(tables).find((c) => c.above === table || c.below === table) ?? null;
}
/** Per part below, what its pairing with a part above (the same object as last time, or none) gave. */
const known = new WeakMap();
/** Every table continued by columns on the next page, with the relations found across its parts. */
function continuedColumns(tables) {
    const out = [];
    for (let j = 1; j < tables.length; j++) {
        const below = tables[j];
        if (!headsATotal(below))
            continue;
        const above = partAbove(tables, j);
        const was = known.get(below);
        let found;
        if (was && was.above === above)
            found = was.found;
        else {
            found = above ? read(above, below) : null;
            known.set(below, { above, found });
        }
        if (found) {
            // A pair kept from the last parse: its parts moved in place (parse/reuse.ts), and tables above
            // may have come or gone; the wide table is numbered as its part below now is.
            found.wide.index = below.index;
            out.push(found);
        }
    }
    return out;
}
/**
 * Whether a table heads one of its figure columns as a total (`Total Segments`, `Consolidated`), and
 * its rows as a key (each row's kind and plain label, or null where too few rows have figures to be a
 * part): read once per table object. Every keystroke looks for pairs among all of a filing's tables;
 * with these kept, a filing of thousands of tables is passed over with a lookup per table.
 */
const headsATotal = (0, memo_1.memoize)((table) => table.columns.some((c, i) => i > 0 && relations_1.TOTAL_HEADER.test(c.header)));
const rowsKey = (0, memo_1.memoize)((table) => figures(table) >= MIN_ROWS ? table.rows.map((r) => `${r.kind}\u0000${plain(r.label)}`).join('\u0001') : null);
/** The nearest table on the page before `tables[j]`'s with the same rows, if any. */
function partAbove(tables, j) {
    const below = tables[j];
    for (let i = j - 1; i >= 0 && tables[i].page >= below.page - 1; i--) {
        const above = tables[i];
        if (above.page === below.page - 1 && sameRows(above, below))
            return above;
    }
    return null;
}
/** Labels and headers compared without case, spacing or punctuation. */
function plain(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** How many rows of a table have a figure. */
function figures(table) {
    let n = 0;
    for (const r of table.rows)
        if (r.kind !== 'heading' && r.cells.some((c, i) => i > 0 && c?.value))
            n++;
    return n;
}
/**
 * The same rows: the same count, each with the label and the kind of its counterpart, and enough of
 * them with figures in both.
 */
function sameRows(above, below) {
    const a = rowsKey(above);
    return a !== null && a === rowsKey(below);
}
function read(above, below) {
    const top = above.columns.slice(1);
    const bottom = below.columns.slice(1);
    if (top.length + bottom.length > MAX_COLUMNS || top.length === 0)
        return null;
    const headers = [...top, ...bottom].map((c) => plain(c.header));
    // Every column headed, and headed once: two parts that share a heading are two periods or statements.
    if (headers.some((h) => h === '') || new Set(headers).size !== headers.length)
        return null;
    if (top.some((c) => relations_1.TOTAL_HEADER.test(c.header)))
        return null;
    const wide = widened(above, below);
    const split = top.length;
    const relations = (0, relations_1.findRelations)(wide).filter((r) => r.result > split && relations_1.TOTAL_HEADER.test(wide.columns[r.result].header) && r.terms.some((t) => t.column <= split));
    if (relations.length === 0)
        return null;
    blame(above, below, wide, relations);
    return { above, below, wide, relations };
}
/**
 * The two parts as one table: the part above's figure columns, then the part below's, numbered in
 * that order; each row the part below's, with the figures of the part above's row beside its own.
 * Its cells are the parts' own, where they are written.
 */
function widened(above, below) {
    const n = above.columns.length - 1;
    const columns = [
        below.columns[0],
        ...above.columns.slice(1).map((c, i) => ({ ...c, index: 1 + i })),
        ...below.columns.slice(1).map((c, i) => ({ ...c, index: 1 + n + i })),
    ];
    const rows = below.rows.map((r, k) => {
        const left = above.rows[k];
        return {
            ...r,
            cells: [
                r.cells[0],
                ...above.columns.slice(1).map((c) => left.cells[c.index]),
                ...below.columns.slice(1).map((c) => r.cells[c.index]),
            ],
            unread: [...left.unread, ...r.unread.map((u) => ({ ...u, column: u.column + n }))],
        };
    });
    return { ...below, columns, rows };
}
/**
 * Names the cell to blame in each failing row, as the table's facts do (facts/index.ts), with each
 * part's footings read in the wide table's columns and rows: a figure whose column foots through its
 * row is not blamed.
 */
function blame(above, below, wide, relations) {
    const n = above.columns.length - 1;
    const footings = [
        ...inWide((0, _1.factsOf)(above).footings, above, wide, 0),
        ...inWide((0, _1.factsOf)(below).footings, below, wide, n),
    ];
    for (const relation of relations) {
        for (const failure of relation.fails) {
            failure.blame = (0, crossFoot_1.blameFor)(relation, failure, footings) ?? undefined;
            // The cell where a part's footing fails by the same amount: its footing, read in the wide table,
            // names the relation (FL315 reports it, as FL101 does within one table).
            if (failure.blame?.footing)
                failure.blame.footing.crossFoot = { relation, failure };
        }
    }
}
function inWide(footings, part, wide, shift) {
    const rowOf = new Map(part.rows.map((r, k) => [r, wide.rows[k]]));
    return footings.map((f) => ({
        ...f,
        column: f.column + shift,
        total: rowOf.get(f.total) ?? f.total,
        segment: f.segment.map((r) => rowOf.get(r) ?? r),
    }));
}
//# sourceMappingURL=continuedColumns.js.map