/**
 * The cell to blame where a row does not cross-foot. A row's relation failing says the row holds a
 * wrong figure, not which: a column footing that fails by the same amount names the cell at their
 * intersection, and otherwise a figure that one slip (a digit, a transposition) would turn into the
 * value that makes the row hold: the result's, when it is one, else the only term's. A figure whose column foots
 * through this row is not blamed: changing it would break that footing.
 */
import { abs, add, cmp, eq, neg, sub, type Decimal } from '../decimal';
import type { Cell, Row } from '../model';
import { meantValues, type Footing } from './footings';
import type { Relation, RelationFailure } from './relations';
import { slipBetween, type SlipKind } from './slips';

export interface Blame {
  row: Row;
  column: number;
  cell: Cell;
  /** What the figure would read for the row to cross-foot. */
  expected: Decimal;
  /**
   * `footing`: the column's footing fails by the same amount at this cell; a slip kind: that slip in
   * this figure explains it; `shape`: a slip in one of several figures would, which one is not known
   * (the blame is then on the row's result, without a fix).
   */
  why: 'footing' | SlipKind | 'shape';
  /** The failing footing the cell is also the answer to, when `why` is `footing` or it is in one. */
  footing?: Footing;
}

/** The figure column `column` would need in the failing row for the relation to hold. */
function intendedIn(relation: Relation, failure: RelationFailure, column: number, value: Decimal): Decimal {
  const diff = sub(failure.stated, failure.computed);
  if (column === relation.result) return sub(value, diff);
  const term = relation.terms.find((t) => t.column === column)!;
  return term.sign > 0 ? add(value, diff) : sub(value, diff);
}

/** Whether a footing would hold with `cell` reading `expected` instead. */
function footsWith(f: Footing, row: Row, value: Decimal, expected: Decimal): boolean {
  if (row === f.total) return cmp(abs(sub(expected, f.computed)), f.tolerance) <= 0;
  const i = f.segment.indexOf(row);
  if (i < 0) return false;
  const delta = sub(expected, value);
  const sign = f.signs[i];
  const moved = sign > 0 ? delta : neg(delta);
  return cmp(abs(sub(f.stated, add(f.computed, moved))), f.tolerance) <= 0;
}

/** The footings of a column that take this row in: as their total or as one of their rows. */
export function footingsThrough(footings: Footing[], column: number, row: Row): Footing[] {
  return footings.filter((f) => f.column === column && (f.total === row || f.segment.includes(row)));
}

/**
 * Whether the row's result repeats one of its terms while others are not zero: a balance at each
 * period's end (the year's column is the last quarter's), not a flow that adds across the row.
 */
function carriesATerm(relation: Relation, row: Row): boolean {
  const result = row.cells[relation.result]?.value;
  if (!result || result.units === 0n) return false;
  const terms = relation.terms.map((t) => row.cells[t.column]?.value);
  const repeated = terms.findIndex((v) => v && eq(v, result));
  return repeated >= 0 && terms.some((v, i) => i !== repeated && v && v.units !== 0n);
}

/** The cell to blame for a row where a relation fails, or null when no one cell is explained. */
export function blameFor(relation: Relation, failure: RelationFailure, footings: Footing[]): Blame | null {
  // For rounded figures the difference is taken as it is: a slip must account for all of it, as
  // footing's does for its total's exact sum.
  const row = failure.row;
  if (carriesATerm(relation, row)) return null;
  const members = [relation.result, ...relation.terms.map((t) => t.column)];
  const byFooting: Blame[] = [];
  const bySlip: Blame[] = [];
  for (const column of members) {
    const cell = row.cells[column];
    if (!cell?.value) continue;
    const expected = intendedIn(relation, failure, column, cell.value);
    const through = footingsThrough(footings, column, row);
    const failing = through.find((f) => !f.ok && footsWith(f, row, cell.value!, expected));
    if (failing) {
      byFooting.push({ row, column, cell, expected, why: 'footing', footing: failing });
      continue;
    }
    // Its column foots through this row as printed: the figure is right.
    if (through.some((f) => f.ok)) continue;
    // As footing tries for a total: the exact value, and a unit either side for rounded figures.
    for (const m of meantValues(expected, failure.tolerance, cell.value.scale)) {
      const kind = slipBetween(cell.value, m);
      if (kind && !eq(m, cell.value)) {
        bySlip.push({ row, column, cell, expected: m, why: kind });
        break;
      }
    }
  }
  if (byFooting.length === 1) return byFooting[0];
  if (byFooting.length > 0) return null;
  // As footing names the total when a slip there explains it, the result is named first: a digit
  // changed by k·10^j could as well be taken from any term with a digit to spare at that place.
  const result = bySlip.find((b) => b.column === relation.result);
  if (result) return result;
  if (bySlip.length === 1) return bySlip[0];
  if (bySlip.length === 0) return null;
  // Several figures could hold the slip: the row is wrong, which figure is not known.
  const cell = row.cells[relation.result]!;
  return { row, column: relation.result, cell, expected: failure.computed, why: 'shape' };
}
