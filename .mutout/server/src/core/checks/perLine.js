"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PER_DOCUMENT = void 0;
exports.perLine = perLine;
const findings_1 = require("../findings");
const reuse_1 = require("../parse/reuse");
const regions_1 = require("../parse/regions");
const pageKept_1 = require("../pageKept");
/** One finding per line is plenty; a runaway file gets this many and a summary. */
exports.MAX_PER_DOCUMENT = 500;
/** Whether each line of a page is part of a table: between `<TABLE>` tags, or a parsed table with the rules drawn around it. */
function tableLines(model, page) {
    const { lines, flags } = model;
    const inTable = new Uint8Array(page.to - page.from);
    for (let l = page.from; l < page.to; l++)
        if (flags[l] & regions_1.TABLE_TAG_LINE)
            inTable[l - page.from] = 1;
    for (const t of page.tables) {
        // The rules drawn just above and below a table belong to it.
        let first = t.startLine;
        while (first > page.from && t.startLine - first < 2 && /^[\s\-=_]*$/.test(lines[first - 1]))
            first--;
        let last = t.endLine;
        while (last + 1 < page.to && last - t.bodyEndLine < 2 && /^[\s\-=_]*$/.test(lines[last + 1]))
            last++;
        for (let l = first; l <= last; l++)
            inTable[l - page.from] = 1;
    }
    return inTable;
}
/**
 * Runs `scan` over every line of the text regions, page by page. Reports are kept with the page
 * object: an unchanged page is not scanned again, a page moved by lines added or removed above it
 * has its reports moved with it, and a page parsed again with some of its tables kept has the lines
 * near the change scanned again (see `patched`). With `mayReport`, a cheap test that is true of every line
 * `scan` could report, a page where no line passes it (most pages) is told in one tight loop and
 * not scanned.
 */
function perLine(cache, ctx, scan, mayReport) {
    const out = [];
    for (const page of ctx.model.pages) {
        const reports = (0, pageKept_1.keptWithPage)(cache, page, findings_1.movedBy) ??
            (0, pageKept_1.keepWithPage)(cache, page, patched(cache, ctx, page, scan) ?? scanned(ctx, page, scan, mayReport));
        for (const r of reports) {
            if (out.length >= exports.MAX_PER_DOCUMENT)
                return out;
            out.push(r);
        }
    }
    return out;
}
/** Whether a line of `page` is part of a table, worked out for the whole page when first asked. */
function tableTest(ctx, page) {
    let tableFlags;
    return (l) => (tableFlags ??= tableLines(ctx.model, page))[l - page.from] === 1;
}
/** Scans the lines [from, to) of `page` into `reports`, which stop at the document's limit. */
function scanInto(reports, ctx, page, scan, from, to, inTable) {
    const { lines, flags } = ctx.model;
    for (let l = from; l < to && reports.length < exports.MAX_PER_DOCUMENT; l++) {
        if (!(flags[l] & regions_1.SKIPPED_LINE))
            scan(l, lines[l], inTable, reports);
    }
}
/** A page's reports from a scan of all its lines (none when no line passes `mayReport`). */
function scanned(ctx, page, scan, mayReport) {
    const { lines, flags } = ctx.model;
    const reports = [];
    let worthScanning = !mayReport;
    for (let l = page.from; !worthScanning && l < page.to; l++) {
        if (!(flags[l] & regions_1.SKIPPED_LINE) && mayReport(lines[l]))
            worthScanning = true;
    }
    if (worthScanning)
        scanInto(reports, ctx, page, scan, page.from, page.to, tableTest(ctx, page));
    return reports;
}
/**
 * The reports of a page parsed again with its tables clear of the change kept (a long page without
 * `<PAGE>` markers, edited), from those of the page it replaces: the lines that changed, and those
 * of the tables built again (before and now) with the two lines around them, where a line's being
 * part of a table may have changed, are scanned again; the reports above them are kept and those
 * below moved with their lines. Undefined when the old reports are unknown or stopped at the limit.
 */
function patched(cache, ctx, page, scan) {
    const lineage = reuse_1.pageLineage.get(page);
    const old = lineage && (0, pageKept_1.keptOn)(cache, lineage.before);
    if (!lineage || !old || old.from !== lineage.before.from || old.items.length >= exports.MAX_PER_DOCUMENT)
        return undefined;
    const { before, change } = lineage;
    const now = (line) => (line >= change.oldTo ? line + change.delta : line);
    // The page before must have held every line of this one outside the change (a <PAGE> marker
    // deleted at its end makes a page of two). A bound of it inside the change lands at the end of
    // the lines typed there: it held none of the lines below them. (A page that ended inside the
    // lines that were removed is no longer the page below them: `<PAGE>` and a long line typed under
    // two blank lines, the blank lines then deleted, left the long line unscanned.)
    const landed = (bound) => bound <= change.from ? bound : bound >= change.oldTo ? bound + change.delta : change.newTo;
    if (landed(before.from) > page.from || landed(before.to) < page.to)
        return undefined;
    let lo = change.from;
    let hi = change.newTo;
    // A table's lines and the two around it, where they stand now (`at` maps a line of the page
    // before): for a table of the page before, those above the change keep their numbers however far
    // the table itself moved (a rule just above a table that lines typed between them moved down was
    // part of it, and no longer is).
    const widen = (start, end, at = (line) => line) => {
        lo = Math.min(lo, at(start - 2));
        hi = Math.max(hi, at(end + 2) + 1);
    };
    // Kept tables are the very objects of the page before; the others were built again.
    const then = new Set(before.tables);
    const current = new Set(page.tables);
    for (const t of page.tables)
        if (!then.has(t))
            widen(t.startLine, t.endLine);
    for (const t of before.tables)
        if (!current.has(t))
            widen(t.startLine, t.endLine, now);
    lo = Math.max(lo, page.from);
    hi = Math.min(hi, page.to);
    // The page before may have reached further (a <PAGE> marker typed into it cut it short): only
    // its reports on this page's lines count.
    const reports = old.items.filter((r) => r.span.line >= page.from && r.span.line < lo);
    scanInto(reports, ctx, page, scan, lo, hi, tableTest(ctx, page));
    for (const r of old.items) {
        if (reports.length >= exports.MAX_PER_DOCUMENT)
            break;
        const line = now(r.span.line);
        if (r.span.line >= change.oldTo && line >= hi && line < page.to) {
            reports.push(change.delta ? (0, findings_1.movedBy)(r, change.delta) : r);
        }
    }
    return reports;
}
//# sourceMappingURL=perLine.js.map