"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createParseCache = void 0;
exports.parseFiling = parseFiling;
exports.parseLines = parseLines;
const lines_1 = require("./lines");
const regions_1 = require("./regions");
const doc_1 = require("./doc");
const reuse_1 = require("./reuse");
const header_1 = require("./header");
const html_1 = require("./html");
const page_1 = require("./page");
const continued_1 = require("./continued");
const sorted_1 = require("../sorted");
var reuse_2 = require("./reuse");
Object.defineProperty(exports, "createParseCache", { enumerable: true, get: function () { return reuse_2.createParseCache; } });
const SKIPPED = (0, lines_1.lineInfo)('prose', []);
function parseFiling(text, cache) {
    return parseLines((0, lines_1.splitLines)(text), cache);
}
/**
 * `changed`, when the caller knows it (the server's document store does), is what changed since the
 * parse that filled `cache`; without it the two versions are compared line by line.
 */
function parseLines(lines, cache, changed) {
    const plan = (0, reuse_1.planReuse)(lines, cache, changed);
    const { change, starts, flags, infos, known, previous } = plan;
    const firstIsPage = lines_1.PAGE_RE.test(lines[0] ?? '');
    const doc = new doc_1.LineAccess(lines, infos, plan.views, flags);
    // A line that starts a page is a page line, also in a skipped region (where `classify` never sees
    // it) or too long for a table (where it takes the line for data): a page's parse reads the line
    // after it and no further, and the walks down a page (a table's footnotes, its detached totals
    // row) stop at that kind. Taken for prose, a marker in an encoded binary let a footnote's
    // continuation run past its page into lines not classified, and the parse threw.
    for (let k = 1; k < starts.length; k++)
        infos[starts[k]] = lines_1.PAGE_LINE;
    // The pages the last parse gave a lineage let go of it: their per-line reports were worked out by
    // the analysis before (those kept now stand as they are; the others are replaced).
    for (const page of cache?.lineaged ?? [])
        reuse_1.pageLineage.delete(page);
    const lineaged = [];
    const pages = [];
    const tables = [];
    for (let k = 0; k < starts.length; k++) {
        const from = starts[k];
        const to = k + 1 < starts.length ? starts[k + 1] : lines.length;
        // Page numbers count the <PAGE> markers above, as the filing's own numbering does.
        const number = k + 1 + (firstIsPage ? 1 : 0);
        const page = known[k];
        // A reusable page has the flags it had: lines whose flags changed were made part of the change.
        if (page) {
            pages.push((0, page_1.reusedPage)(page, from, to, number, tables));
            continue;
        }
        // The page reads the line after it too.
        classifyLines(doc, flags, from, Math.min(to + 1, lines.length));
        // The same page as parsed before, with the change inside it: its tables clear of the change are kept.
        const before = change ? previous.get(change.from >= from ? from : from - change.delta) : undefined;
        const lineage = before ? { before, change: change } : undefined;
        const parsed = { from, to, number, tables: (0, page_1.parsePage)(doc, from, to, number, tables, lineage), kept: [] };
        if (lineage) {
            // One generation only: the page before lets go of the one it replaced, or every version of
            // an edited page would stay reachable from the current one.
            reuse_1.pageLineage.delete(lineage.before);
            reuse_1.pageLineage.set(parsed, lineage);
            lineaged.push(parsed);
        }
        pages.push(parsed);
    }
    // HTML documents: each read on its own (parse/html/), again only when a change is inside it.
    const reads = [];
    for (const region of plan.html) {
        const page = pageOf(starts, region.start) + 1 + (firstIsPage ? 1 : 0);
        const doc = (0, reuse_1.keptHtml)(cache, change, region) ??
            (0, reuse_1.rereadHtml)(lines, cache, change, region, page) ??
            (0, html_1.readHtmlDocument)(lines, region.start, region.end + 1, page);
        for (const t of doc.tables)
            t.page = pageOf(starts, t.startLine) + 1 + (firstIsPage ? 1 : 0);
        reads.push({ start: region.start, end: region.end, doc });
    }
    if (cache)
        (0, reuse_1.rememberParse)(cache, lines, plan, pages, reads, lineaged);
    const joined = (0, continued_1.joinContinuedTables)(lines, tables, change);
    const htmlProse = reads.map((r) => ({
        startLine: r.start,
        paragraphs: r.doc.tops.flatMap((t) => t.prose).concat(r.doc.proseAfter),
    }));
    return {
        lines,
        tables: reads.length ? merged(joined, reads) : joined,
        pages,
        regions: plan.regions,
        flags,
        htmlProse,
    };
}
/** The index of the page holding `line`: the last page start at or above it (the first page starts at 0). */
function pageOf(starts, line) {
    return Math.max(0, (0, sorted_1.countBelow)(starts, line + 1) - 1);
}
/** The text tables and the HTML documents' tables in the document's order, numbered again. */
function merged(text, reads) {
    const all = text.concat(...reads.map((r) => r.doc.tables)).sort((a, b) => a.startLine - b.startLine);
    all.forEach((t, k) => {
        t.index = k;
        if (t.untitled)
            t.title = (0, header_1.untitledTitle)(k);
    });
    return all;
}
/**
 * Kinds of the lines [from, to) not known yet. HTML documents and encoded binaries inside a
 * submission hold no text tables: their lines are skipped.
 */
function classifyLines(doc, flags, from, to) {
    const { lines, infos } = doc;
    for (let i = from; i < to; i++) {
        if (infos[i] === undefined)
            infos[i] = flags[i] & regions_1.SKIPPED_LINE ? SKIPPED : (0, lines_1.classify)(lines[i], doc, i);
    }
}
//# sourceMappingURL=index.js.map