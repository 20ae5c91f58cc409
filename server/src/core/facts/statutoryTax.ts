/**
 * Tax at the statutory rate: the first line of a tax-rate reconciliation in amounts (`Tax provision at
 * the U.S. federal statutory rate   $266   $134   $75`) is the statutory rate times the year's income
 * before income taxes, which the income statement prints. Filers compute it, so each year's figure is
 * that product rounded to the line's last place.
 *
 * A year is claimed wrong only on evidence that the line is read as meant: another year of the same
 * line agrees with its income statement's pre-tax income at a rate the line or the filing's custom
 * gives (a rate the label states, else the U.S. federal 35% or 34%), in one unit between the two
 * tables; the year that does not agree at any such rate, then, differs from the product at the rate
 * the agreeing years use by what one slip in its figure would make (a digit changed, two transposed,
 * a digit dropped or doubled). A line whose years agree with none, a base other than pre-tax income
 * (income before minority interest, a foreign rate), or a difference no slip explains claims nothing.
 */
import { abs, add, cmp, decimal, pow10, rescale, roundTo, type Decimal } from '../decimal';
import { memoize } from '../memo';
import type { Cell, FilingModel, Row, Table } from '../model';
import { slipApart, type SlipKind } from './slips';
import { bareLabel, columnsByYear, isAnnual, statementKind } from './statements';
import { MIN_TELLING_UNITS, UNIT_STEPS } from './tolerance';

/** A reconciliation's line of tax at the statutory rate. */
const STATUTORY = /\bstatutory\b/i;
/** A rate the label states: `at the federal statutory rate of 35%`, `35 percent`. */
const STATED_RATE = /\b(\d{2}(?:\.\d{1,2})?)\s*(?:%|percent\b)/i;
/** A federal rate the label implies without stating it. */
const FEDERAL = /\b(?:federal|u\.\s?s\.|united\s+states)/i;
/** The U.S. federal rates of the 1990s and 2000s (35% from 1993, 34% before). */
const FEDERAL_RATES = [decimal(35n, 0), decimal(34n, 0)];
/**
 * The income statement's pre-tax income, the base of the statutory line: `Income before income
 * taxes`, also where it names what else it comes before (`... and extraordinary loss`, `... and
 * minority interest`), the first such row of the statement.
 */
const PRETAX =
  /^(?:income|earnings|loss|\(loss\)|net\s+income)[^.]{0,30}\bbefore\s+(?:provision\s+for\s+)?(?:income\s+)?tax(?:es)?\b/i;

export interface StatutoryYear {
  year: number;
  cell: Cell;
  /** The income statement's pre-tax income for the year, and its cell. */
  base: Cell;
  baseTable: Table;
  /** The rate the year agrees at, or (for a year that does not) the rate the agreeing years use. */
  rate: Decimal;
  /** The product at that rate, in the line's unit and places. */
  expected: Decimal;
  ok: boolean;
  /** For a year that does not agree: the slip that turns the product into the figure printed. */
  slip?: SlipKind;
}

export interface StatutoryLine {
  table: Table;
  row: Row;
  years: StatutoryYear[];
}

/** The statutory-rate lines of a document's reconciliations, each year against its income statement. */
export const statutoryLines = memoize(findStatutoryLines);

function findStatutoryLines(model: FilingModel): StatutoryLine[] {
  const incomeStatements = model.tables.filter((t) => isAnnual(t, 'income'));
  if (incomeStatements.length === 0) return [];
  const out: StatutoryLine[] = [];
  for (const table of model.tables) {
    const found = statutoryRows(table);
    if (!found) continue;
    const { row, rateRow } = found;
    const named = ratesOf(`${bareLabel(row.label)} ${rateRow ? bareLabel(rateRow.label) : ''} ${table.title}`);
    const bases = basesOf(table, row, incomeStatements);
    if (bases.length < 2) continue;
    const ratesFor = (b: Base): Decimal[] => {
      const stated = rateRow?.cells[b.cell.column];
      return stated?.value && stated.percent ? [stated.value] : named;
    };
    const line = weigh(table, row, bases, ratesFor);
    if (line) out.push(line);
  }
  return out;
}

/**
 * A table's line of tax at the statutory rate in amounts, and the line of the rate itself
 * (`U.S. federal statutory tax rate  35.0%`) above or below it, which says each year's rate; none in
 * a primary statement. Read once per table object: a keystroke reads labels only in tables built again.
 */
const statutoryRows = memoize((table: Table): { row: Row; rateRow: Row | undefined } | null => {
  if (statementKind(table) !== null) return null;
  const lines = table.rows.filter((r) => r.kind !== 'heading' && STATUTORY.test(bareLabel(r.label)));
  const row = lines.find((r) => r.cells.some((c) => c?.value && !c.percent && c.column > 0));
  if (!row) return null;
  return { row, rateRow: lines.find((r) => r !== row && r.cells.some((c) => c?.percent)) };
});

/** The rates a label allows: the one it states, else the federal rates where it names the federal tax. */
function ratesOf(label: string): Decimal[] {
  const stated = STATED_RATE.exec(label);
  if (stated) {
    const [whole, frac = ''] = stated[1].split('.');
    return [decimal(BigInt(whole + frac), frac.length)];
  }
  return FEDERAL.test(label) ? FEDERAL_RATES : [];
}

interface Base {
  year: number;
  cell: Cell;
  base: Cell;
  baseTable: Table;
}

/** Each year of the line with an amount, beside the first income statement's pre-tax income for it. */
function basesOf(table: Table, row: Row, incomeStatements: Table[]): Base[] {
  const out: Base[] = [];
  for (const [year, column] of columnsByYear(table)) {
    const cell = row.cells[column.index];
    if (!cell?.value || cell.percent || cell.value.units === 0n) continue;
    for (const statement of incomeStatements) {
      const col = columnsByYear(statement).get(year);
      const pretax = statement.rows.find((r) => r.kind !== 'heading' && PRETAX.test(bareLabel(r.label)));
      const base = col && pretax?.cells[col.index];
      if (!base?.value || base.percent || base.value.units === 0n) continue;
      out.push({ year, cell, base, baseTable: statement });
      break;
    }
  }
  return out;
}

/**
 * Whether a figure's difference from the product is more than a filer's own computation leaves: ten
 * units of its last place or more, or 1% of the product. Filers apply the rate to a base a little
 * other than the one printed (before rounding, before a minority interest), and land a few units
 * off in the last digit (Qualcomm's 37,956 for 37,952, Seagate's 116,012 for 116,011), which is no slip.
 */
function beyondNoise(figure: Decimal, expected: Decimal): boolean {
  const diff = abs(add(abs(figure), decimal(-rescale(expected, figure.scale).units, figure.scale)));
  if (diff.units >= 10n) return true;
  return diff.units * 100n >= rescale(expected, figure.scale).units;
}

/** `rate`% of `base` times ten to `step`, exact. */
function product(rate: Decimal, base: Decimal, step: number): Decimal {
  const units = rate.units * base.units * (step > 0 ? pow10(step) : 1n);
  return decimal(units, rate.scale + base.scale + 2 + (step < 0 ? -step : 0));
}

/**
 * Whether a printed figure is the product rounded to its places: within half its last place, and
 * the rate's share of half the base's last place (the base is rounded too). Signs are the filer's
 * to choose (a benefit on a loss is printed either way), so magnitudes are compared.
 */
function agrees(figure: Decimal, exact: Decimal, rate: Decimal, base: Decimal, step: number): boolean {
  const halfFigure = decimal(5n, figure.scale + 1);
  const halfBase = product(rate, decimal(5n, base.scale + 1), step);
  return cmp(abs(add(abs(exact), decimal(-abs(figure).units, figure.scale))), add(halfFigure, halfBase)) <= 0;
}

/** The years of a line, weighed: the unit step most years agree at, and the years that do not. */
function weigh(table: Table, row: Row, bases: Base[], ratesFor: (b: Base) => Decimal[]): StatutoryLine | null {
  let best: { step: number; agreeing: Map<Base, Decimal> } | null = null;
  for (const step of UNIT_STEPS) {
    const agreeing = new Map<Base, Decimal>();
    for (const b of bases) {
      if (abs(b.cell.value!).units < MIN_TELLING_UNITS * pow10(b.cell.value!.scale)) continue;
      const rate = ratesFor(b).find((r) =>
        agrees(b.cell.value!, product(r, b.base.value!, step), r, b.base.value!, step),
      );
      if (rate) agreeing.set(b, rate);
    }
    if (!best || agreeing.size > best.agreeing.size) best = { step, agreeing };
  }
  if (!best || best.agreeing.size === 0) return null;
  const { step, agreeing } = best;
  const years: StatutoryYear[] = [];
  for (const b of bases) {
    const figure = b.cell.value!;
    const base = b.base.value!;
    // A year agrees at a rate it may be at (34% before 1993 where the others are at 35%).
    const fits = agreeing.get(b) ?? ratesFor(b).find((r) => agrees(figure, product(r, base, step), r, base, step));
    if (fits) {
      years.push({ ...b, rate: fits, expected: roundTo(abs(product(fits, base, step)), figure.scale), ok: true });
      continue;
    }
    // Weighed at its own rate where the reconciliation states one, else at the nearest agreeing year's.
    const own = ratesFor(b);
    const nearest = [...agreeing.keys()].sort((p, q) => Math.abs(p.year - b.year) - Math.abs(q.year - b.year))[0];
    const rate = own.length === 1 ? own[0] : agreeing.get(nearest)!;
    const expected = roundTo(abs(product(rate, base, step)), figure.scale);
    const slip = beyondNoise(figure, expected)
      ? (slipApart(abs(figure), rescale(expected, figure.scale)) ?? undefined)
      : undefined;
    years.push({ ...b, rate, expected, ok: false, slip });
  }
  return { table, row, years };
}
