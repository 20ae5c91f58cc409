"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentSymbols = documentSymbols;
exports.folding = folding;
exports.lenses = lenses;
exports.formatting = formatting;
exports.exportTable = exportTable;
/** Symbols, folding, code lenses, formatting and table export over LSP, from the core's navigation. */
const vscode_languageserver_1 = require("vscode-languageserver");
const core_1 = require("../core");
const diagnostics_1 = require("./diagnostics");
const unchanged_1 = require("./unchanged");
/**
 * Symbols are a function of one version's analysis: the outline, breadcrumbs and sticky scroll all
 * ask, and get the same objects, serialised once (see unchanged.ts).
 */
const symbolsOf = new WeakMap();
function documentSymbols(analysis) {
    let symbols = symbolsOf.get(analysis);
    if (!symbols)
        symbolsOf.set(analysis, (symbols = (0, unchanged_1.sendsUnchanged)(computeSymbols(analysis))));
    return symbols;
}
function computeSymbols(analysis) {
    const lines = analysis.model.lines;
    return (0, core_1.tableSymbols)(analysis.model).map((s) => ({
        name: s.name,
        detail: s.detail,
        kind: vscode_languageserver_1.SymbolKind.Struct,
        range: {
            start: { line: s.startLine, character: 0 },
            end: { line: s.endLine, character: lines[s.endLine]?.length ?? 0 },
        },
        selectionRange: {
            start: { line: s.selectionLine, character: 0 },
            end: { line: s.selectionLine, character: lines[s.selectionLine]?.length ?? 0 },
        },
    }));
}
function folding(analysis) {
    return (0, core_1.foldingRanges)(analysis.model).map((f) => ({
        startLine: f.startLine,
        endLine: f.endLine,
        kind: f.kind === 'comment' ? vscode_languageserver_1.FoldingRangeKind.Comment : vscode_languageserver_1.FoldingRangeKind.Region,
    }));
}
function lenses(analysis) {
    return (0, core_1.codeLenses)(analysis.model).map((l) => ({
        range: { start: { line: l.line, character: 0 }, end: { line: l.line, character: 0 } },
        command: { title: l.title, command: '' },
    }));
}
function formatting(analysis, startLine, endLine) {
    return (0, core_1.realign)(analysis.model, startLine, endLine).map((e) => ({
        range: (0, diagnostics_1.toRange)(e.span),
        newText: e.newText,
    }));
}
/** The table at a line, written as CSV, TSV or JSON; null when the line is in no table. */
function exportTable(analysis, params) {
    const table = analysis.model.tables.find((t) => params.line >= t.startLine && params.line <= t.endLine);
    if (!table)
        return null;
    const text = params.format === 'json'
        ? `${JSON.stringify((0, core_1.tableToJson)(table, analysis.model), null, 2)}\n`
        : (0, core_1.tableToDelimited)(table, params.format === 'tsv' ? '\t' : ',');
    return { title: table.title, text };
}
//# sourceMappingURL=navigation.js.map