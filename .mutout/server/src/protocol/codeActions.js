"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.codeActions = codeActions;
/**
 * Code actions from the findings' fixes: one quick fix per finding (with its diagnostic attached),
 * "fix all of this rule", and `source.fixAll.filingLint` for code-actions-on-save.
 */
const vscode_languageserver_1 = require("vscode-languageserver");
const core_1 = require("../core");
const messages_1 = require("../../../common/messages");
const diagnostics_1 = require("./diagnostics");
/**
 * The edits of fixes applied together, and how many fixes they make. Fixes that meet on one line
 * are left to the next analysis: an editor rejects overlapping edits.
 */
function combined(fixes) {
    const kept = (0, core_1.compatibleFixes)(fixes);
    return { edits: kept.edits.map((e) => ({ range: (0, diagnostics_1.toRange)(e.span), newText: e.newText })), count: kept.fixes.length };
}
function edits(fixes) {
    return combined(fixes).edits;
}
function overlaps(f, params) {
    const { start, end } = params.range;
    if (f.span.line < start.line || f.span.line > end.line)
        return false;
    if (f.span.line === start.line && f.span.end < start.character)
        return false;
    if (f.span.line === end.line && f.span.start > end.character)
        return false;
    return true;
}
function codeActions(analysis, doc, params, docsUri) {
    const only = params.context.only;
    const wants = (kind) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const fixable = analysis.findings.filter((f) => f.fix);
    const out = [];
    const fixAllKind = `${vscode_languageserver_1.CodeActionKind.SourceFixAll}.filingLint`;
    if (wants(fixAllKind) && (only?.length ?? 0) > 0 && fixable.length > 0) {
        out.push({
            title: 'Fix all Filing Lint findings',
            kind: fixAllKind,
            edit: { changes: { [doc.uri]: edits(fixable.map((f) => f.fix)) } },
        });
        return out;
    }
    if (!wants(vscode_languageserver_1.CodeActionKind.QuickFix))
        return out;
    const here = fixable.filter((f) => overlaps(f, params));
    for (const f of here) {
        out.push({
            title: f.fix.title,
            kind: vscode_languageserver_1.CodeActionKind.QuickFix,
            isPreferred: true,
            diagnostics: [(0, diagnostics_1.toDiagnostic)(f, doc.uri, docsUri)],
            edit: { changes: { [doc.uri]: edits([f.fix]) } },
        });
    }
    for (const code of new Set(here.map((f) => f.code))) {
        const all = fixable.filter((f) => f.code === code);
        const together = combined(all.map((f) => f.fix));
        if (together.count > 1) {
            out.push({
                title: `Fix all ${code} (${all[0].rule}) in this file (${together.count})`,
                kind: vscode_languageserver_1.CodeActionKind.QuickFix,
                edit: { changes: { [doc.uri]: together.edits } },
            });
        }
    }
    // Silence from the light bulb: for this table, this file, or the workspace.
    for (const f of analysis.findings.filter((x) => overlaps(x, params))) {
        const table = f.table !== undefined ? analysis.model.tables[f.table]?.title : undefined;
        const scopes = [
            ...(table ? [['table', `in table "${table}"`]] : []),
            ['file', 'in this file'],
            ['workspace', 'in this workspace'],
        ];
        for (const [scope, where] of scopes) {
            const args = { uri: doc.uri, code: f.code, table: scope === 'table' ? table : undefined, scope };
            out.push({
                title: `Silence ${f.code} (${f.rule}) ${where}`,
                kind: vscode_languageserver_1.CodeActionKind.QuickFix,
                diagnostics: [(0, diagnostics_1.toDiagnostic)(f, doc.uri, docsUri)],
                command: { title: 'Silence', command: messages_1.SUPPRESS_COMMAND, arguments: [args] },
            });
        }
    }
    if (here.length > 0 && fixable.length > here.length) {
        const together = combined(fixable.map((f) => f.fix));
        out.push({
            title: `Fix all fixable Filing Lint findings in this file (${together.count})`,
            kind: vscode_languageserver_1.CodeActionKind.QuickFix,
            edit: { changes: { [doc.uri]: together.edits } },
        });
    }
    // Rebalancing a share column that per-row rounding leaves at 99.99% or 100.01%: a refactoring.
    if (wants(vscode_languageserver_1.CodeActionKind.RefactorRewrite) || wants(vscode_languageserver_1.CodeActionKind.QuickFix)) {
        for (const table of analysis.model.tables) {
            if (params.range.start.line > table.endLine || params.range.end.line < table.startLine)
                continue;
            for (const r of (0, core_1.rebalances)(analysis.model, table)) {
                out.push({
                    title: r.fix.title,
                    kind: vscode_languageserver_1.CodeActionKind.RefactorRewrite,
                    edit: { changes: { [doc.uri]: edits([r.fix]) } },
                });
            }
        }
    }
    return out;
}
//# sourceMappingURL=codeActions.js.map