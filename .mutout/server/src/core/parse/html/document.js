"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readHtmlDocument = readHtmlDocument;
exports.settledTables = settledTables;
exports.rereadHtmlDocument = rereadHtmlDocument;
const scan_1 = require("./scan");
const source_1 = require("./source");
const table_1 = require("./table");
const footnotes_1 = require("./footnotes");
/** The tables of the HTML document on lines [from, to) of the filing. */
function readHtmlDocument(lines, from, to, page) {
    const src = new source_1.HtmlSource(lines, from, to);
    return read(src, page, from);
}
/** The tables scanned from `src`, grouped by the top-level table holding them; lines from `docStart`. */
function read(src, page, docStart, outer = []) {
    const tables = [];
    const tops = [];
    const scan = (0, scan_1.scanHtml)(src.html, outer);
    // Each paragraph goes with the first top-level table after it, or to the document's end.
    let next = 0;
    const proseUpTo = (at) => {
        const out = [];
        for (; next < scan.prose.length && scan.prose[next].start < at; next++) {
            out.push(proseParagraph(scan.prose[next], src, docStart));
        }
        return out;
    };
    for (const raw of scan.tables) {
        if (!raw.nested || tops.length === 0) {
            const endLine = src.lineOf(raw.end);
            tops.push({
                startLine: src.lineOf(raw.start) - docStart,
                endLine: endLine - docStart,
                startChar: src.charOf(raw.start),
                endChar: src.charOf(raw.end) + 1,
                clearBelow: onlyTags(src.html, raw.end + 1, src.lineEnd(endLine)),
                blocks: textRows(raw),
                reach: reachOf(raw, src, docStart),
                paragraphsBefore: Math.min(raw.paragraphsBefore, scan_1.MAX_AFTER + 1),
                stateBefore: raw.stateBefore,
                openAfter: raw.openAfter,
                tables: [],
                prose: proseUpTo(raw.start),
            });
        }
        for (const table of (0, table_1.buildHtmlTables)(raw, src, tables.length, page)) {
            tables.push(table);
            tops[tops.length - 1].tables.push(table);
        }
    }
    return { tables, tops, proseAfter: proseUpTo(Infinity), hiddenAtEnd: scan.hiddenAtEnd };
}
/** A paragraph as the model keeps it: each piece's place as a line (from the document's first) and character. */
function proseParagraph(raw, src, docStart) {
    return {
        text: ownCopy(raw.text),
        pieces: raw.pieces.map((p) => ({
            at: p.at,
            line: src.lineOf(p.src) - docStart,
            char: src.charOf(p.src),
            length: p.length,
            entity: p.entity,
        })),
    };
}
/**
 * A string of its own characters. The parser's text is sliced from the document's, and V8 keeps a
 * slice's whole parent alive: a paragraph kept with the read would hold the document's text (a
 * megabyte or more) for the few hundred characters it reads. Flattening a new concatenation copies
 * the characters (3 MB of heap on the bench's 10 MB filing, for 22 paragraphs).
 */
function ownCopy(text) {
    return ` ${text}`.slice(1);
}
/** A paragraph kept below a change, moved with the text after it: down by `delta` lines, along `endLine` by `by`. */
function movedProse(para, delta, endLine, by) {
    return {
        text: para.text,
        pieces: para.pieces.map((p) => ({ ...p, line: p.line + delta, char: p.line === endLine ? p.char + by : p.char })),
    };
}
/** Where the reading of a top-level table's footnotes stopped (TopTable.reach). */
function reachOf(raw, src, docStart) {
    const { looked, stopped } = (0, footnotes_1.markedRun)(raw.after);
    // It stopped at a paragraph or row that is no footnote, or at the last one a table takes.
    if (looked === 0 || (!stopped && raw.after.length < scan_1.MAX_AFTER))
        return null;
    const end = raw.after[looked - 1].end;
    return { line: src.lineOf(end) - docStart, char: src.charOf(end) };
}
/**
 * The tables of a document read only down to a cut (a first look at a large file) that a read of
 * the whole document gives alike: those of top-level tables clear below with more than MAX_AFTER
 * rows holding text between them and the cut, as an edit at the cut would keep them (see
 * rereadHtmlDocument). A table takes paragraphs and rows after it as its possible footnotes, and
 * the last ones above the cut may have more below it.
 */
function settledTables(doc) {
    const { tops } = doc;
    let keep = tops.length;
    for (let blocks = 0; keep > 0 && blocks <= scan_1.MAX_AFTER; keep--)
        blocks += tops[keep - 1].blocks;
    while (keep > 0 && !tops[keep - 1].clearBelow)
        keep--;
    return tops.slice(0, keep).flatMap((t) => t.tables);
}
/** How many of a table's rows hold text, counted up to MAX_AFTER + 1 (all that a margin needs). */
function textRows(raw) {
    let n = 0;
    for (const row of raw.rows) {
        if (row.cells.some((c) => c.text.trim() !== '') && ++n > scan_1.MAX_AFTER)
            break;
    }
    return n;
}
/** Tags that leave a scan's state as it was at the end of a table: any but those opening a table or hidden content. */
const PLAIN_TAG = /<\/?(?!(?:table|script|style|head|title|xml|ix:header)\b)[a-z][^<>]*>|<\/[a-z:]+\s*>|&nbsp;|&#160;|\s+/iy;
/**
 * Whether `html` from `from` to `to` (the rest of a line, after a `</TABLE>`) holds nothing a table's
 * paragraphs could be read from. Read up to the first thing that is not such a tag or space: on a
 * Workiva document's line of a megabyte, text follows each table within a few tags.
 */
function onlyTags(html, from, to) {
    let at = from;
    while (at < to) {
        PLAIN_TAG.lastIndex = at;
        const m = PLAIN_TAG.exec(html);
        if (!m)
            return false;
        at = PLAIN_TAG.lastIndex;
        // Past the line's end: white space running on is the line's own; a tag closed only on a line
        // below is, on this line, text left over.
        if (at > to)
            return m[0].trim() === '';
    }
    return true;
}
/**
 * The document's tables after `change`, a change inside it (lines [from, newTo) of the filing now,
 * [from, oldTo) before; `edges` says where inside those lines), from its read before the change.
 * A table takes the paragraphs before it (since the table above) and up to MAX_AFTER paragraphs and
 * rows after it, so the top-level tables kept are those with more than MAX_AFTER rows or paragraphs
 * between them and the change: those above stand as they were, those below move with the text
 * after the change. The text between is scanned again, from just past the `</TABLE>` of the last
 * table kept above (where a whole read's scan stands as a fresh one does: no table open, no
 * paragraph begun) to the `<TABLE` of the MAX_AFTER + 1th row holding text among the kept tables
 * below, which must come out where they were (an edit that opens a table or a comment and does not
 * close it changes everything after it). Positions are taken inside lines: a Workiva document is a
 * few lines of a megabyte, and an edit reads again the part of it around the edit, not all of it.
 * Null when the rescanned tables do not come out where they were, or when the change is too near
 * both ends to gain anything: the document is then read whole.
 */
function rereadHtmlDocument(lines, from, to, page, before, change, edges, move) {
    const { tops } = before;
    const { delta } = change;
    const at = change.from - from;
    const endLine = edges.endLine - from;
    const { endChar, unchanged } = edges;
    // Where the text after the change moved along its line: only the change's last line moves so.
    const along = (line) => (line === endLine ? edges.by : 0);
    const endsAbove = (t) => t.endLine < at || (t.endLine === at && t.endChar <= unchanged);
    const startsBelow = (t) => t.startLine > endLine || (t.startLine === endLine && t.startChar >= endChar);
    const endsBeforeEnd = (t) => t.endLine < endLine || (t.endLine === endLine && t.endChar <= endChar);
    // The first top-level table reaching the change, and the first wholly below it whose paragraphs
    // before (read from the end of the table above) lie below it too.
    let first = 0;
    while (first < tops.length && endsAbove(tops[first]))
        first++;
    let below = first;
    while (below < tops.length && !startsBelow(tops[below]))
        below++;
    if (below > 0 && below < tops.length && endsBeforeEnd(tops[below - 1]))
        below++;
    // The paragraphs before the document's first table run from its start: a change above the table
    // may change them.
    if (below === 0 && tops.length > 0)
        below = 1;
    // Kept above: the tables whose footnotes were looked for above the change. Only those with at
    // most MAX_AFTER paragraphs and rows holding text between them and the change can look that far:
    // each table passed adds its rows and the paragraphs between it and the table above (those
    // between the table reaching the change and the one before it may lie after the change, and are
    // not counted).
    let nearest = first;
    for (let blocks = 0; nearest > 0 && blocks <= scan_1.MAX_AFTER; nearest--) {
        blocks += tops[nearest - 1].blocks + (nearest > 1 ? tops[nearest - 1].paragraphsBefore : 0);
    }
    const reaches = (t) => t.reach === null || t.reach.line > at || (t.reach.line === at && t.reach.char > unchanged);
    let keep = first;
    for (let k = nearest; k < first; k++) {
        if (reaches(tops[k])) {
            keep = k;
            break;
        }
    }
    // The part read again starts after the last table kept above, with the elements open there open
    // (none at the document's start); where no scan could start afresh there, all is read again.
    const above = keep > 0 ? tops[keep - 1] : null;
    if (above && above.openAfter === null)
        return null;
    const outer = above?.openAfter ? above.openAfter.split('>') : [];
    const startLine = above ? from + above.endLine : from;
    const startChar = above ? above.endChar : 0;
    /** The tables read again, between those kept above and those kept below (from `kept` on), moved. */
    const spliced = (again, kept, hiddenAtEnd, 
    /** The paragraphs below the last table, and whether they were kept (and move) or were read again. */
    proseAfter, proseKept) => {
        const out = tops.slice(0, keep);
        const moved = (prose) => delta === 0 && edges.by === 0 ? prose : prose.map((p) => movedProse(p, delta, endLine, edges.by));
        out.push(...again);
        for (let k = kept; k < tops.length; k++) {
            const was = tops[k];
            for (const t of was.tables) {
                if (delta !== 0)
                    move.lines(t, delta);
                // Only a table starting on the change's last line can have figures there.
                if (edges.by !== 0 && was.startLine === endLine)
                    move.chars(t, from + endLine + delta, edges.by);
            }
            out.push({
                ...was,
                startLine: was.startLine + delta,
                endLine: was.endLine + delta,
                startChar: was.startChar + along(was.startLine),
                endChar: was.endChar + along(was.endLine),
                reach: was.reach && {
                    line: was.reach.line + delta,
                    char: was.reach.char + along(was.reach.line),
                },
                prose: moved(was.prose),
            });
        }
        return {
            tables: out.flatMap((t) => t.tables),
            tops: out,
            proseAfter: proseKept ? moved(proseAfter) : proseAfter,
            hiddenAtEnd,
        };
    };
    /** Whether tables read again stand where the tables `was` stood, moved with the text after the change, read alike. */
    const movedAlike = (now, was) => now.length === was.length &&
        was.every((w, k) => now[k].stateBefore === w.stateBefore &&
            now[k].openAfter === w.openAfter &&
            now[k].startLine === w.startLine + delta &&
            now[k].endLine === w.endLine + delta &&
            now[k].startChar === w.startChar + along(w.startLine) &&
            now[k].endChar === w.endChar + along(w.endLine));
    /** Whether a table read again ends where a table reaching the change ended, moved with the text after it. */
    const endsAlike = (now, was) => now.endLine === was.endLine + delta && now.endChar === was.endChar + along(was.endLine);
    /**
     * The document with the tables read again down to table `sync`'s `<TABLE ...>` tag, that tag
     * included (to the document's end for none), between the tables kept. Null unless the tables
     * read again below the change stand where they stood, read alike; the table before the first of
     * them ends where it ended (the same paragraphs lie before it); the tag is read where it stood, with
     * the scan as it was there (the same elements open, nothing hidden that was not: no comment,
     * tag, table or element the change opened or closed runs on past it); and each table read again
     * found its footnotes above the tag.
     */
    const readDownTo = (sync) => {
        const until = sync === null ? null : tops[sync];
        let end = { line: to, char: undefined };
        if (until) {
            const close = tagClose(lines, from + until.startLine + delta, until.startChar + along(until.startLine), to);
            if (!close)
                return null;
            end = { line: close.line + 1, char: close.char };
        }
        const again = read(new source_1.HtmlSource(lines, startLine, end.line, startChar, end.char), page, from, outer);
        const found = until ? again.tops[again.tops.length - 1] : undefined;
        const readAgain = until ? again.tops.slice(0, -1) : again.tops;
        const last = sync ?? tops.length;
        const rescanned = readAgain.length - (last - below);
        if (rescanned < 0 || !movedAlike(readAgain.slice(rescanned), tops.slice(below, last)))
            return null;
        // The tables kept below have the paragraphs before them they had: the one before them ends
        // where it ended (below > 0 where tables are kept below).
        if (below < tops.length && (rescanned === 0 || !endsAlike(readAgain[rescanned - 1], tops[below - 1]))) {
            return null;
        }
        if (until) {
            if (!found ||
                found.startLine !== until.startLine + delta ||
                found.startChar !== until.startChar + along(until.startLine) ||
                found.stateBefore !== until.stateBefore) {
                return null;
            }
            if (readAgain.slice(0, rescanned).some((t) => t.reach === null))
                return null;
        }
        // Read to the document's end, the paragraphs below its last table were read again too.
        return until
            ? spliced(readAgain.slice(0, rescanned), below, before.hiddenAtEnd, before.proseAfter, true)
            : spliced(readAgain.slice(0, rescanned), below, again.hiddenAtEnd, again.proseAfter, false);
    };
    // First only as far down as the tables read again looked for their footnotes before the change
    // (a change may move that: it is then read further): to the first table below the change that
    // starts past it.
    const lookedTo = furthestReach(tops.slice(keep, below));
    if (lookedTo) {
        let sync = below;
        while (sync < tops.length && !startsFrom(tops[sync], lookedTo))
            sync++;
        const doc = sync < tops.length ? readDownTo(sync) : null;
        if (doc)
            return doc;
    }
    // Else MAX_AFTER + 1 paragraphs and rows holding text below the change (the paragraphs before
    // table `below` lie after the change, as its rule above says, unless it is the document's first).
    let check = below;
    for (let blocks = 0; check < tops.length && blocks <= scan_1.MAX_AFTER; check++) {
        blocks += tops[check].blocks + (check > 0 ? tops[check].paragraphsBefore : 0);
    }
    if (keep === 0 && check >= tops.length)
        return null;
    return readDownTo(check < tops.length ? check : null);
}
/** The furthest down the tables' footnotes were looked for; null when one looked to the end. */
function furthestReach(tables) {
    let furthest = { line: 0, char: 0 };
    for (const t of tables) {
        if (!t.reach)
            return null;
        if (t.reach.line > furthest.line || (t.reach.line === furthest.line && t.reach.char > furthest.char)) {
            furthest = t.reach;
        }
    }
    return furthest;
}
/** Whether a table's `<TABLE` stands at or past a position. */
function startsFrom(t, at) {
    return t.startLine > at.line || (t.startLine === at.line && t.startChar >= at.char);
}
/**
 * Where the tag opening at `char` of line `line` closes: just past its `>`, looked for on the
 * line and the few below it (a tag written over lines); null when not found there.
 */
function tagClose(lines, line, char, to) {
    for (let l = line, from = char; l < Math.min(to, line + 8); l++, from = 0) {
        const gt = lines[l].indexOf('>', from);
        if (gt >= 0)
            return { line: l, char: gt + 1 };
    }
    return null;
}
//# sourceMappingURL=document.js.map