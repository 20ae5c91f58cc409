/**
 * Misaligned figures: in a column whose numbers written alike nearly all share one right edge, the
 * numbers a few characters off it.
 */
import type { Cell, Column, Row, Table } from '../model';
import { memoize } from '../memo';

/** How far off a number may sit and still be taken as belonging to its column. */
const MAX_SHIFT = 4;
/** Share of a column's cells that must agree on an edge before the others are called off it. */
const AGREEMENT = 0.75;
/** Fewer numbers than this do not establish a column's edge. */
const MIN_CELLS = 4;

export interface Misalignment {
  table: Table;
  column: Column;
  cell: Cell;
  /** Characters to move right (positive) or left (negative). */
  shift: number;
  /** The right edge the column's numbers share. */
  edge: number;
}

/**
 * Misaligned cells of one table. A column is checked when nearly all of its numbers written alike
 * (same decimals, same `%`) share one right edge; numbers written otherwise (per-share figures
 * among whole amounts) follow other conventions and are left alone.
 */
export const misalignments = memoize(findMisalignments);

/**
 * Counts of small integer keys in the order first met; `top` is the key that first reached the
 * highest count (`firstMet` breaks ties the other way). Columns hold a handful of distinct keys, so
 * a linear search beats a Map.
 */
class Tally {
  keys: number[] = [];
  counts: number[] = [];
  top = 0;
  topCount = 0;
  add(key: number): void {
    let k = this.keys.indexOf(key);
    if (k < 0) {
      k = this.keys.length;
      this.keys.push(key);
      this.counts.push(0);
    }
    const n = ++this.counts[k];
    if (n > this.topCount) {
      this.top = key;
      this.topCount = n;
    }
  }
  /** Of the keys with the highest count, the one met first, and that count (0 and 0 when empty). */
  firstMet(): { key: number; count: number } {
    let key = 0;
    let count = 0;
    for (let k = 0; k < this.keys.length; k++) {
      if (this.counts[k] > count) {
        key = this.keys[k];
        count = this.counts[k];
      }
    }
    return { key, count };
  }
}

/** How a number is written, for grouping a column's numbers: its decimals, and whether it has `%`. */
function style(cell: Cell): number {
  return cell.value!.scale * 2 + (cell.percent ? 1 : 0);
}

/**
 * Columns that are not columns of right-aligned figures: page, exhibit, section or item numbers of
 * an index, and columns holding ranges (`1997 - 1999`, `114% - 264%`), prices in fractions
 * (`48 7/8` beside `45`) or figures that could not be read, which filers centre or set by other
 * conventions.
 */
function notRightAligned(table: Table, column: Column, unread: Set<number>): boolean {
  return column.range === true || unread.has(column.index) || indexHeader(column.header);
}

/**
 * Whether a column's header says it holds references: pages, exhibits, sections, or items by number
 * (`Item`, `Item No.`). Items a header names otherwise are lines of figures (`Special items`,
 * `Foreign Currency Items`), and a page or an exhibit a header names as its own place (`(page 2 of
 * 3)`, `Exhibit 11 Fully diluted earnings per share`) heads figures too.
 */
function indexHeader(header: string): boolean {
  const own = header.replace(OWN_PLACE, ' ');
  return INDEX_HEADER.test(own) || ITEM_NUMBERS.test(own.trim());
}
const OWN_PLACE = /\(page\s+\d+\s+of\s+\d+\)|\bexhibit\s+\(?\d+\)?/gi;
const ITEM_NUMBERS = /^\W*items?(?:\s+no\.?)?\W*$/i;

/** The columns of a table that hold a figure that could not be read. */
function unreadColumns(table: Table): Set<number> {
  const out = new Set<number>();
  for (const r of table.rows) for (const c of r.unread) if (!TYPED_SPACE.test(c.text.trim())) out.add(c.column);
  return out;
}
/** One figure with a space typed inside it (`(1,25 1)`): a slip of the figure, not of the column's layout. */
const TYPED_SPACE = /^\(?\$?\s*\d[\d,]* [\d,.]*\d\)?%?$/;
const INDEX_HEADER = /\b(?:pages?|page\s+no|exhibits?|section)\b/i;
/**
 * A table of contents or a list of exhibits (`3.  Exhibits (Continued)`, not `Exhibit 11 Computation
 * of ...`): its numbers are references, set as the filer likes. An index is a list of where things
 * are (`Index to Financial Statements`, `FORM 10-K INDEX`), not a fund or a market index a title
 * names (`Bond Index Fund`, `S&P 500 Index`), whose figures are amounts.
 */
const INDEX_TITLE =
  /\bcontents\b|(?<!\b(?:bond|stock|equity|price|composite|500|market)\s)\bindex\b(?!\s+(?:funds?|portfolio|trust|account|series)\b)|^pages?(?:\s+no\.?)?$|^(?:\d{1,2}\.\s*)?exhibits\b|\blist\s+of\s+exhibits\b/i;

/**
 * An agreement's table of contents under a title of its own (`ARTICLE II`, `MISCELLANEOUS`): nearly
 * every row a numbered section (`SECTION 8.10. GOVERNING LAW ....... 16`, `4.1 Organization of
 * Seller`) and every figure a page number (a whole number below 1,000). Page numbers are set where
 * the section's words and leaders end, not in a right-aligned column.
 */
function sectionsListed(table: Table): boolean {
  let rows = 0;
  let sections = 0;
  for (const r of table.rows) {
    let figures = false;
    for (let k = 1; k < r.cells.length; k++) {
      const v = r.cells[k]?.value;
      if (!v) continue;
      if (v.scale !== 0 || v.units < 0n || v.units >= 1000n) return false;
      figures = true;
    }
    if (!figures) continue;
    rows++;
    if (SECTION.test(r.label)) sections++;
  }
  return rows >= MIN_CELLS && sections >= rows * AGREEMENT;
}
const SECTION = /^\s*(?:section|article|sec\.)\s+(?:\d+(?:\.\d+)*|[ivxlc]+)\b|^\s*\d{1,2}\.\d{1,2}\.?\s+[A-Za-z]/i;

const FRACTION = /\d\/\d/;
/** A note marker of stars or like signs, set as a `)` is. */
const STARS = /^[*+#]+$/;

/** Whether a cell reaches into another column than its own: then which column it is off is not clear. */
function reachesAnother(table: Table, column: Column, cell: Cell): boolean {
  for (const other of table.columns) {
    if (other === column || other.kind === 'label') continue;
    if (cell.display.start < other.end && cell.display.end > other.start) return true;
  }
  return false;
}

/**
 * Whether a column's numbers are where their labels' dot leaders stop (`Indemnity.......... 17`,
 * `Vesting and Forfeitures.....95`): the page references of a table of contents, placed by the
 * leaders, not set right-aligned in a column. In a statement only the widest figures touch the leaders.
 */
function ledTo(cells: Cell[]): boolean {
  let led = 0;
  for (const c of cells) if (c.afterLeader) led++;
  return led >= cells.length * AGREEMENT;
}

/**
 * The rows of a table by the page they were typed on: a table broken across a `<PAGE>` marker and
 * joined again (parse/continued.ts) was laid out page by page, and each page may set its columns a
 * character apart from the other's (Bristol-Myers' basic and diluted EPS computations, one a page
 * under the same header). Each part's columns are measured on their own.
 */
function pageParts(table: Table): Row[][] {
  const first = table.continuedFrom;
  if (!first) return [table.rows];
  const above = new Set(first.rows);
  const parts: Row[][] = [[], []];
  for (const r of table.rows) parts[above.has(r) ? 0 : 1].push(r);
  return parts;
}

/**
 * Where a number's last character ends: its own, or a star's glued to it (`1,732*`, the marker read
 * apart from the figure), which a filer may set on the column's edge as it would a `)`. A marker of
 * letters or digits (`(262)(a)`) is hung past the edge, or the figure is off its column.
 */
function lastCharacter(cell: Cell): number {
  const m = cell.marker;
  const text = cell.text.trimEnd();
  if (!m || !STARS.test(m) || !text.endsWith(m)) return cell.display.end;
  const before = text.slice(0, text.length - m.length);
  return cell.display.end + (before.length - before.trimEnd().length) + m.length;
}

function findMisalignments(table: Table): Misalignment[] {
  const out: Misalignment[] = [];
  // An HTML table's columns are laid out by the browser: its grid says nothing of alignment.
  if (table.source === 'html' || INDEX_TITLE.test(table.title) || sectionsListed(table)) return out;
  const unread = unreadColumns(table);
  for (const rows of pageParts(table)) {
    for (const column of table.columns) {
      if (column.kind !== 'label' && !notRightAligned(table, column, unread)) misalignedIn(table, column, rows, out);
    }
  }
  return out;
}

/** The misaligned figures of `column` among `rows` (a table's, or one page's part of it), added to `out`. */
function misalignedIn(table: Table, column: Column, rows: Row[], out: Misalignment[]): void {
  const cells: Cell[] = [];
  const styles = new Tally();
  let fractions = false;
  for (const r of rows) {
    if (r.kind === 'heading') continue;
    const c = r.cells[column.index];
    if (!c || !c.value) continue;
    // A price's fraction (`48 7/8`), not a note marked between slashes (`47,100/(4)/`).
    if (FRACTION.test(c.text)) fractions = true;
    cells.push(c);
    styles.add(style(c));
  }
  if (fractions) return;
  // The numbers written like most of the column's.
  const alike: Cell[] = [];
  const digits: number[] = [];
  for (const c of cells) {
    if (style(c) !== styles.top) continue;
    alike.push(c);
    digits.push(c.edge);
  }
  if (alike.length < MIN_CELLS || ledTo(alike)) return;
  // Some filers hang a closing `)` or a `*` in the gutter, others put it on the edge: a number
  // is on an edge when its digits end there or its last character does. How many numbers sit on
  // each edge (a number counts once when both its ends are the same); the first edge, in the
  // order met, with the most numbers wins.
  const ends = alike.map(lastCharacter);
  const edges = new Tally();
  for (let i = 0; i < alike.length; i++) {
    edges.add(digits[i]);
    if (ends[i] !== digits[i]) edges.add(ends[i]);
  }
  const { key: edge, count: onEdge } = edges.firstMet();
  // All but one of a small column, or most of a long one, must agree on the edge.
  if (onEdge < Math.min(Math.ceil(alike.length * AGREEMENT), alike.length - 1)) return;
  // A column whose figures share their left edge more than their right one is set flush left
  // (exhibit numbers, page numbers after leaders, cents in a dividend table): not right-aligned.
  // Unless one figure alone says so, shorter than the others and moved left onto their left edge,
  // in a table whose other columns are set flush right: figures of one width share both edges, and
  // Texas Instruments' `478` under `$ 2,640`, beside `519` ending with `2,619` in the next column,
  // is off a right-aligned column, not in a flush-left one. Two figures or more on the left edge
  // and off the right one (Xerox's growth rates `14` and `3`, `35` and `2`, each pair starting
  // together) set the column flush left; so does a longer one sticking out past the right edge.
  const starts = new Tally();
  for (const c of alike) starts.add(c.display.start);
  const { key: start, count: onStart } = starts.firstMet();
  if (onStart > onEdge && !(shortOneLeft(alike, start, edge) && othersFlushRight(table, column, rows))) return;
  for (let i = 0; i < alike.length; i++) {
    const cell = alike[i];
    if (digits[i] === edge || ends[i] === edge) continue;
    const shift = edge - digits[i];
    if (Math.abs(shift) > MAX_SHIFT || reachesAnother(table, column, cell)) continue;
    out.push({ table, column, cell, shift, edge });
  }
}

/** Whether one of `cells` alone starts on `start` and ends off `edge`, and ends short of it. */
function shortOneLeft(cells: readonly Cell[], start: number, edge: number): boolean {
  let off: Cell | undefined;
  for (const c of cells) {
    if (c.display.start !== start || c.edge === edge) continue;
    if (off) return false;
    off = c;
  }
  return off !== undefined && off.edge < edge;
}

/**
 * Whether another column of the table, among `rows`, is set flush right: three figures or more of
 * two widths or more end on one edge.
 */
function othersFlushRight(table: Table, column: Column, rows: Row[]): boolean {
  for (const other of table.columns) {
    if (other === column || other.kind === 'label') continue;
    const widths = new Map<number, Set<number>>();
    const counts = new Map<number, number>();
    for (const r of rows) {
      const c = r.kind === 'heading' ? undefined : r.cells[other.index];
      if (!c?.value) continue;
      let w = widths.get(c.edge);
      if (!w) widths.set(c.edge, (w = new Set()));
      w.add(c.edge - c.display.start);
      counts.set(c.edge, (counts.get(c.edge) ?? 0) + 1);
    }
    for (const [edge, w] of widths) if (w.size >= 2 && counts.get(edge)! >= 3) return true;
  }
  return false;
}
