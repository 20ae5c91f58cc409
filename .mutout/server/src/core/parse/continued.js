"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.joinContinuedTables = joinContinuedTables;
const lines_1 = require("./lines");
const CONTINUED_GAP = 16;
/**
 * A table the filer broke across a `<PAGE>` marker: the part above has no total row, and the part
 * below starts right after the marker (past blank lines, a page number, a running head or a
 * "(Continued)" title, but no sentence leading into a new table) with the same numeric columns at
 * the same right edges, headed alike or not at all. The two are one table:
 * its total adds the rows of both pages.
 *
 * `change` is what changed since the last parse of the document (in this version's lines): two
 * tables kept from it, side by side again and clear of the change, continue each other or not as
 * they did, and a table joined from them is the same object (as a kept table is), so what was worked
 * out from it stands. A keystroke in a filing of thousands of tables then reads none of them here.
 */
function joinContinuedTables(lines, tables, change) {
    if (tables.length < 2)
        return tables;
    const out = [];
    for (const table of tables) {
        const previous = out[out.length - 1];
        const joint = previous && table.page === previous.page + 1 ? jointOf(lines, previous, table, change) : undefined;
        if (joint?.continues) {
            out[out.length - 1] = joint.joined
                ? placed(joint.joined, previous, table)
                : (joint.joined = joined(previous, table));
            continue;
        }
        out.push(table);
    }
    out.forEach((t, i) => (t.index = i));
    return out;
}
/** By the part below, its joint with the table that was above it at the last parse. */
const joints = new WeakMap();
function jointOf(lines, above, below, change) {
    const known = joints.get(below);
    // Whether the change touches the lines between the two (a line either side included), which
    // `continues` reads; the tables themselves are the same objects, so their lines are as they were.
    const touched = !change || (change.from <= below.startLine + 1 && Math.max(change.newTo, change.from + 1) >= above.endLine);
    if (known?.above === above && !touched)
        return known;
    const joint = { above, continues: continues(lines, above, below) };
    joints.set(below, joint);
    return joint;
}
/** Two parts as one table. */
function joined(above, below) {
    return {
        ...above,
        rows: [...above.rows, ...below.rows],
        rules: [...above.rules, ...below.rules],
        footnotes: below.footnotes,
        endLine: below.endLine,
        bodyEndLine: below.bodyEndLine,
        continuedFrom: above.continuedFrom ?? above,
    };
}
/**
 * A table joined from two kept parts, where the parts now are: they moved in place with their rows
 * (reuse.ts), and the joined table's own lines follow them.
 */
function placed(table, above, below) {
    table.title = above.title;
    table.titleLine = above.titleLine;
    table.startLine = above.startLine;
    table.bodyStartLine = above.bodyStartLine;
    table.page = above.page;
    table.endLine = below.endLine;
    table.bodyEndLine = below.bodyEndLine;
    return table;
}
/**
 * A sentence that leads into a table (`... to the pension liability are as follows:`): the part
 * below it is a new table with the same columns, not the rest of the one above.
 */
const LEADS_IN = /\b(?:as follows|the following|set forth below|shown below|summarized below)\b/i;
/** The last word of a sentence that ends in a colon (`... were:`), tested on that word alone. */
const COLON_WORD = /^[a-z]{2}[a-z,)]*:$/i;
function leadsIn(text) {
    return LEADS_IN.test(text) || (text.endsWith(':') && COLON_WORD.test(text.slice(text.lastIndexOf(' ') + 1)));
}
/** Whether a table has a total row, looked for from the bottom, where totals are. */
function hasTotalRow(table) {
    const rows = table.rows;
    for (let i = rows.length - 1; i >= 0; i--)
        if (rows[i].kind === 'total')
            return true;
    return false;
}
/**
 * A roll-forward cut at the page: its balance rows are totals, but its last row is a movement (the
 * next year's grants, the rest and the closing balance on the next page, as Seagate prints its
 * options and restructuring reserves).
 */
function rollCutShort(table) {
    return lastRow(table)?.kind === 'body' && table.rows.some((r) => r.kind !== 'heading' && BALANCE_LABEL.test(r.label));
}
/** A table's last row, headings aside. */
function lastRow(table) {
    for (let i = table.rows.length - 1; i >= 0; i--)
        if (table.rows[i].kind !== 'heading')
            return table.rows[i];
    return undefined;
}
const BALANCE_LABEL = /^\s*(?:balances?|reserve\s+balances?|outstanding)\b/i;
/**
 * A roll-forward cut at the page after a balance, its next block's movements on the next page with no
 * opening balance of their own (Seagate's 1996 restructuring reserves: the June 1995 balances, then
 * the 1996 charges and the June 1996 balances): the balance above opens them.
 */
function rollGoesOn(above, below) {
    const last = lastRow(above);
    const first = below.rows.find((r) => r.kind !== 'heading');
    return (!!last &&
        !!first &&
        BALANCE_LABEL.test(last.label) &&
        !BALANCE_LABEL.test(first.label) &&
        below.rows.some((r) => r !== first && BALANCE_LABEL.test(r.label)));
}
/** A part with no column headings at all: the rest of a table, not a table of its own. */
function headless(table) {
    return table.columns.slice(1).every((c) => c.header.trim() === '');
}
function continues(lines, above, below) {
    if (below.page !== above.page + 1)
        return false;
    if (hasTotalRow(above) && !((rollCutShort(above) && headless(below)) || rollGoesOn(above, below)))
        return false;
    if (below.startLine - above.endLine > CONTINUED_GAP)
        return false;
    // Only blank lines, the marker, a page number and short headings between the two parts.
    let markers = 0;
    for (let l = above.endLine + 1; l < below.startLine; l++) {
        const t = lines[l].trim();
        if (lines_1.PAGE_RE.test(lines[l]))
            markers++;
        else if (t.length > 90 || leadsIn(t))
            return false;
    }
    if (markers !== 1)
        return false;
    if (below.titleLine >= 0 && leadsIn(lines[below.titleLine].trim()))
        return false;
    // The lead-in's last line may be read as the label column's heading (`were as follows:` over the
    // years): the part below is a table of its own all the same. (Its words, not a colon alone: a
    // heading may end in one, `Organized Under Laws of:`.)
    if (LEADS_IN.test(below.columns[0]?.header ?? ''))
        return false;
    const a = above.columns.slice(1);
    const b = below.columns.slice(1);
    if (a.length !== b.length || a.length === 0)
        return false;
    // A part with no headings takes its columns' kinds from the part above (read from headings).
    const untold = headless(below);
    return a.every((c, i) => Math.abs(c.rightEdge - b[i].rightEdge) <= 1 &&
        (c.kind === b[i].kind || untold) &&
        !otherHeading(c.header, b[i].header));
}
/**
 * Whether two parts head the same column differently (`Three Months Ended 1999` over `At December
 * 31, 1999`): the part below is another statement, or the next quarters of a table split by
 * columns. A part that repeats the heading, shortens it, or has none continues the one above.
 */
function otherHeading(above, below) {
    const a = headingWords(above);
    const b = headingWords(below);
    return a !== '' && b !== '' && !a.includes(b) && !b.includes(a);
}
function headingWords(heading) {
    return heading.toLowerCase().replace(CONTINUED_NOTE, '').replace(/\s+/g, ' ').trim();
}
const CONTINUED_NOTE = /\(continued\)/g;
//# sourceMappingURL=continued.js.map