/**
 * A table too wide for its page, its columns continued on the next page over the same rows: IBM's
 * 10-Qs print their segments four to a page (Technology, Personal Systems, Server, Global Services),
 * then the rest and their total over the same lines on the next (Software, Global Financing,
 * Enterprise Investments, Total Segments). Read apart, neither part's total adds up across its row,
 * and no relation is found; read as one table, Total Segments is the sum of all seven.
 *
 * The two parts are read as one only where nothing else would explain their likeness: the part below
 * is on the page after the part above, the two have the same rows (the same labels, in the same
 * order, headings included), their columns are headed differently, none of them twice, and the part
 * below heads a column as a total that the part above does not. A table whose part below repeats the
 * part above's columns is another period or another statement, not a continuation by columns.
 */
import type { Row, Table } from '../model';
import type { Footing } from './footings';
import { factsOf } from '.';
import { findRelations, TOTAL_HEADER, type Relation } from './relations';
import { blameFor } from './crossFoot';
import { memoize } from '../memo';

/** Two parts of one table, and the relations their columns keep together that neither keeps alone. */
export interface ContinuedColumns {
  above: Table;
  below: Table;
  /** The two as one table: the part below's label column, then the part above's figures, then its own. */
  wide: Table;
  /** Relations with a total of the part below as their result and a column of the part above as a term. */
  relations: Relation[];
}

/** At most this many figure columns in the two parts together (the relation search's cap). */
const MAX_COLUMNS = 10;
/** At least this many rows with figures in each part. */
const MIN_ROWS = 3;

/** The pairing `table` is a part of, above or below, among the filing's `tables`; null for none. */
export function continuedWith(tables: readonly Table[], table: Table): ContinuedColumns | null {
  return continuedColumns(tables).find((c) => c.above === table || c.below === table) ?? null;
}

/** Per part below, what its pairing with a part above (the same object as last time, or none) gave. */
const known = new WeakMap<Table, { above: Table | null; found: ContinuedColumns | null }>();

/** Every table continued by columns on the next page, with the relations found across its parts. */
export function continuedColumns(tables: readonly Table[]): ContinuedColumns[] {
  const out: ContinuedColumns[] = [];
  for (let j = 1; j < tables.length; j++) {
    const below = tables[j];
    if (!headsATotal(below)) continue;
    const above = partAbove(tables, j);
    const was = known.get(below);
    let found: ContinuedColumns | null;
    if (was && was.above === above) found = was.found;
    else {
      found = above ? read(above, below) : null;
      known.set(below, { above, found });
    }
    if (found) {
      // A pair kept from the last parse: its parts moved in place (parse/reuse.ts), and tables above
      // may have come or gone; the wide table is numbered as its part below now is.
      found.wide.index = below.index;
      out.push(found);
    }
  }
  return out;
}

/**
 * Whether a table heads one of its figure columns as a total (`Total Segments`, `Consolidated`), and
 * its rows as a key (each row's kind and plain label, or null where too few rows have figures to be a
 * part): read once per table object. Every keystroke looks for pairs among all of a filing's tables;
 * with these kept, a filing of thousands of tables is passed over with a lookup per table.
 */
const headsATotal = memoize((table: Table): boolean =>
  table.columns.some((c, i) => i > 0 && TOTAL_HEADER.test(c.header)),
);
const rowsKey = memoize((table: Table): string | null =>
  figures(table) >= MIN_ROWS ? table.rows.map((r) => `${r.kind}\u0000${plain(r.label)}`).join('\u0001') : null,
);

/** The nearest table on the page before `tables[j]`'s with the same rows, if any. */
function partAbove(tables: readonly Table[], j: number): Table | null {
  const below = tables[j];
  for (let i = j - 1; i >= 0 && tables[i].page >= below.page - 1; i--) {
    const above = tables[i];
    if (above.page === below.page - 1 && sameRows(above, below)) return above;
  }
  return null;
}

/** Labels and headers compared without case, spacing or punctuation. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How many rows of a table have a figure. */
function figures(table: Table): number {
  let n = 0;
  for (const r of table.rows) if (r.kind !== 'heading' && r.cells.some((c, i) => i > 0 && c?.value)) n++;
  return n;
}

/**
 * The same rows: the same count, each with the label and the kind of its counterpart, and enough of
 * them with figures in both.
 */
function sameRows(above: Table, below: Table): boolean {
  const a = rowsKey(above);
  return a !== null && a === rowsKey(below);
}

function read(above: Table, below: Table): ContinuedColumns | null {
  const top = above.columns.slice(1);
  const bottom = below.columns.slice(1);
  if (top.length + bottom.length > MAX_COLUMNS || top.length === 0) return null;
  const headers = [...top, ...bottom].map((c) => plain(c.header));
  // Every column headed, and headed once: two parts that share a heading are two periods or statements.
  if (headers.some((h) => h === '') || new Set(headers).size !== headers.length) return null;
  if (top.some((c) => TOTAL_HEADER.test(c.header))) return null;
  const wide = widened(above, below);
  const split = top.length;
  const relations = findRelations(wide).filter(
    (r) =>
      r.result > split && TOTAL_HEADER.test(wide.columns[r.result].header) && r.terms.some((t) => t.column <= split),
  );
  if (relations.length === 0) return null;
  blame(above, below, wide, relations);
  return { above, below, wide, relations };
}

/**
 * The two parts as one table: the part above's figure columns, then the part below's, numbered in
 * that order; each row the part below's, with the figures of the part above's row beside its own.
 * Its cells are the parts' own, where they are written.
 */
function widened(above: Table, below: Table): Table {
  const n = above.columns.length - 1;
  const columns = [
    below.columns[0],
    ...above.columns.slice(1).map((c, i) => ({ ...c, index: 1 + i })),
    ...below.columns.slice(1).map((c, i) => ({ ...c, index: 1 + n + i })),
  ];
  const rows = below.rows.map((r, k): Row => {
    const left = above.rows[k];
    return {
      ...r,
      cells: [
        r.cells[0],
        ...above.columns.slice(1).map((c) => left.cells[c.index]),
        ...below.columns.slice(1).map((c) => r.cells[c.index]),
      ],
      unread: [...left.unread, ...r.unread.map((u) => ({ ...u, column: u.column + n }))],
    };
  });
  return { ...below, columns, rows };
}

/**
 * Names the cell to blame in each failing row, as the table's facts do (facts/index.ts), with each
 * part's footings read in the wide table's columns and rows: a figure whose column foots through its
 * row is not blamed.
 */
function blame(above: Table, below: Table, wide: Table, relations: Relation[]): void {
  const n = above.columns.length - 1;
  const footings = [
    ...inWide(factsOf(above).footings, above, wide, 0),
    ...inWide(factsOf(below).footings, below, wide, n),
  ];
  for (const relation of relations) {
    for (const failure of relation.fails) {
      failure.blame = blameFor(relation, failure, footings) ?? undefined;
      // The cell where a part's footing fails by the same amount: its footing, read in the wide table,
      // names the relation (FL315 reports it, as FL101 does within one table).
      if (failure.blame?.footing) failure.blame.footing.crossFoot = { relation, failure };
    }
  }
}

function inWide(footings: Footing[], part: Table, wide: Table, shift: number): Footing[] {
  const rowOf = new Map<Row, Row>(part.rows.map((r, k) => [r, wide.rows[k]]));
  return footings.map((f) => ({
    ...f,
    column: f.column + shift,
    total: rowOf.get(f.total) ?? f.total,
    segment: f.segment.map((r) => rowOf.get(r) ?? r),
  }));
}
