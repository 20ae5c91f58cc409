/** The tables of one page: built afresh, or kept from the page's last parse where the change left them alone. */
import type { Page, Table } from '../model';
import type { LineAccess } from './doc';
import { bodyEnd, lastBodyReach } from './body';
import { untitledTitle } from './header';
import { buildTable } from './table';
import { keptTable, scanStates, shiftTable, type PageLineage } from './reuse';

/** A table kept from the last parse, appended to the document's tables with its new number and index. */
export function appendKept(t: Table, page: number, tables: Table[]): void {
  t.page = page;
  t.index = tables.length;
  if (t.untitled) t.title = untitledTitle(t.index);
  tables.push(t);
}

/**
 * A page of the last parse that stands as it was, at its new place (`from`, `to`) and number: its
 * tables move with it and are appended to the document's.
 */
export function reusedPage(page: Page, from: number, to: number, number: number, tables: Table[]): Page {
  const delta = from - page.from;
  if (delta !== 0) {
    for (const t of page.tables) shiftTable(t, delta);
    page.from = from;
    page.to = to;
  }
  // A <PAGE> marker added or removed above renumbers the pages below; tables added or removed
  // above renumber the tables. Neither is a reason to parse the page again.
  page.number = number;
  for (const t of page.tables) appendKept(t, number, tables);
  return page;
}

/**
 * The tables of one page, its lines classified, appended to `tables` (their indexes count from the
 * document's first table). A function of its own, called once per page (docs/performance.md, "Cold
 * paths in functions of their own"). With `lineage`, the tables of the
 * page's last parse that are clear of the change are kept, with everything computed from them: a
 * long page (a filing without `<PAGE>` markers is one) then costs an edit the tables near it.
 */
export function parsePage(
  doc: LineAccess,
  from: number,
  to: number,
  number: number,
  tables: Table[],
  lineage?: PageLineage,
): Table[] {
  const { infos } = doc;
  const pageTables: Table[] = [];
  let old = 0;
  let i = from;
  // The last line read: a body's lookahead reads on whether or not a table comes of it.
  let read = from;
  while (i < to) {
    if (infos[i].kind !== 'numeric') {
      i++;
      continue;
    }
    const floor = pageTables.length ? pageTables[pageTables.length - 1].endLine + 1 : from;
    if (lineage) {
      const { keep, next } = keptTable(lineage, old, i, floor);
      old = next;
      if (keep) {
        if (keep.shift !== 0) shiftTable(keep.table, keep.shift);
        read = Math.max(read, keep.table.startLine + keep.state.scanned);
        pageTables.push(keep.table);
        appendKept(keep.table, number, tables);
        i = keep.table.startLine + keep.state.next;
        continue;
      }
    }
    const end = bodyEnd(doc, i);
    const reachOfBody = lastBodyReach();
    if (reachOfBody > read) read = reachOfBody;
    const table = buildTable(doc, i, end, floor, tables.length, number);
    const next = (table ? Math.max(end, table.endLine) : end) + 1;
    if (table) {
      // Below its body the table read the gap before its footnotes (within the body's reach, which
      // is at least MAX_TOTALS_GAP lines on) and, past its last footnote, two lines for another.
      const reach = Math.max(reachOfBody, table.endLine + 3);
      if (reach > read) read = reach;
      const base = table.startLine;
      scanStates.set(table, {
        at: i - base,
        floor: floor - base,
        next: next - base,
        reach: reach - base,
        scanned: read - base,
      });
      pageTables.push(table);
      tables.push(table);
    }
    i = next;
  }
  return pageTables;
}
