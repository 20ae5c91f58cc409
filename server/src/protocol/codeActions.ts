/**
 * Code actions from the findings' fixes: one quick fix per finding (with its diagnostic attached),
 * "fix all of this rule", and `source.fixAll.filingLint` for code-actions-on-save.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import { compatibleFixes, rebalances, type Analysis, type Finding, type Fix } from '../core';
import { SUPPRESS_COMMAND, type SuppressArgs } from '../../../common/messages';
import { toDiagnostic, toRange } from './diagnostics';

/**
 * The edits of fixes applied together, and how many fixes they make. Fixes that meet on one line
 * are left to the next analysis: an editor rejects overlapping edits.
 */
function combined(fixes: Fix[]): { edits: TextEdit[]; count: number } {
  const kept = compatibleFixes(fixes);
  return { edits: kept.edits.map((e) => ({ range: toRange(e.span), newText: e.newText })), count: kept.fixes.length };
}

function edits(fixes: Fix[]): TextEdit[] {
  return combined(fixes).edits;
}

function overlaps(f: Finding, params: CodeActionParams): boolean {
  const { start, end } = params.range;
  if (f.span.line < start.line || f.span.line > end.line) return false;
  if (f.span.line === start.line && f.span.end < start.character) return false;
  if (f.span.line === end.line && f.span.start > end.character) return false;
  return true;
}

export function codeActions(
  analysis: Analysis,
  doc: { uri: string },
  params: CodeActionParams,
  docsUri: (code: string) => string,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const fixable = analysis.findings.filter((f) => f.fix);
  const out: CodeAction[] = [];
  const fixAllKind = `${CodeActionKind.SourceFixAll}.filingLint`;
  if (wants(fixAllKind) && (only?.length ?? 0) > 0 && fixable.length > 0) {
    out.push({
      title: 'Fix all Filing Lint findings',
      kind: fixAllKind,
      edit: { changes: { [doc.uri]: edits(fixable.map((f) => f.fix!)) } },
    });
    return out;
  }
  if (!wants(CodeActionKind.QuickFix)) return out;
  const here = fixable.filter((f) => overlaps(f, params));
  for (const f of here) {
    out.push({
      title: f.fix!.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [toDiagnostic(f, doc.uri, docsUri)],
      edit: { changes: { [doc.uri]: edits([f.fix!]) } },
    });
  }
  for (const code of new Set(here.map((f) => f.code))) {
    const all = fixable.filter((f) => f.code === code);
    const together = combined(all.map((f) => f.fix!));
    if (together.count > 1) {
      out.push({
        title: `Fix all ${code} (${all[0].rule}) in this file (${together.count})`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [doc.uri]: together.edits } },
      });
    }
  }
  // Silence from the light bulb: for this table, this file, or the workspace.
  for (const f of analysis.findings.filter((x) => overlaps(x, params))) {
    const table = f.table !== undefined ? analysis.model.tables[f.table]?.title : undefined;
    const scopes: [SuppressArgs['scope'], string][] = [
      ...(table ? ([['table', `in table "${table}"`]] as [SuppressArgs['scope'], string][]) : []),
      ['file', 'in this file'],
      ['workspace', 'in this workspace'],
    ];
    for (const [scope, where] of scopes) {
      const args: SuppressArgs = { uri: doc.uri, code: f.code, table: scope === 'table' ? table : undefined, scope };
      out.push({
        title: `Silence ${f.code} (${f.rule}) ${where}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(f, doc.uri, docsUri)],
        command: { title: 'Silence', command: SUPPRESS_COMMAND, arguments: [args] },
      });
    }
  }
  if (here.length > 0 && fixable.length > here.length) {
    const together = combined(fixable.map((f) => f.fix!));
    out.push({
      title: `Fix all fixable Filing Lint findings in this file (${together.count})`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [doc.uri]: together.edits } },
    });
  }
  // Rebalancing a share column that per-row rounding leaves at 99.99% or 100.01%: a refactoring.
  if (wants(CodeActionKind.RefactorRewrite) || wants(CodeActionKind.QuickFix)) {
    for (const table of analysis.model.tables) {
      if (params.range.start.line > table.endLine || params.range.end.line < table.startLine) continue;
      for (const r of rebalances(analysis.model, table)) {
        out.push({
          title: r.fix.title,
          kind: CodeActionKind.RefactorRewrite,
          edit: { changes: { [doc.uri]: edits([r.fix]) } },
        });
      }
    }
  }
  return out;
}
