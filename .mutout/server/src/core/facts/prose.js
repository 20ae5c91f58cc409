"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readProse = readProse;
exports.textReading = textReading;
exports.readText = readText;
exports.htmlParagraph = htmlParagraph;
exports.periodsFor = periodsFor;
exports.monthsOf = monthsOf;
exports.sentenceBounds = sentenceBounds;
exports.statementMonths = statementMonths;
const pageKept_1 = require("../pageKept");
const scan_1 = require("../parse/html/scan");
const regions_1 = require("../parse/regions");
const statements_1 = require("./statements");
/**
 * The paragraphs of a page's prose (outside its tables and EDGAR's `<TABLE>` tags) around the lines
 * `mentions` picks, each read once by `read`. (An HTML document's paragraphs are the HTML reader's:
 * see htmlParagraph.) Most pages never mention what a reader looks for: only the paragraphs around
 * such a line are put together (a 10 MB filing's prose is read in a few milliseconds, not thirty).
 */
function readProse(page, model, mentions, read) {
    const { lines } = model;
    let readTo = page.from;
    for (let l = page.from; l < page.to; l++) {
        if (l < readTo || !mentions(lines[l]) || !isProse(page, model, l))
            continue;
        let first = l;
        while (first > page.from && l - first < MAX_PARAGRAPH && isProse(page, model, first - 1))
            first--;
        let last = l;
        while (last + 1 < page.to && last - first < MAX_PARAGRAPH && isProse(page, model, last + 1))
            last++;
        readTo = last + 1;
        // A run of lines longer than any paragraph is not one (a listing, a document without blank lines).
        if (last - first >= MAX_PARAGRAPH)
            continue;
        read(paragraph(lines, first, last));
    }
}
/** A kind of thing the text states, made once at module load (it takes a slot in every page's list). */
function textReading(reader) {
    return { ...reader, slot: (0, pageKept_1.pageSlot)(), paragraphs: new WeakMap() };
}
/**
 * What `reading` finds in the document's text: page by page, then the HTML documents' paragraphs.
 * Each page's are kept with the page across edits (pageKept.ts). An HTML paragraph's depend on the
 * read of its document, not on its page: they are kept with the paragraph object (which a read keeps
 * where the text around it stands), with lines counted from the document's first, so a document
 * moved whole keeps them.
 */
function readText(model, reading) {
    const out = [];
    for (const page of model.pages) {
        let items = (0, pageKept_1.keptWithPage)(reading.slot, page, reading.moved);
        if (!items) {
            const found = [];
            readProse(page, model, reading.mentions, (para) => reading.read(para, found));
            items = (0, pageKept_1.keepWithPage)(reading.slot, page, found);
        }
        for (const item of items)
            out.push(item);
    }
    for (const doc of model.htmlProse) {
        for (const para of doc.paragraphs) {
            let items = reading.paragraphs.get(para);
            if (!items) {
                const found = [];
                if (reading.mentions(para.text))
                    reading.read(htmlParagraph(para, doc.startLine, model.lines), found);
                items = found.map((item) => reading.moved(item, -doc.startLine));
                reading.paragraphs.set(para, items);
            }
            for (const item of items)
                out.push(reading.moved(item, doc.startLine));
        }
    }
    return out;
}
/** Lines a paragraph may have; a discussion's longest run to a blank line is some thirty. */
const MAX_PARAGRAPH = 80;
/** Whether a line is a line of prose: not blank, not in a table or EDGAR's `<TABLE>` tags, not data. */
function isProse(page, model, l) {
    const text = model.lines[l];
    if (model.flags[l] & (regions_1.SKIPPED_LINE | regions_1.TABLE_TAG_LINE) || text.length > MAX_LINE || text.trim() === '')
        return false;
    return !inTable(page.tables, l);
}
/** Whether line `l` lies in one of a page's tables (in line order, apart): a binary search. */
function inTable(tables, l) {
    let lo = 0;
    let hi = tables.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tables[mid].endLine < l)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < tables.length && tables[lo].startLine <= l;
}
/** The paragraph of lines [first, last], joined by single spaces. */
function paragraph(lines, first, last) {
    let text = '';
    // Per line: its offset in `text`, and the column its trimmed text starts at in the line.
    const at = [];
    const column = [];
    for (let l = first; l <= last; l++) {
        const line = lines[l];
        const start = line.search(/\S/);
        if (l > first)
            text += ' ';
        at.push(text.length);
        column.push(start);
        text += line.trimEnd().slice(start);
    }
    const span = (start, end) => {
        let k = at.length - 1;
        while (k > 0 && at[k] > start)
            k--;
        const lineEnd = k + 1 < at.length ? at[k + 1] - 1 : text.length;
        if (end > lineEnd)
            return null;
        return { line: first + k, start: column[k] + (start - at[k]), end: column[k] + (end - at[k]) };
    };
    return { text, span };
}
/**
 * A paragraph the HTML reader kept, of the document starting on `startLine`, read as one line as a
 * text paragraph is: each line break or tab a space (offsets kept).
 */
function htmlParagraph(para, startLine, lines) {
    const text = para.text.replace(/[\n\r\t\f\v\u00a0]/g, ' ');
    return { text, span: (start, end) => htmlSpan(para, startLine, lines, start, end) };
}
/**
 * Where [start, end) of an HTML paragraph's text is written: on one line, and the same characters
 * there (no tag between its pieces, no entity among them), so that an edit of the span changes
 * what it says and nothing else.
 */
function htmlSpan(para, startLine, lines, start, end) {
    if (end <= start)
        return null;
    const from = placeOf(para, start);
    const last = placeOf(para, end - 1);
    if (!from || !last || from.line !== last.line)
        return null;
    const line = startLine + from.line;
    const span = { line, start: from.char, end: last.char + 1 };
    return lines[line]?.slice(span.start, span.end) === para.text.slice(start, end) ? span : null;
}
/** The line (from the document's first) and character where character `i` of a paragraph is written; null for an entity's. */
function placeOf(para, i) {
    const { text } = para;
    const p = (0, scan_1.pieceAt)(para.pieces, i);
    if (!p || p.entity || i < p.at || i >= p.at + p.length)
        return null;
    // A piece runs on over line breaks: count them.
    const newline = text.lastIndexOf('\n', i - 1);
    if (newline < p.at)
        return { line: p.line, char: p.char + (i - p.at) };
    let breaks = 0;
    for (let k = p.at; k < i; k++)
        if (text.charCodeAt(k) === 10)
            breaks++;
    return { line: p.line + breaks, char: i - newline - 1 };
}
/** Prose lines are short; a longer line is data or an encoded payload, not a sentence. */
const MAX_LINE = 400;
/**
 * The year and months of each figure: its own phrase's (`$11.8 million in 1998`); or the phrase
 * before the figures (`... activities in 1997 was $2,080 million`); or, for figures listed and then
 * `1998 and 1997, respectively`, those years in order; or for one figure, the one year its sentence
 * names or, naming none, the one year named earlier in its paragraph (`In 1998, ... Cash used in
 * investing activities of $147.2 million related to ...`). Null when a figure's year is not plain.
 */
function periodsFor(found, lead, rest, before, sentence) {
    const leadYear = (0, statements_1.oneYearIn)(lead);
    const respectively = /\brespectively\b/i.test(rest);
    if (respectively) {
        if (found.length < 2 || found.slice(0, -1).some((f) => f.year !== undefined))
            return null;
        const years = [...rest.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
        if (years.length !== found.length || new Set(years).size !== years.length)
            return null;
        const months = monthsOf(rest);
        return years.map((year) => ({ year, months }));
    }
    const out = [];
    for (const f of found) {
        if (f.year !== undefined)
            out.push({ year: f.year, months: monthsOf(f.period) });
        else if (found.length > 1)
            return null;
        else if (leadYear !== null)
            out.push({ year: leadYear, months: monthsOf(lead) });
        else if (/\b(?:19|20)\d\d\b/.test(sentence)) {
            const year = (0, statements_1.oneYearIn)(sentence);
            if (year === null)
                return null;
            out.push({ year, months: monthsOf(sentence) });
        }
        else {
            const year = (0, statements_1.oneYearIn)(before);
            if (year === null)
                return null;
            out.push({ year, months: monthsOf(before) });
        }
    }
    return out;
}
/** The months a period's words run: a quarter, six or nine months, a year; null for none or several. */
function monthsOf(text) {
    const said = new Set();
    for (const [months, re] of PERIOD_WORDS)
        if (re.test(text))
            said.add(months);
    return said.size === 1 ? [...said][0] : null;
}
const PERIOD_WORDS = [
    [3, /\b(?:three|3)[- ]months?\b|\bquarters?\b|\b13[- ]weeks?\b/i],
    [6, /\b(?:six|6)[- ]months?\b|\bfirst\s+half\b|\b26[- ]weeks?\b/i],
    [9, /\b(?:nine|9)[- ]months?\b|\b39[- ]weeks?\b/i],
    [12, /\b(?:years?|fiscal|annual|twelve[- ]months?|12[- ]months?|52[- ]weeks?|53[- ]weeks?)\b/i],
];
/** Sentence bounds in a paragraph: a period, then space and a capital or an opening parenthesis. */
function sentenceBounds(text) {
    const out = [];
    let start = 0;
    for (const m of text.matchAll(/(?<=[a-z0-9)%"'])\.\s+(?=[A-Z(])/g)) {
        out.push([start, m.index + 1]);
        start = m.index + m[0].length;
    }
    out.push([start, text.length]);
    return out;
}
/** The months a statement's column runs: its header's words, else its title's; a year's for an annual statement. */
function statementMonths(table, header) {
    return monthsOf(header) ?? monthsOf(table.title) ?? monthsOf(table.columns[0]?.header ?? '');
}
//# sourceMappingURL=prose.js.map