/**
 * Percent-change rows: a row labelled as a change (`% change from prior year`, `Percent change`,
 * `Percent increase (decrease)`) under a row of amounts, whose percent in each period's column is
 * that period's change from the one beside it (Motorola's segment tables: `Orders $8,077 $7,425
 * $8,416` over `% change from prior year 9% -12%`).
 *
 * Which neighbour is the earlier period (the column to the right, as most filers order years, or to
 * the left) is read from the rows: the side on which the printed changes agree with their amounts.
 * A table with three such cells agreeing on one side, and more than on the other, decides for
 * itself; a table with fewer takes the side its document's change rows agree on, where at least
 * five do on that side and three times as many as on the other (one filer lays out all its segment
 * tables alike, and a table split at a heading keeps one row of them).
 */
import { memoize } from '../memo';
import type { Cell, Column, FilingModel, Row, Table } from '../model';
import { changeRange, overSignedLoss, within } from './percentChanges';
import { yearOf } from './statements';

/** A change row's label: a percent change or increase, not a change in points or amounts. */
const CHANGE_ROW = /^(?:%|percent(?:age)?|pct\.?)\s+(?:change|increase|decrease|growth|inc\.?|incr\.?)\b/i;
/** Not worked out from the amounts beside: at constant rates, in points, or a sensitivity. */
const NOT_FROM_BESIDE = /constant|currenc|points?\b|pts\b|sensitiv/i;

/** At least this many cells agreeing on one side let a table decide its reading alone. */
const MIN_TABLE_AGREEING = 3;
/** At least this many agreeing cells across the document, and this many times the other side's. */
const MIN_DOCUMENT = 5;
const DOCUMENT_MARGIN = 3;

export type Side = 'right' | 'left';

export interface ChangeCell {
  row: Row;
  /** The row of amounts the change is of. */
  amounts: Row;
  cell: Cell;
  later: Cell;
  laterColumn: Column;
  /** The earlier amount on each side, where that side has one whose interval does not reach zero. */
  earlier: Partial<Record<Side, { cell: Cell; column: Column; ok: boolean; computed: Cell['value'] }>>;
}

/** The change rows' cells of a table, with both readings, worked out once per table object. */
export const changeCellsOf = memoize((table: Table): ChangeCell[] => {
  const out: ChangeCell[] = [];
  let amounts: Row | undefined;
  for (const row of table.rows) {
    if (row.kind === 'heading') continue;
    if (!CHANGE_ROW.test(row.label) || NOT_FROM_BESIDE.test(row.label)) {
      amounts = amountCells(row).length >= 2 ? row : undefined;
      continue;
    }
    if (!amounts) continue;
    for (let c = 1; c < row.cells.length; c++) {
      const cell = row.cells[c];
      const later = amounts.cells[c];
      if (!cell?.value || !cell.percent || !later?.value || later.percent) continue;
      const found: ChangeCell = { row, amounts, cell, later, laterColumn: table.columns[c], earlier: {} };
      for (const side of ['right', 'left'] as const) {
        const k = nextAmount(amounts, c, side);
        // An earlier amount is of an earlier year, where both columns name theirs: beside a 2022
        // column whose change is from 2021 (not printed), the next group's 2023 is no earlier year.
        if (k < 0 || !earlierYear(table.columns[k], table.columns[c])) continue;
        const earlier = amounts.cells[k]!;
        const range = changeRange(later.value, earlier.value!, cell.value.scale);
        if (!range) continue;
        found.earlier[side] = {
          cell: earlier,
          column: table.columns[k],
          ok: within(cell.value, range) || overSignedLoss(cell.value, later.value, earlier.value!),
          computed: range.nearest,
        };
      }
      if (found.earlier.right || found.earlier.left) out.push(found);
    }
    // The next change row, if any, is of the amounts above this one still only if none came between.
    amounts = undefined;
  }
  return out;
});

/** A period's length as a header names it: `three months`, `six months`, `quarter`, `year`. */
const LENGTH = /\b(?:(three|six|nine|twelve|fifty-two|\d{1,2})[\s-]+(months?|weeks?)|quarter|year)\b/i;

function lengthOf(c: Column): string {
  return (LENGTH.exec(c.header)?.[0] ?? '').toLowerCase().replace(/s$/, '');
}

/**
 * Whether a column may be of a period before another's, of the same length: an earlier year (or
 * years not both known), and not a period of another length (`Three Months Ended July 31,` is not
 * compared with `Six Months Ended July 31,`).
 */
function earlierYear(earlier: Column, later: Column): boolean {
  const a = yearOf(earlier);
  const b = yearOf(later);
  if (a !== null && b !== null && a >= b) return false;
  const [x, y] = [lengthOf(earlier), lengthOf(later)];
  return x === '' || y === '' || x === y;
}

function amountCells(row: Row): Cell[] {
  return row.cells.filter((c, k) => k > 0 && c?.value && !c.percent) as Cell[];
}

/** The column of the amounts row's next amount on one side of column `c`, or -1. */
function nextAmount(row: Row, c: number, side: Side): number {
  const step = side === 'right' ? 1 : -1;
  for (let k = c + step; k >= 1 && k < row.cells.length; k += step) {
    const x = row.cells[k];
    if (x?.value && !x.percent) return k;
  }
  return -1;
}

function agreeing(cells: ChangeCell[], side: Side): number {
  return cells.filter((c) => c.earlier[side]?.ok).length;
}

/** How the filing's change rows read: the side they agree on, and how many of its cells read on it disagree. */
export interface DocumentReading {
  side: Side;
  /** The filing's change-row cells with an earlier amount on that side, and those that disagree. */
  cells: number;
  failing: number;
}

/** The side the document's change rows agree on, if they do (see the module's comment), worked out once per model. */
export const documentReading = memoize((model: FilingModel): DocumentReading | null => {
  const tables = model.tables.filter((t) => changeCellsOf(t).length > 0);
  let right = 0;
  let left = 0;
  for (const table of tables) {
    right += agreeing(changeCellsOf(table), 'right');
    left += agreeing(changeCellsOf(table), 'left');
  }
  const side: Side | null =
    right >= MIN_DOCUMENT && right >= DOCUMENT_MARGIN * left
      ? 'right'
      : left >= MIN_DOCUMENT && left >= DOCUMENT_MARGIN * right
        ? 'left'
        : null;
  if (!side) return null;
  let cells = 0;
  let failing = 0;
  for (const table of tables) {
    for (const c of changeCellsOf(table)) {
      const e = c.earlier[side];
      if (!e) continue;
      cells++;
      if (!e.ok) failing++;
    }
  }
  return { side, cells, failing };
});

/**
 * The side a table's change rows are read on, and whether the table decided it: its own side where
 * three of its cells agree on one side and more than on the other; else the document's.
 */
export function sideOf(table: Table, model: FilingModel): { side: Side; own: boolean } | null {
  const cells = changeCellsOf(table);
  if (cells.length === 0) return null;
  const right = agreeing(cells, 'right');
  const left = agreeing(cells, 'left');
  if (right >= MIN_TABLE_AGREEING && right > left) return { side: 'right', own: true };
  if (left >= MIN_TABLE_AGREEING && left > right) return { side: 'left', own: true };
  const side = documentReading(model)?.side;
  return side ? { side, own: false } : null;
}
