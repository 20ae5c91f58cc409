"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableSymbols = tableSymbols;
exports.foldingRanges = foldingRanges;
exports.lensTitle = lensTitle;
exports.codeLenses = codeLenses;
/**
 * Navigation from the table model: one symbol per table (Outline, breadcrumbs), folding ranges for
 * tables, footnotes and pages, and a one-line lens above each table saying whether it ties out.
 */
const decimal_1 = require("../decimal");
const summaries_1 = require("../summaries");
const lines_1 = require("../parse/lines");
function tableSymbols(model) {
    return model.tables.map((t) => ({
        name: t.title,
        // Plain ASCII: the outline of a large filing is one response of some 165 KB, which Node and
        // the editor encode and decode on a faster path when no character in it is above 127.
        detail: `page ${t.page}, ${t.rows.filter((r) => r.kind === 'body').length} rows`,
        startLine: t.startLine,
        endLine: t.endLine,
        selectionLine: t.titleLine >= 0 ? t.titleLine : t.startLine,
        table: t.index,
    }));
}
function foldingRanges(model) {
    const out = [];
    for (const t of model.tables) {
        if (t.endLine > t.startLine)
            out.push({ startLine: t.startLine, endLine: t.endLine, kind: 'region' });
        for (const f of t.footnotes) {
            if (f.endLine > f.startLine)
                out.push({ startLine: f.startLine, endLine: f.endLine, kind: 'comment' });
        }
    }
    // Pages: from a <PAGE> marker to the line before the next one, as the parser cut them (the
    // first page starts at line 0, which need not be a marker).
    model.pages.forEach((page, k) => {
        if (k === 0 && !lines_1.PAGE_RE.test(model.lines[0] ?? ''))
            return;
        if (page.to - 1 > page.from)
            out.push({ startLine: page.from, endLine: page.to - 1, kind: 'region' });
    });
    return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
function lensTitle(model, table) {
    const s = (0, summaries_1.summarizeTable)(table);
    const parts = [];
    if (s.totalCount && !s.statement) {
        parts.push(`${(0, decimal_1.format)(s.totalCount)} ${(0, summaries_1.countNoun)(s.countColumn)}`);
    }
    if (s.totalAmount && !s.statement)
        parts.push((0, summaries_1.money)(s.totalAmount, s.amountColumn));
    parts.push((0, summaries_1.tieOut)(s));
    return parts.join(' · ');
}
function codeLenses(model) {
    return model.tables.map((t) => ({ line: t.startLine, title: lensTitle(model, t), table: t.index }));
}
//# sourceMappingURL=navigation.js.map