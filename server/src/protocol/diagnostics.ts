/** Findings as LSP diagnostics: exact ranges, codes with docs links, the rows involved. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../core';
import { sendsUnchanged, slot } from './unchanged';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(span: Span) {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

/**
 * A finding's diagnostic, the same object each time the same finding is published to the same
 * document: the core gives the same finding objects version after version for the tables an edit
 * left alone (core/analyze.ts), and the connection then reuses the diagnostic's bytes. Kept on the
 * finding, in a slot keyed by a symbol, for the reason unchanged.ts gives.
 */
const PUBLISHED = Symbol('published');

type Published = { [PUBLISHED]?: { uri: string; diagnostic: Diagnostic } };

export function toDiagnostic(f: Finding, uri: string, docsUri: (code: string) => string): Diagnostic {
  const known = (f as Finding & Published)[PUBLISHED];
  if (known?.uri === uri) return known.diagnostic;
  const diagnostic = sendsUnchanged(makeDiagnostic(f, uri, docsUri));
  slot(f, PUBLISHED, { uri, diagnostic });
  return diagnostic;
}

function makeDiagnostic(f: Finding, uri: string, docsUri: (code: string) => string): Diagnostic {
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
