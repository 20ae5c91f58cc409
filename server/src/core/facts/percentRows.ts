/**
 * Percent rows: a row of percentages printed under a row of amounts (`Operating income  64,678 ...`
 * then `% of sales  20% ...`), each the amount's share of the table's sales or revenues in its
 * column. The transposition of a percent column (facts/shares.ts), checked by the same rule: a
 * percent shown with d decimals is the share rounded to d decimals, computed exactly.
 *
 * The base row is not assumed: of the table's rows of sales or revenues, the one most percentages
 * are shares of. A table is read so only where three percentages or more, and two thirds of them,
 * agree; then the ones that do not are claimed.
 *
 * A margin row is read the same way: `Pre-tax income margin  21.1%  33.0% ...` is the row its label
 * names (`Pre-tax income (loss)`, the nearest such row above it) over the revenues above that row
 * (`Total revenue`), column by column; a table of segments or periods in blocks gives each block's
 * margin of its own revenues. Margins are read where three or more, and two thirds of them, agree.
 */
import { cmp, decimal, percentOf, rescale, type Decimal } from '../decimal';
import { memoize } from '../memo';
import type { Cell, Row, Table } from '../model';
import { bareLabel } from './statements';
import { pushTo } from '../groups';

/** A row of percentages of sales: `% of sales`, `As a percentage of net revenues`, `Percent of total revenues`. */
const PERCENT_ROW = /^(?:as\s+a\s+)?(?:%|percent(?:age)?)\s+(?:of\s+)?(?:net\s+|total\s+)?(?:sales|revenues?)\b/i;
/** A row of sales or revenues a percent row may be of: `Net sales`, `Total revenues`, `Revenue`. */
const BASE_ROW = /^(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:sales|revenues?)(?:,\s+net)?\b[^a-z]*$/i;
/** Percentages that must agree before the others are claimed wrong. */
const MIN_AGREEING = 3;

export interface PercentRowCell {
  /** The percent row and its cell; the amount row above it and its cell in the same column. */
  row: Row;
  cell: Cell;
  partRow: Row;
  part: Cell;
  /** The base row and its cell in the column. */
  baseRow: Row;
  base: Cell;
  /** The share, rounded to the printed decimals. */
  computed: Decimal;
  ok: boolean;
}

export interface PercentRows {
  cells: PercentRowCell[];
}

/**
 * A table's rows of percentages of sales, read against the base row most of them agree with, and
 * its margin rows; null where neither is read.
 */
export const percentRowsOf = memoize((table: Table): PercentRows | null => {
  const cells = withoutDoubtedBases([...sharesOfSales(table), ...marginCells(table)]);
  return cells.length > 0 ? { cells } : null;
});

/**
 * The cells less those of a base figure two or more shares are of and none agrees with: one wrong
 * figure explains them all, and it is the base (Apple's net sales printed `$1.556`, a point typed
 * for its comma, gave `26.8% ≠ 26799.5%` and two more), so its shares are passed over.
 */
function withoutDoubtedBases(cells: PercentRowCell[]): PercentRowCell[] {
  const byBase = new Map<Cell, PercentRowCell[]>();
  for (const c of cells) pushTo(byBase, c.base, c);
  return cells.filter((c) => {
    const same = byBase.get(c.base)!;
    return same.length < 2 || same.some((o) => o.ok);
  });
}

/** Whether three or more of the cells, and two thirds of them, agree: the reading is believed. */
function believed(cells: PercentRowCell[]): boolean {
  const agreeing = cells.filter((c) => c.ok).length;
  return agreeing >= MIN_AGREEING && 3 * agreeing >= 2 * cells.length;
}

/** The cells of a table's rows of percentages of sales, read against the base row most of them agree with. */
function sharesOfSales(table: Table): PercentRowCell[] {
  const pairs = percentRowPairs(table);
  if (pairs.length === 0) return [];
  const bases = table.rows.filter((r) => r.kind !== 'heading' && BASE_ROW.test(bareLabel(r.label)));
  let best: PercentRowCell[] = [];
  let bestAgreeing = 0;
  for (const baseRow of bases) {
    const cells = pairs.flatMap(({ row, partRow }) => cellsAgainst(row, partRow, baseRow));
    const agreeing = cells.filter((c) => c.ok).length;
    if (agreeing > bestAgreeing) [best, bestAgreeing] = [cells, agreeing];
  }
  return believed(best) ? best : [];
}

/**
 * What a margin row's label names, lower case (`pre-tax income` of `Pre-tax income margin`, `gross`
 * of `Gross margin %`, `ebit` of `EBIT margin(1)`), or null for a label that is no margin row. Cut
 * by hand: a pattern with a lazy name before `\s+margin` backtracks on long runs of spaces.
 */
function marginNamed(label: string): string | null {
  const text = label.toLowerCase();
  const k = text.lastIndexOf(' margin');
  if (k <= 0) return null;
  const after = text.slice(k + ' margin'.length).trim();
  if (!MARGIN_AFTER.has(after) && !/^\(\w{1,2}\)$/.test(after)) return null;
  const named = text
    .slice(0, k)
    .trim()
    .replace(/^total\s+/, '');
  return named === '' ? null : named;
}
const MARGIN_AFTER = new Set(['', '%', 'percent', 'percentage']);

/**
 * Each margin row's cells against the row its label names and the revenues above that row, where
 * three or more and two thirds of the table's margins agree.
 */
function marginCells(table: Table): PercentRowCell[] {
  const cells: PercentRowCell[] = [];
  table.rows.forEach((row, index) => {
    if (row.kind === 'heading' || !row.cells.some((c) => c?.value && c.percent)) return;
    const named = marginNamed(bareLabel(row.label));
    if (!named) return;
    const part = nearestAbove(table, index, (r) => bareLabel(r.label).toLowerCase().startsWith(named) && hasAmounts(r));
    if (part < 0) return;
    const base = nearestAbove(table, part, (r) => BASE_ROW.test(bareLabel(r.label)) && hasAmounts(r));
    if (base < 0) return;
    cells.push(...cellsAgainst(row, table.rows[part], table.rows[base]));
  });
  return believed(cells) ? cells : [];
}

/** The index of the nearest row above `index` that `test` takes, or -1. */
function nearestAbove(table: Table, index: number, test: (row: Row) => boolean): number {
  for (let k = index - 1; k >= 0; k--) if (table.rows[k].kind !== 'heading' && test(table.rows[k])) return k;
  return -1;
}

/** Whether a row has figures that are not percentages. */
function hasAmounts(row: Row): boolean {
  return row.cells.some((c, i) => i > 0 && c?.value && !c.percent);
}

/** Each percent row with the row of amounts right above it (headings and other percent rows passed over). */
function percentRowPairs(table: Table): { row: Row; partRow: Row }[] {
  const out: { row: Row; partRow: Row }[] = [];
  table.rows.forEach((row, index) => {
    // A row with a percent in it first (a look at its cells), then its label.
    if (row.kind === 'heading' || !row.cells.some((c) => c?.value && c.percent)) return;
    if (!PERCENT_ROW.test(bareLabel(row.label))) return;
    for (let k = index - 1; k >= 0; k--) {
      const above = table.rows[k];
      if (above.kind === 'heading' || PERCENT_ROW.test(bareLabel(above.label))) continue;
      if (hasAmounts(above)) out.push({ row, partRow: above });
      return;
    }
  });
  return out;
}

function cellsAgainst(row: Row, partRow: Row, baseRow: Row): PercentRowCell[] {
  const out: PercentRowCell[] = [];
  for (const cell of row.cells) {
    if (!cell?.value || !cell.percent || cell.column === 0) continue;
    const part = partRow.cells[cell.column];
    const base = baseRow.cells[cell.column];
    if (!part?.value || part.percent || !base?.value || base.percent || base.value.units <= 0n) continue;
    out.push({
      row,
      cell,
      partRow,
      part,
      baseRow,
      base,
      computed: percentOf(part.value, base.value, cell.value.scale),
      ok: shareAllowed(cell.value, part.value, base.value),
    });
  }
  return out;
}

/**
 * Whether a percent p (d decimals) may be the share of `part` in `base`, each of them rounded to its
 * last place: some share within half a unit of both lies within half a unit of p's last place.
 * Statements print amounts in thousands or millions and compute their percentages from the
 * unrounded figures (Dell: "calculated using the underlying data in thousands"), so 20.2% stands for
 * 1,067 of 5,296, whose share lies between 20.14% and 20.16%.
 */
export function shareAllowed(p: Decimal, part: Decimal, base: Decimal): boolean {
  // Exact integers at one scale s: part a ± h, base t ± h (h half a unit of the coarser figure).
  const s = Math.max(part.scale, base.scale) + 1;
  const a = rescale(part, s).units;
  const t = rescale(base, s).units;
  const h = 5n * 10n ** BigInt(s - Math.min(part.scale, base.scale) - 1);
  if (t - h <= 0n) return false;
  // The share's extremes: the least part over the greatest base and the greatest over the least
  // (for a negative part, over the least base and the greatest).
  const places = p.scale + 6;
  const [under, over] = a >= 0n ? [t + h, t - h] : [t - h, t + h];
  const low = percentOf(decimal(a - h, s), decimal(under, s), places);
  const high = percentOf(decimal(a + h, s), decimal(over, s), places);
  // p stands for [p - ½·10^-d, p + ½·10^-d]; it is allowed where that meets [low, high].
  const half = rescale(decimal(5n, p.scale + 1), places).units;
  const pLow = decimal(rescale(p, places).units - half, places);
  const pHigh = decimal(rescale(p, places).units + half, places);
  return cmp(high, pLow) >= 0 && cmp(low, pHigh) <= 0;
}
