"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildRows = buildRows;
const decimal_1 = require("../decimal");
const lines_1 = require("./lines");
const body_1 = require("./body");
const header_1 = require("./header");
const columns_1 = require("./columns");
/** The rows of a body: headings, and rows of cells placed in the layout's columns. */
function buildRows(doc, start, end, layout, body) {
    const { infos, lines } = doc;
    const { runs, boundary, labelRun } = layout;
    const rows = [];
    let pendingLabel = [];
    for (let l = start; l <= end; l++) {
        const info = infos[l];
        if ((info.kind === 'text' || info.kind === 'prose') && (0, body_1.isNilRow)(lines[l])) {
            // A row of nil dashes heads nothing (see isNilRow): a row of its own, each dash in the one column
            // it overlaps. A total under it and one row above adds the two (`Net income` 3,533, `Preferred
            // stock dividends  -  -`, then `Net income available to common share owners`).
            rows.push(nilRow(doc, l, layout, pendingLabel));
            pendingLabel = [];
            continue;
        }
        if (info.kind === 'text' || (info.kind === 'prose' && (0, body_1.isWrappedLabel)(doc, l))) {
            const above = rows[rows.length - 1];
            if (pendingLabel.length === 0 && above && endsLabelOf(doc, l, above, end)) {
                // `Common stock, ... 67,791,734 issued and     ---    68,000` over `  outstanding in 1999`:
                // the label's last words, printed under its figures. Not a heading: it parts no section.
                above.label = `${above.label} ${singleSpaced(lines[l].trim())}`;
                continue;
            }
            let k = l + 1;
            while (k <= end && continuesLabel(doc, k) && !lines[k - 1].trim().endsWith(':'))
                k++;
            const next = k <= end ? infos[k].kind : 'blank';
            const text = lines[l].trim();
            if (next === 'numeric' && !text.endsWith(':') && !headsIndentedItems(doc, l, k))
                pendingLabel.push(l);
            else {
                rows.push(heading(wrappedLabel(lines, pendingLabel, text), pendingLabel, l));
                pendingLabel = [];
            }
            continue;
        }
        if (info.kind !== 'numeric')
            continue;
        if ((0, header_1.isYearHeader)(info) ||
            (0, header_1.isPeriodRow)(info) ||
            (0, header_1.isSectionYear)(info) ||
            isAuditNote(lines[l], info) ||
            headingWithNoteReferences(info.chunks)) {
            // A column heading of years inside the body (`2006    2005`) starts a new section; a line of
            // headings with a note's reference under one of them is a heading too.
            rows.push(heading(lines[l].trim().replace(/\s+/g, ' '), pendingLabel, l));
            pendingLabel = [];
            continue;
        }
        const cells = new Array(layout.numericRuns.length + 1);
        const lineView = doc.view(l);
        // The label cell runs from the first label chunk's start to the last one's end.
        let labelFrom = -1;
        let labelTo = -1;
        let unread = NONE;
        const chunks = (0, columns_1.splitGluedNumbers)(info.chunks, runs, boundary, labelRun);
        for (let c = 0; c < chunks.length; c++) {
            const chunk = chunks[c];
            const run = chunk.number ? (0, columns_1.runOf)(runs, chunk) : -1;
            // A figure with a space typed inside it (`$      1 .01`), or stray characters after it
            // (`157,603..` ending on its column's edge), may start left of its column's run.
            const mistyped = !chunk.number && ((0, lines_1.isSplitFigure)(chunk.text) || (0, lines_1.isStrayTyped)(chunk.text)) && (0, columns_1.runOf)(runs, chunk) >= boundary;
            if (chunk.start < labelRun.end && !mistyped && (!chunk.number || run < boundary)) {
                if (labelFrom < 0)
                    labelFrom = chunk.start;
                labelTo = chunk.end;
                continue;
            }
            if (!chunk.number) {
                // A note such as `(a)` or `n/a` among the numbers says nothing; text with digits is a figure
                // that could not be read.
                if (!HAS_DIGIT.test(chunk.text))
                    continue;
                // A figure with a space typed inside it (`(1,25 1)`), or a `)` without its `(` hanging past
                // the digits (`2.40)`), may reach past its column's run: the one run it overlaps.
                const run = (0, columns_1.runOf)(runs, chunk);
                const col = (run < 0 ? overlappedRun(runs, chunk) : run) - boundary + 1;
                if (col >= 1)
                    unread = withUnread(unread, textCell(lineView, l, col, chunk));
                continue;
            }
            const col = run - boundary + 1;
            if (col < 1)
                continue;
            const joined = compoundEnd(chunks, c);
            if (joined > c) {
                // `6 & 8`, `0.25 and 0.35`: two figures in one entry (a plant's wafer sizes), not a figure.
                // The entry is a figure that could not be read: its column is neither footed nor aligned.
                const last = chunks[joined];
                const text = lineView.text.slice(chunk.start, last.end);
                unread = withUnread(unread, textCell(lineView, l, col, { start: chunk.start, end: last.end, text, number: null }));
                c = joined;
                continue;
            }
            if (cells[col]) {
                unread = withUnread(unread, makeCell(lineView, lines[l], l, col, chunk));
                continue;
            }
            cells[col] = makeCell(lineView, lines[l], l, col, chunk);
        }
        let labelOnLine = '';
        if (labelFrom >= 0) {
            labelOnLine = lineView.text.slice(labelFrom, labelTo);
            cells[0] = labelCell(lineView, l, labelFrom, labelTo);
        }
        // Most rows have no wrapped label lines above them: their label is their own line's.
        const wrapped = pendingLabel.length > 0;
        if (wrapped && labelFrom >= 0 && aloneLeftOfColumns(chunks, cells, layout)) {
            // `Dividends declared` over `(217)` at the margin: the row's figure, set on a line of its own
            // under its label and left of every column. No column can be told for it, so each is left
            // unread (never footed as if complete), and the figure is not label text.
            unread = unplaced(lineView, l, labelFrom, labelTo, cells.length);
            labelOnLine = '';
            cells[0] = undefined;
        }
        const above = rows[rows.length - 1];
        if (!wrapped && labelFrom >= 0 && aloneLeftOfColumns(chunks, cells, layout) && above?.line === l - 1) {
            // `(17)` at the margin under `related to disposals   -   -   (17)`: the last figure of the
            // row above, wrapped onto a line of its own for want of room. It is not read in the column it
            // was meant for (nothing says so for sure), but that column of the row is not complete.
            const missing = lastColumnMissing(above, cells.length);
            if (missing > 0) {
                const text = lineView.text.slice(labelFrom, labelTo);
                above.unread = withUnread(above.unread, textCell(lineView, l, missing, { start: labelFrom, end: labelTo, text, number: null }));
                continue;
            }
        }
        if (!wrapped && labelFrom < 0 && markersOnly(cells, unread) && hasMarkers(above)) {
            // `(5)   (7)` on a line of their own under `(1,515)(4)  1,146(6)`: more footnote marks of the
            // row above, set below it for want of room. They are no figures.
            continue;
        }
        const label = wrapped ? wrappedLabel(lines, pendingLabel, labelOnLine) : singleSpaced(labelOnLine.trim());
        const kind = body.totalish.has(l) ? 'total' : 'body';
        rows.push({ kind, label, lines: wrapped ? withLine(pendingLabel, l) : [l], line: l, cells, unread });
        if (wrapped)
            pendingLabel = [];
    }
    return rows;
}
/** The label column's cell of a row: the label's text on line `l`, `from` to `to` (view offsets). */
function labelCell(view, l, from, to) {
    return {
        column: 0,
        text: view.text.slice(from, to),
        span: { line: l, start: view.toChar(from), end: view.toChar(to - 1) + 1 },
        display: { start: from, end: to },
        edge: to,
        marker: '',
        afterLeader: undefined,
        value: null,
        dollar: false,
        percent: false,
    };
}
/** A row that prints nil in every column: its label, and its dashes as cells without a value. */
function nilRow(doc, l, layout, pendingLabel) {
    const { runs, boundary } = layout;
    const view = doc.view(l);
    const chunks = doc.chunksOf(l);
    const cells = new Array(layout.numericRuns.length + 1);
    let labelFrom = -1;
    let labelTo = -1;
    for (const chunk of chunks) {
        const run = chunk.number?.dash ? overlappedRun(runs, chunk) : -1;
        const col = run - boundary + 1;
        if (run < 0 || col < 1) {
            if (!chunk.number?.dash) {
                if (labelFrom < 0)
                    labelFrom = chunk.start;
                labelTo = chunk.end;
            }
            continue;
        }
        if (!cells[col])
            cells[col] = makeCell(view, doc.lines[l], l, col, chunk);
    }
    const own = labelFrom >= 0 ? singleSpaced(view.text.slice(labelFrom, labelTo)) : '';
    if (labelFrom >= 0)
        cells[0] = labelCell(view, l, labelFrom, labelTo);
    const label = pendingLabel.length > 0 ? wrappedLabel(doc.lines, pendingLabel, own) : own;
    return {
        kind: 'body',
        label,
        lines: pendingLabel.length > 0 ? withLine(pendingLabel, l) : [l],
        line: l,
        cells,
        unread: NONE,
    };
}
/** The end of a line of a label that goes on below: a comma, a hyphen, or a word that joins. */
const CARRIES_ON = new RegExp(`(?:[,-]|\\b(?:${header_1.JOINING_WORDS}|before|after))\\s*$`, 'i');
/**
 * Whether text line `line` is a heading over items rather than the first line of a wrapped label:
 * the row below (`next`) starts further right with a capital (`Return on plan assets` over
 * `  Actual (gain) loss ...`). A label's continuation starts at the same place or in lower case
 * (`Interest cost on projected benefit` over ` obligation ....`).
 */
function headsIndentedItems(doc, line, next) {
    const text = doc.view(line).text;
    // `Total Sales from Continuing` over `   Operations   $13,557`: a total's label wraps, it heads nothing;
    // so does a line that stops on a comma or a joining word (`Preferred stock - Series B repurchase,`).
    if (TOTAL_START.test(text) || CARRIES_ON.test(text))
        return false;
    const below = doc.view(next).text;
    const at = (0, lines_1.firstNonBlank)(text);
    const belowAt = (0, lines_1.firstNonBlank)(below);
    const c = below.charCodeAt(belowAt);
    return belowAt > at && c >= 65 && c <= 90;
}
/**
 * Whether text line `line` ends the label of the row right above it (on the line before), printed
 * under its figures: it starts in lower case and no row follows it directly.
 */
function endsLabelOf(doc, line, above, end) {
    if (above.kind === 'heading' || above.line !== line - 1)
        return false;
    const text = doc.lines[line];
    const c = text.charCodeAt((0, lines_1.firstNonBlank)(text));
    if (c < 97 || c > 122)
        return false;
    return line + 1 > end || doc.infos[line + 1].kind !== 'numeric';
}
/** Whether line `k` carries on a label: text, or a prose-length line that wraps onto a row. */
function continuesLabel(doc, k) {
    const kind = doc.infos[k].kind;
    return kind === 'text' || (kind === 'prose' && (0, body_1.isWrappedLabel)(doc, k) && !(0, body_1.isNilRow)(doc.lines[k]));
}
/** A heading row on line `line`, with the label lines above it. */
function heading(label, above, line) {
    return { kind: 'heading', label, lines: withLine(above, line), line, cells: [], unread: NONE };
}
/**
 * The row's last column, when it alone is empty and the row has figures before it (a figure that
 * wrapped off the row's end); 0 otherwise.
 */
function lastColumnMissing(row, count) {
    if (row.kind === 'heading' || count < 3 || row.cells[count - 1] || !row.cells[count - 2])
        return 0;
    return count - 1;
}
/** Whether a row's line holds one figure and nothing else, ending left of every numeric column. */
function aloneLeftOfColumns(chunks, cells, layout) {
    if (chunks.length !== 1 || chunks[0].number === null)
        return false;
    for (let c = 1; c < cells.length; c++)
        if (cells[c])
            return false;
    const first = layout.numericRuns[0];
    return first !== undefined && chunks[0].end <= first.start;
}
/** A figure that stands in no column: an unread cell in each of the `count - 1` numeric columns. */
function unplaced(view, line, from, to, count) {
    const out = [];
    const text = view.text.slice(from, to);
    for (let col = 1; col < count; col++) {
        out.push(textCell(view, line, col, { start: from, end: to, text, number: null }));
    }
    return out;
}
/** The one run a chunk overlaps, or -1 (none, or several). */
function overlappedRun(runs, chunk) {
    let found = -1;
    for (let k = 0; k < runs.length; k++) {
        if (chunk.start < runs[k].end && chunk.end > runs[k].start) {
            if (found >= 0)
                return -1;
            found = k;
        }
    }
    return found;
}
/** A footnote mark as a figure would read it: `(5)`, `(12)`. */
const MARK = /^\(\d{1,2}\)$/;
/**
 * A note's reference under a column heading, one digit only: a line of headings is told by it
 * alone, with no row above whose marks it would continue, so `(12)` there may be a figure.
 */
const NOTE_REFERENCE = /^\(\d\)$/;
/** Whether a line's cells are all footnote marks (`(5)`), one at least, with nothing unread. */
function markersOnly(cells, unread) {
    if (unread.length > 0)
        return false;
    let marks = 0;
    for (let c = 1; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell)
            continue;
        if (!MARK.test(cell.text.trim()))
            return false;
        marks++;
    }
    return marks > 0;
}
/** Whether a row's figures carry footnote marks glued to them (`1,011(1)`). */
function hasMarkers(row) {
    return row !== undefined && row.cells.some((c, k) => k > 0 && c !== undefined && c.marker !== '');
}
/** A label that begins with `Total`. */
const TOTAL_START = /^\s*total\b/i;
/** Rows with nothing unread share one empty list (never written to). */
const NONE = [];
const HAS_DIGIT = /\d/;
/** `unread` with `cell` added (a new list: NONE is shared). */
function withUnread(unread, cell) {
    return [...unread, cell];
}
/** A word that joins two figures into one entry, alone or with the second figure (`& 8`). */
const JOINER = /^(?:&|and|or)$/i;
const JOINED_FIGURE = /^(?:&|and|or) \$?\(?\d[\d,]*(?:\.\d+)?\)?%?$/i;
/**
 * The index of the last chunk of an entry of two figures joined by `&`, `and` or `or` with a space
 * or two either side (`6 & 8`, `0.25 & 0.35`), starting at chunk `c`; `c` when the figure there
 * stands alone.
 */
function compoundEnd(chunks, c) {
    const next = chunks[c + 1];
    if (!next || next.number || next.start - chunks[c].end > 2)
        return c;
    if (JOINED_FIGURE.test(next.text))
        return c + 1;
    const second = chunks[c + 2];
    if (!second?.number || !JOINER.test(next.text))
        return c;
    return second.start - next.end <= 2 ? c + 2 : c;
}
/** A cell for text with digits among the figures, that could not be read as one (`1,,234`, `2.40)`). */
function textCell(view, line, column, chunk) {
    return {
        column,
        text: chunk.text,
        span: { line, start: view.toChar(chunk.start), end: view.toChar(chunk.end - 1) + 1 },
        display: { start: chunk.start, end: chunk.end },
        edge: chunk.end,
        marker: '',
        afterLeader: undefined,
        value: null,
        dollar: false,
        percent: false,
    };
}
/** A label part with each run of white space made one space (most have none: they are returned as they are). */
function singleSpaced(part) {
    return WHITE_RUN_TEST.test(part) ? part.replace(/\s{2,}/g, ' ') : part;
}
const WHITE_RUN_TEST = /\s{2}/;
/**
 * A label wrapped over the lines `above` and ending in `last`, joined (see joinLabel). Rows with a
 * wrapped label are the exception: this and withLine are functions of their own, out of the row
 * loop (docs/performance.md, "Cold paths in functions of their own").
 */
function wrappedLabel(lines, above, last) {
    let out = '';
    for (let k = 0; k < above.length; k++)
        out = joinLabel(out, lines[above[k]]);
    return joinLabel(out, last);
}
/** The line numbers `above`, then `line`. */
function withLine(above, line) {
    const out = above.slice();
    out.push(line);
    return out;
}
/** `out` with the next line of a label added: a space between, or nothing after a `/` or `-`. */
function joinLabel(out, raw) {
    const p = singleSpaced(raw.trim());
    if (!p)
        return out;
    if (!out)
        return p;
    return out.endsWith('/') || out.endsWith('-') ? out + p : `${out} ${p}`;
}
/**
 * A cell of a figure; `raw` is the line as written (leaders not blanked). Every cell is made with the
 * same fields in the same order, `afterLeader` too (docs/performance.md, "One shape per record").
 */
function makeCell(view, raw, line, column, chunk) {
    const n = chunk.number;
    const s = chunk.start + n.start;
    const e = chunk.start + n.end;
    const start = view.toChar(s);
    const end = view.toChar(e - 1) + 1;
    const span = { line, start, end };
    return {
        column,
        text: chunk.text,
        span,
        // On a line without tabs the figure's columns are its characters: one object serves as both (a
        // cell of most filings; each object of a 10 MB filing's 35,000 cells counts in the heap target).
        display: start === s && end === e ? span : { start: s, end: e },
        edge: chunk.start + (0, decimal_1.digitsEndIn)(chunk.text, n),
        marker: n.end < chunk.text.length ? chunk.text.slice(n.end).trim() : '',
        afterLeader: afterLeader(raw, start) ? true : undefined,
        value: n.dash ? null : n.value,
        dollar: n.dollar,
        percent: n.percent,
    };
}
/**
 * A heading line that says which columns are audited (`(Unaudited)   (1)`, `ASSETS   (Unaudited)   (1)`):
 * its only figures are footnote references or years, not amounts.
 */
function isAuditNote(text, info) {
    // The figures first: most rows fail on their first one, before the line is searched.
    for (const c of info.chunks)
        if (c.number && !HEADING_FIGURE.test(c.text))
            return false;
    return AUDIT_NOTE.test(text);
}
const AUDIT_NOTE = /\((?:un)?audited\)/i;
/** A footnote reference (`(1)`, `(a)`) or a year, as a column heading carries them. */
const HEADING_FIGURE = /^(?:\((?:\d{1,2}|[a-z])\)|(?:19|20)\d\d)$/i;
/**
 * Whether a figure starting at character `at` follows dot leaders directly (`Indemnity....... 17`,
 * `Vesting and Forfeitures.....95`): placed where the leaders stop, as a table of contents places
 * its page numbers.
 */
function afterLeader(line, at) {
    const before = line.charCodeAt(at - 1) === SPACE ? at - 2 : at - 1;
    return before > 0 && line.charCodeAt(before) === DOT && line.charCodeAt(before - 1) === DOT;
}
const SPACE = 32;
const DOT = 46;
/**
 * A line of column headings with a note's reference under one of them (`Doubtful Accounts:
 * Balance  Expenses  (1)  Balance`, the second line of `Deductions (1)`), read as the first line of
 * a table's body: its only figures are references of one digit in parentheses, and words stand in
 * two columns or more beside the label. A row of figures has none of its own words out in the
 * columns. Classified, it stays a line of figures, so that the headings above it stay the table's.
 */
function headingWithNoteReferences(chunks) {
    // A list's items (`(1)  Staff Contribution.  The amount ...`) start with theirs.
    if (chunks[0].number)
        return false;
    let words = 0;
    for (let i = 0; i < chunks.length; i++) {
        const ch = chunks[i];
        if (ch.number) {
            if (!NOTE_REFERENCE.test(ch.text))
                return false;
        }
        else if (i > 0 && /^[A-Za-z]/.test(ch.text))
            words++;
    }
    return words >= 2;
}
//# sourceMappingURL=rows.js.map