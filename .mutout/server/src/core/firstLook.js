"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIRST_LOOK_CHARS = void 0;
exports.firstLook = firstLook;
exports.poolSettled = poolSettled;
/**
 * A first look at a large document: the findings on its first pages, worked out before the rest
 * is parsed, so an editor opening a ten-megabyte filing shows the problems at its top in a fraction
 * of the time the whole analysis takes. The pages it parses go into the parse cache, and the whole
 * analysis that follows reuses them, so the look costs little more than publishing twice.
 *
 * The look reports only findings the whole analysis reports identically (code and span): those of
 * checks scoped to a line or a table, on the pages whose parse the rest of the document cannot
 * change. Pages parse independently, given the line after them; the page just above where the look
 * stops is left out all the same, as a table on it may continue across the next `<PAGE>` marker and
 * be joined with its second part. A page longer than the look (a filing without markers is one
 * page) is cut short instead, and the look covers its tables whose parse read nothing past the cut.
 */
const checks_1 = require("./checks");
const pool_1 = require("./pool");
const analyze_1 = require("./analyze");
const parse_1 = require("./parse");
const html_1 = require("./parse/html");
const lines_1 = require("./parse/lines");
const reuse_1 = require("./parse/reuse");
/**
 * How much of a document a first look reads: a quarter of a megabyte, in whole pages where it has
 * them (about 5,000 lines, a hundred screens). A look reads at most a quarter of a document, so
 * documents under 1 MB, whose whole analysis is quick enough, get none.
 */
exports.FIRST_LOOK_CHARS = 1 << 18;
/** Checks whose findings the first pages settle. */
const LOCAL_CHECKS = checks_1.CHECKS.filter((check) => check.scope !== 'document');
/**
 * The first look at `lines`, filling `cache` for the whole analysis to follow; undefined when the
 * document is under four times `chars` characters, or when its first `chars` characters settle no
 * table (see below).
 */
function firstLook(lines, cache, options = {}) {
    const started = performance.now();
    const chars = options.chars ?? exports.FIRST_LOOK_CHARS;
    // The last two markers within the first `chars` characters: the look parses the document down to
    // the second one (whose line the page above it reads), and covers the pages above the first.
    let through = 0;
    let cut = 0;
    // The first line past the first `chars` characters.
    let end = 0;
    let seen = 0;
    for (let i = 0; i < lines.length && seen <= 4 * chars; i++) {
        if (seen <= chars) {
            if (i > 0 && (0, lines_1.isPageMarker)(lines[i])) {
                through = cut;
                cut = i;
            }
            end = i + 1;
        }
        seen += lines[i].length + 1;
    }
    if (seen <= 4 * chars)
        return undefined;
    // The cache now holds fewer lines than the document: a store's record of edits made since the
    // document opened never matches that count, so the next parse finds the change by comparing lines.
    let model;
    if (through > 0) {
        model = (0, parse_1.parseLines)(lines.slice(0, cut + 1), cache);
        // An HTML document the cut ends may hold pages above it whose tables take rows from below it.
        const html = settledHtml(cache, cut + 1);
        const unsettled = model.tables.find((t) => t.source === 'html' && !html.has(t) && t.startLine < through);
        if (unsettled)
            through = unsettled.startLine;
    }
    else {
        // Pages longer than `chars` (a filing without <PAGE> markers, an HTML file, is one page): the look
        // parses the first `chars` characters and covers the tables of the page it cut short whose scan
        // read nothing past the cut; the whole analysis keeps them, as it keeps tables clear of an edit.
        model = (0, parse_1.parseLines)(lines.slice(0, end), cache);
        through = settledAbove(model, end, settledHtml(cache, end));
    }
    if (through === 0)
        return undefined;
    const { findings } = (0, analyze_1.lintModel)(model, options, LOCAL_CHECKS);
    const settled = (line) => line < through;
    const pool = (0, pool_1.poolOf)(model);
    return {
        model,
        findings: findings.filter((f) => f.table !== undefined
            ? settled(model.tables[f.table].endLine) && poolSettled(model.tables[f.table], pool)
            : settled(f.span.line)),
        through,
        tables: model.tables.filter((t) => settled(t.endLine)).length,
        ms: performance.now() - started,
    };
}
/**
 * Whether a table's findings read in the look as in the whole: a table that states a pool's totals
 * is footed against what the pool's tables agree on, and before the look's tables agree on them
 * (the other tables that state them lie below), its slips are named otherwise than the whole
 * analysis names them (a warning that names no row for an error that does).
 */
function poolSettled(table, pool) {
    const totals = (0, pool_1.totalsOf)(table);
    if (!totals)
        return true;
    return pool_1.POOL_KEYS.every((key) => totals.keys[key] === undefined || pool.agreed[key] !== undefined);
}
/**
 * The line after the last table of the last page of `model`, a parse of a document's first `cut`
 * lines, that reads the same with the lines below the cut: the page's scan had read no line past the
 * cut when it built it (nor any before it), or, of an HTML document, that `html` holds. 0 when there
 * is no such table.
 */
function settledAbove(model, cut, html) {
    const page = model.pages[model.pages.length - 1];
    // The page's text tables, and the tables of the HTML documents on it (read apart from the pages).
    const onPage = new Set(page.tables);
    for (const t of model.tables)
        if (t.source === 'html' && t.startLine >= page.from)
            onPage.add(t);
    let through = 0;
    for (const table of [...onPage].sort((a, b) => a.startLine - b.startLine)) {
        const read = table.source === 'html' ? (html.has(table) ? table.endLine : -1) : (0, reuse_1.scannedThrough)(table);
        if (read < 0 || read >= cut)
            break;
        through = table.endLine + 1;
    }
    return through;
}
/**
 * The HTML tables of a parse of a document's first `parsed` lines that a parse of the whole reads
 * alike: every table of a document that closes above the cut, and of one the cut ends, those
 * settledTables keeps (more than a table's reach of rows between them and the cut).
 */
function settledHtml(cache, parsed) {
    const out = new Set();
    for (const read of cache.htmlTables ?? []) {
        for (const t of read.end < parsed - 1 ? read.doc.tables : (0, html_1.settledTables)(read.doc))
            out.add(t);
    }
    return out;
}
//# sourceMappingURL=firstLook.js.map