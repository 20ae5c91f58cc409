/**
 * The chain of a roll-forward across period columns: a table that rolls a balance forward for each
 * of several years side by side (a pension plan's benefit obligation and plan assets, 2001 and 2000;
 * an allowance for 1998, 1997 and 1996) opens each year with the balance the year before closed
 * with, printed in the column beside. The year's opening figure in one column is the prior year's
 * closing figure in another.
 *
 * Only years are chained: the columns name one year each, a year apart, and the rows say the start
 * and end of a year (`at beginning of year`, `at January 1`; `at end of year`, `at December 31`).
 * Interim columns (nine months of 1999 against nine months of 1998) do not follow one another, and
 * `beginning of period` in a quarterly report is not the prior column's end. Columns are paired
 * by their order (`U.S.` 2001 with `U.S.` 2000, `Non-U.S.` 2001 with `Non-U.S.` 2000).
 */
import { cmp, type Decimal } from '../decimal';
import type { Cell, Column, Table } from '../model';
import { memoize } from '../memo';
import { rollForwardsOf, tie, type RollSegment } from './rollForwards';
import { yearOf } from './statements';

/** The start of a year: `Benefit obligation at beginning of year`, `Fair value of plan assets at January 1`. */
const OPENS_YEAR = /\b(?:beginning|begin|start|opening) of (?:the )?(?:fiscal )?year\b|\bjan(?:uary|\.)? 1\b(?![,\d])/i;
/** The end of a year: `Benefit obligation at end of year`, `at December 31`. */
const CLOSES_YEAR = /\b(?:end|close) of (?:the )?(?:fiscal )?year\b|\bdec(?:ember|\.)? 31\b(?!\d)/i;
/** Words of a period shorter than a year, or of another basis, in a column's header. */
const NOT_A_YEAR =
  /\b(?:months?|weeks?|quarters?|q[1-4]|pro forma|restated|as reported|historical|adjusted|unaudited|budget|forecast|projected)\b/i;

export interface PeriodChain {
  segment: RollSegment;
  /** The later year's column, and the opening figure in it. */
  later: Column;
  open: Cell;
  /** The year before's column, and the closing figure in it. */
  earlier: Column;
  close: Cell;
  /** The opening figure is the prior year's closing one. */
  ok: boolean;
  /** Both years roll forward on their own (a movement and a balance not zero). */
  bothTie: boolean;
  /** The later year does not roll forward, and does with the prior year's closing figure as its opening one. */
  mends: boolean;
}

function words(label: string): string {
  return label.replace(/\s+/g, ' ');
}

/** The chains of a table's roll-forwards across its year columns; once per table object. */
export const periodChainsOf = memoize(findPeriodChains);

function findPeriodChains(table: Table): PeriodChain[] {
  const { segments, ties } = rollForwardsOf(table);
  const out: PeriodChain[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'roll') continue;
    const open = words(segment.open.label);
    const close = words(segment.close.label);
    if (!OPENS_YEAR.test(open) || CLOSES_YEAR.test(open) || !CLOSES_YEAR.test(close) || OPENS_YEAR.test(close))
      {continue;}
    const mine = ties.filter((t) => t.segment === segment);
    const columns = mine.map((t) => table.columns[t.column]).filter((c) => !NOT_A_YEAR.test(c.header));
    const years = new Map(columns.map((c) => [c, yearOf(c)] as const));
    // A year printed over a group of columns is read into one of them only (`2001` over U.S. and
    // Non-U.S.): unless every column names its year, which column is which year is not known.
    if ([...years.values()].some((y) => y === null)) continue;
    for (const later of columns) {
      const year = years.get(later);
      if (year == null) continue;
      // Several columns of a year (U.S. and non-U.S. plans, pension and other benefits): the first of
      // the year is paired with the first of the year before, and so on, whether the years alternate
      // (1998, 1997, 1998, 1997) or come in blocks (2001, 2001, 2000, 2000). The groups' names are in
      // header lines spanning their columns, read into one column's header or another's, so they are
      // not compared.
      const ofYear = columns.filter((c) => years.get(c) === year);
      const before = columns.filter((c) => years.get(c) === year - 1);
      const earlier = ofYear.length === before.length ? before[ofYear.indexOf(later)] : undefined;
      if (!earlier) continue;
      const openCell = segment.open.cells[later.index];
      const closeCell = segment.close.cells[earlier.index];
      if (!openCell?.value || !closeCell?.value || openCell.percent || closeCell.percent) continue;
      const laterTie = mine.find((t) => t.column === later.index);
      const earlierTie = mine.find((t) => t.column === earlier.index);
      const tied = (t: typeof laterTie) => !!t && t.ok && t.nonTrivial;
      const ok = cmp(openCell.value, closeCell.value) === 0;
      let mends = false;
      if (!ok && laterTie && !laterTie.ok && tied(earlierTie)) {
        const instead = new Map<Cell, Decimal>([[openCell, closeCell.value]]);
        mends = tie(table, segment, later, instead)?.ok ?? false;
      }
      out.push({
        segment,
        later,
        open: openCell,
        earlier,
        close: closeCell,
        ok,
        bothTie: tied(laterTie) && tied(earlierTie),
        mends,
      });
    }
  }
  return out;
}
