/** Symbols, folding, code lenses, formatting and table export over LSP, from the core's navigation. */
import {
  FoldingRangeKind,
  SymbolKind,
  type CodeLens,
  type DocumentSymbol,
  type FoldingRange,
  type TextEdit,
} from 'vscode-languageserver';
import {
  codeLenses,
  foldingRanges,
  realign,
  tableSymbols,
  tableToDelimited,
  tableToJson,
  type Analysis,
} from '../core';
import { toRange } from './diagnostics';
import { sendsUnchanged } from './unchanged';

/**
 * Symbols are a function of one version's analysis: the outline, breadcrumbs and sticky scroll all
 * ask, and get the same objects, serialised once (see unchanged.ts).
 */
const symbolsOf = new WeakMap<Analysis, DocumentSymbol[]>();

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  let symbols = symbolsOf.get(analysis);
  if (!symbols) symbolsOf.set(analysis, (symbols = sendsUnchanged(computeSymbols(analysis))));
  return symbols;
}

function computeSymbols(analysis: Analysis): DocumentSymbol[] {
  const lines = analysis.model.lines;
  return tableSymbols(analysis.model).map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: SymbolKind.Struct,
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

export function folding(analysis: Analysis): FoldingRange[] {
  return foldingRanges(analysis.model).map((f) => ({
    startLine: f.startLine,
    endLine: f.endLine,
    kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
}

export function lenses(analysis: Analysis): CodeLens[] {
  return codeLenses(analysis.model).map((l) => ({
    range: { start: { line: l.line, character: 0 }, end: { line: l.line, character: 0 } },
    command: { title: l.title, command: '' },
  }));
}

export function formatting(analysis: Analysis, startLine?: number, endLine?: number): TextEdit[] {
  return realign(analysis.model, startLine, endLine).map((e) => ({
    range: toRange(e.span),
    newText: e.newText,
  }));
}

export interface ExportTableParams {
  uri: string;
  line: number;
  format: 'csv' | 'tsv' | 'json';
}

/** The table at a line, written as CSV, TSV or JSON; null when the line is in no table. */
export function exportTable(analysis: Analysis, params: ExportTableParams): { title: string; text: string } | null {
  const table = analysis.model.tables.find((t) => params.line >= t.startLine && params.line <= t.endLine);
  if (!table) return null;
  const text =
    params.format === 'json'
      ? `${JSON.stringify(tableToJson(table, analysis.model), null, 2)}\n`
      : tableToDelimited(table, params.format === 'tsv' ? '\t' : ',');
  return { title: table.title, text };
}
