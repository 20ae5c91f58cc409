"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findFootnotes = findFootnotes;
exports.markedRun = markedRun;
const MARKER = /^(\(\w{1,3}\)|\*{1,3}|\{\d{1,2}\}|\d{1,2}\))\s*/;
/** Paragraphs without a marker (a short rule's `&nbsp;`, a page number) allowed before the first note. */
const MAX_LEAD = 1;
function findFootnotes(src, after) {
    return markedRun(after).notes.map(({ block, marker, text }) => {
        const line = src.lineOf(block.start);
        return { marker, text, startLine: line, endLine: line };
    });
}
/**
 * The paragraphs and rows under a table its footnotes are read from: the marked ones, how many of
 * `after` the reading looked at, and whether one of them ended it (else it ran out of them). Text
 * below those is none of the table's business, so an edit there leaves the table as it was read
 * (document.ts).
 */
function markedRun(after) {
    const notes = [];
    let lead = 0;
    let looked = 0;
    for (const b of after) {
        looked++;
        const m = MARKER.exec(b.text);
        if (!m || b.text.length === m[0].length) {
            if (notes.length > 0 || ++lead > MAX_LEAD)
                return { notes, looked, stopped: true };
            continue;
        }
        notes.push({ block: b, marker: m[1], text: b.text.slice(m[0].length) });
    }
    return { notes, looked, stopped: false };
}
//# sourceMappingURL=footnotes.js.map