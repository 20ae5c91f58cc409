"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toRange = toRange;
exports.toDiagnostic = toDiagnostic;
/** Findings as LSP diagnostics: exact ranges, codes with docs links, the rows involved. */
const vscode_languageserver_1 = require("vscode-languageserver");
const unchanged_1 = require("./unchanged");
const SEVERITY = {
    error: vscode_languageserver_1.DiagnosticSeverity.Error,
    warning: vscode_languageserver_1.DiagnosticSeverity.Warning,
    information: vscode_languageserver_1.DiagnosticSeverity.Information,
    hint: vscode_languageserver_1.DiagnosticSeverity.Hint,
};
function toRange(span) {
    return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}
/**
 * A finding's diagnostic, the same object each time the same finding is published to the same
 * document: the core gives the same finding objects version after version for the tables an edit
 * left alone (core/analyze.ts), and the connection then reuses the diagnostic's bytes. Kept on the
 * finding, in a slot keyed by a symbol, for the reason unchanged.ts gives.
 */
const PUBLISHED = Symbol('published');
function toDiagnostic(f, uri, docsUri) {
    const known = f[PUBLISHED];
    if (known?.uri === uri)
        return known.diagnostic;
    const diagnostic = (0, unchanged_1.sendsUnchanged)(makeDiagnostic(f, uri, docsUri));
    (0, unchanged_1.slot)(f, PUBLISHED, { uri, diagnostic });
    return diagnostic;
}
function makeDiagnostic(f, uri, docsUri) {
    return {
        range: toRange(f.span),
        severity: SEVERITY[f.severity],
        code: f.code,
        codeDescription: { href: docsUri(f.code) },
        source: 'filing-lint',
        message: f.message,
        relatedInformation: f.related.map((r) => ({ location: { uri, range: toRange(r.span) }, message: r.message })),
        data: { rule: f.rule, table: f.table },
    };
}
//# sourceMappingURL=diagnostics.js.map