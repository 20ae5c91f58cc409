/** Findings as LSP diagnostics: exact ranges, codes with docs links, the rows involved. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(span: Span) {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

export function toDiagnostic(f: Finding, uri: string, docsUri: (code: string) => string): Diagnostic {
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
