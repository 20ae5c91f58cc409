/**
 * The HTML reader: the tables of an HTML document (the `<TEXT>` of a submission's document, or a
 * whole `.htm` file) as the model's tables, the same `Table` the fixed-width reader makes. Stages:
 * scan.ts (one pass of the tokenizer), grid.ts (cells and figures), header.ts, rows.ts,
 * footnotes.ts, and table.ts, the recipe for one table.
 */
import type { Table } from '../../model';
import { scanHtml } from './scan';
import { HtmlSource } from './source';
import { buildHtmlTable } from './table';

/** The tables of the HTML document on lines [from, to) of the filing, indexed from `firstIndex`. */
export function htmlTables(
  lines: readonly string[],
  from: number,
  to: number,
  firstIndex: number,
  page: number,
): Table[] {
  const src = new HtmlSource(lines, from, to);
  const out: Table[] = [];
  for (const raw of scanHtml(src.html)) {
    const table = buildHtmlTable(raw, src, firstIndex + out.length, page);
    if (table) out.push(table);
  }
  return out;
}
