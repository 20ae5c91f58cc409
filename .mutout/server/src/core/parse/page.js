"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.appendKept = appendKept;
exports.reusedPage = reusedPage;
exports.parsePage = parsePage;
const body_1 = require("./body");
const header_1 = require("./header");
const table_1 = require("./table");
const reuse_1 = require("./reuse");
/** A table kept from the last parse, appended to the document's tables with its new number and index. */
function appendKept(t, page, tables) {
    t.page = page;
    t.index = tables.length;
    if (t.untitled)
        t.title = (0, header_1.untitledTitle)(t.index);
    tables.push(t);
}
/**
 * A page of the last parse that stands as it was, at its new place (`from`, `to`) and number: its
 * tables move with it and are appended to the document's.
 */
function reusedPage(page, from, to, number, tables) {
    const delta = from - page.from;
    if (delta !== 0) {
        for (const t of page.tables)
            (0, reuse_1.shiftTable)(t, delta);
        page.from = from;
        page.to = to;
    }
    // A <PAGE> marker added or removed above renumbers the pages below; tables added or removed
    // above renumber the tables. Neither is a reason to parse the page again.
    page.number = number;
    for (const t of page.tables)
        appendKept(t, number, tables);
    return page;
}
/**
 * The tables of one page, its lines classified, appended to `tables` (their indexes count from the
 * document's first table). A function of its own, called once per page (docs/performance.md, "Cold
 * paths in functions of their own"). With `lineage`, the tables of the
 * page's last parse that are clear of the change are kept, with everything computed from them: a
 * long page (a filing without `<PAGE>` markers is one) then costs an edit the tables near it.
 */
function parsePage(doc, from, to, number, tables, lineage) {
    const { infos } = doc;
    const pageTables = [];
    let old = 0;
    let i = from;
    // The last line read: a body's lookahead reads on whether or not a table comes of it.
    let read = from;
    while (i < to) {
        if (infos[i].kind !== 'numeric') {
            i++;
            continue;
        }
        const floor = pageTables.length ? pageTables[pageTables.length - 1].endLine + 1 : from;
        if (lineage) {
            const { keep, next } = (0, reuse_1.keptTable)(lineage, old, i, floor);
            old = next;
            if (keep) {
                if (keep.shift !== 0)
                    (0, reuse_1.shiftTable)(keep.table, keep.shift);
                read = Math.max(read, keep.table.startLine + keep.state.scanned);
                pageTables.push(keep.table);
                appendKept(keep.table, number, tables);
                i = keep.table.startLine + keep.state.next;
                continue;
            }
        }
        const end = (0, body_1.bodyEnd)(doc, i);
        const reachOfBody = (0, body_1.lastBodyReach)();
        if (reachOfBody > read)
            read = reachOfBody;
        const table = (0, table_1.buildTable)(doc, i, end, floor, tables.length, number);
        const next = (table ? Math.max(end, table.endLine) : end) + 1;
        if (table) {
            // Below its body the table read the gap before its footnotes (within the body's reach, which
            // is at least MAX_TOTALS_GAP lines on) and, past its last footnote, two lines for another.
            const reach = Math.max(reachOfBody, table.endLine + 3);
            if (reach > read)
                read = reach;
            const base = table.startLine;
            reuse_1.scanStates.set(table, {
                at: i - base,
                floor: floor - base,
                next: next - base,
                reach: reach - base,
                scanned: read - base,
            });
            pageTables.push(table);
            tables.push(table);
        }
        i = next;
    }
    return pageTables;
}
//# sourceMappingURL=page.js.map