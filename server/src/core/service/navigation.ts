/**
 * Navigation from the table model: one symbol per table (Outline, breadcrumbs), folding ranges for
 * tables, footnotes and pages, and a one-line lens above each table saying whether it ties out.
 */
import { format } from '../decimal';
import type { FilingModel, Table } from '../model';
import { countNoun, money, summarizeTable, tieOut } from '../summaries';
import { PAGE_RE } from '../parse/lines';

export interface TableSymbol {
  name: string;
  detail: string;
  /** Whole table, title to last footnote (0-based lines). */
  startLine: number;
  endLine: number;
  /** The title line (or first line) for the selection. */
  selectionLine: number;
  table: number;
}

export interface Fold {
  startLine: number;
  endLine: number;
  kind: 'region' | 'comment';
}

export interface Lens {
  line: number;
  title: string;
  table: number;
}

export function tableSymbols(model: FilingModel): TableSymbol[] {
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

export function foldingRanges(model: FilingModel): Fold[] {
  const out: Fold[] = [];
  for (const t of model.tables) {
    if (t.endLine > t.startLine) out.push({ startLine: t.startLine, endLine: t.endLine, kind: 'region' });
    for (const f of t.footnotes) {
      if (f.endLine > f.startLine) out.push({ startLine: f.startLine, endLine: f.endLine, kind: 'comment' });
    }
  }
  // Pages: from a <PAGE> marker to the line before the next one, as the parser cut them (the
  // first page starts at line 0, which need not be a marker).
  model.pages.forEach((page, k) => {
    if (k === 0 && !PAGE_RE.test(model.lines[0] ?? '')) return;
    if (page.to - 1 > page.from) out.push({ startLine: page.from, endLine: page.to - 1, kind: 'region' });
  });
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

export function lensTitle(model: FilingModel, table: Table): string {
  const s = summarizeTable(table);
  const parts: string[] = [];
  if (s.totalCount && !s.statement) {
    parts.push(`${format(s.totalCount)} ${countNoun(s.countColumn)}`);
  }
  if (s.totalAmount && !s.statement) parts.push(money(s.totalAmount, s.amountColumn));
  parts.push(tieOut(s));
  return parts.join(' · ');
}

export function codeLenses(model: FilingModel): Lens[] {
  return model.tables.map((t) => ({ line: t.startLine, title: lensTitle(model, t), table: t.index }));
}
