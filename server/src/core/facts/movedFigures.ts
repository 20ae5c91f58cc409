/**
 * Figures printed in the wrong column: two columns of one total fail by opposite differences, and
 * the figures of one to three rows, standing in the first where the second is blank, make both tie
 * when moved across (VeriSign's 2000 statement of equity prints a stock plan's 5,483,000 under
 * Retained earnings, blank under Total: without it the one adds up, with it the other). Or two
 * figures, one in each column, stand in each other's places: Cisco's 1996 rate reconciliation prints
 * the Foreign Sales Corporation benefit (2.5) under 1995 and, on the line below, (2.9) under 1994;
 * exchanged, both columns add up to their effective rates. Both columns tying is what confirms the
 * reading; the figures are reported once, on the first of them.
 */
import { abs, add, cmp, neg, sub, ZERO, type Decimal } from '../decimal';
import type { Cell, Row } from '../model';
import type { Footing } from './footings';

/** Figures that add up in another column of their total than the one they stand in. */
export interface MovedFigures {
  /** The rows whose figures moved, with their cells in the column they stand in. */
  cells: { row: Row; cell: Cell }[];
  /** The footing of the column they stand in, and of the column they add up in. */
  from: Footing;
  to: Footing;
  /**
   * Set when the figures were exchanged rather than moved: the one figure standing in `to`'s column
   * that belongs in `from`'s, where `cells` holds the one that belongs in `to`'s.
   */
  exchanged?: { row: Row; cell: Cell };
}

/** At most this many figures are taken to have moved: a bound that keeps the search to C(rows, 3), and MAX_SETS. */
const MAX_MOVED = 3;

/**
 * The moved figures among the failing footings of one total (`failed`, all under one reading), set
 * on both footings' `moved`. A pair is believed only when exactly one set of figures, the smallest
 * that does, makes both tie.
 */
export function findMovedFigures(failed: readonly Footing[]): void {
  for (const from of failed) {
    for (const to of failed) {
      if (from === to || from.moved || to.moved) continue;
      const excess = sub(from.computed, from.stated);
      // Opposite differences, within the two roundings: what one column has too much the other lacks.
      if (
        excess.units === 0n ||
        cmp(abs(add(excess, sub(to.computed, to.stated))), add(from.tolerance, to.tolerance)) > 0
      ) {
        continue;
      }
      const cells = movedSet(from, to);
      const moved: MovedFigures | null = cells ? { cells, from, to } : exchangedPair(from, to);
      if (!moved) continue;
      from.moved = moved;
      to.moved = moved;
    }
  }
}

/** The one smallest set of figures that, moved from `from`'s column to `to`'s, makes both tie. */
function movedSet(from: Footing, to: Footing): { row: Row; cell: Cell }[] | null {
  // Candidates: the rows added (not the total), with a non-zero figure in `from`'s column and
  // none in `to`'s, so that the figure has a blank to move into.
  const candidates = signedTerms(from).filter((t) => !t.row.cells[to.column]?.value);
  const range = tyingRange(from, to);
  if (!range) return null;
  const ties = (sum: Decimal) => cmp(sum, range.lo) >= 0 && cmp(sum, range.hi) <= 0;
  // Sets tried, all sizes together: a schedule of thousands of rows with blanks in the other
  // column would make C(rows, 3) of them (1,000 rows took 7.6 s); past the bound, nothing is claimed.
  let tried = 0;
  for (let size = 1; size <= MAX_MOVED; size++) {
    const found: number[][] = [];
    subsets(candidates.length, size, (picked) => {
      if (++tried > MAX_SETS) return false;
      let sum = ZERO;
      for (const k of picked) sum = add(sum, candidates[k].term);
      if (ties(sum)) found.push(picked.slice());
      return found.length < 2;
    });
    if (tried > MAX_SETS || found.length > 1) return null;
    if (found.length === 1) return found[0].map((k) => ({ row: candidates[k].row, cell: candidates[k].cell }));
  }
  return null;
}

/** Sets of figures tried before the search for moved ones gives up (C(100, 3) is 161,700). */
const MAX_SETS = 200_000;

/**
 * The one pair of figures, one in each column, that makes both tie when exchanged: in one row, or in
 * two rows each blank where the other's figure would go (a figure wrapped onto the next line under
 * the wrong year). None where no figures moved across would do (movedSet), and none where two pairs
 * would: which is not known then.
 */
function exchangedPair(from: Footing, to: Footing): MovedFigures | null {
  // x leaving `from` for y's place, and y leaving `to` for x's, move `from` by y - x and `to` by
  // x - y: both tie where x - y lies in the tying range.
  const range = tyingRange(from, to);
  if (!range) return null;
  const { lo, hi } = range;
  // The other column's figures in order: each figure's partners, x - hi to x - lo, are found by a
  // binary search, not by trying every pair (a long schedule's columns are thousands of rows).
  const ys = signedTerms(to).sort((a, b) => cmp(a.term, b.term));
  let found: MovedFigures | null = null;
  let tried = 0;
  for (const x of signedTerms(from)) {
    const least = sub(x.term, hi);
    const most = sub(x.term, lo);
    for (let k = firstAtLeast(ys, least); k < ys.length && cmp(ys[k].term, most) <= 0; k++) {
      // Figures alike by the thousand (a table of equal amounts) explain nothing: give up.
      if (++tried > MAX_TRIED) return null;
      const y = ys[k];
      const placed = x.row === y.row || (!x.row.cells[to.column]?.value && !y.row.cells[from.column]?.value);
      if (!placed || sub(x.term, y.term).units === 0n) continue;
      if (found) return null;
      found = { cells: [{ row: x.row, cell: x.cell }], from, to, exchanged: { row: y.row, cell: y.cell } };
    }
  }
  return found;
}

/** A footing's added figures that are not zero, each with its sign as added (a row subtracted, negated). */
function signedTerms(f: Footing): { row: Row; cell: Cell; term: Decimal }[] {
  const out: { row: Row; cell: Cell; term: Decimal }[] = [];
  f.segment.forEach((row, i) => {
    const sign = f.signs[i];
    const cell = row.cells[f.column];
    if ((sign !== 1 && sign !== -1) || !cell?.value || cell.value.units === 0n) return;
    out.push({ row, cell, term: sign < 0 ? neg(cell.value) : cell.value });
  });
  return out;
}

/**
 * The amounts that, taken out of `from`'s column and put into `to`'s, make both tie: within `from`'s
 * miss and `to`'s shortfall, each give or take its rounding; null where the two do not meet.
 */
function tyingRange(from: Footing, to: Footing): { lo: Decimal; hi: Decimal } | null {
  const fromMiss = sub(from.computed, from.stated);
  const toMiss = sub(to.stated, to.computed);
  const lo = larger(sub(fromMiss, from.tolerance), sub(toMiss, to.tolerance));
  const hi = smaller(add(fromMiss, from.tolerance), add(toMiss, to.tolerance));
  return cmp(lo, hi) > 0 ? null : { lo, hi };
}

/** Pairs of figures an exchange may be looked for among before the search gives up. */
const MAX_TRIED = 10_000;

const larger = (a: Decimal, b: Decimal) => (cmp(a, b) >= 0 ? a : b);
const smaller = (a: Decimal, b: Decimal) => (cmp(a, b) <= 0 ? a : b);

/** The index of the first of the sorted terms at or above `value`. */
function firstAtLeast(sorted: readonly { term: Decimal }[], value: Decimal): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(sorted[mid].term, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with each `size`-subset of [0, n) in order, until it returns false. */
function subsets(n: number, size: number, visit: (picked: number[]) => boolean): void {
  const picked: number[] = [];
  const walk = (from: number): boolean => {
    if (picked.length === size) return visit(picked);
    for (let k = from; k <= n - (size - picked.length); k++) {
      picked.push(k);
      const more = walk(k + 1);
      picked.pop();
      if (!more) return false;
    }
    return true;
  };
  walk(0);
}
