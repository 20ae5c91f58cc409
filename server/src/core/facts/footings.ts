/**
 * Footings: each summed column of each total row against the rows it adds, under the reading that
 * foots the most columns; and how far each failing one can be trusted. A difference is reported
 * only where the reading is understood (another column of the same total foots under it, or the
 * rows' shares confirm them) or a slip in one figure explains it, and only in a column that adds.
 */
import { abs, add, cmp, decimal, eq, format, mul, neg, pow10, sub, toPlain, ZERO, type Decimal } from '../decimal';
import type { Cell, Column, Row, Rule, Table } from '../model';
import { GRID_ROWS, isTotalLabel, nearlyAll } from '../parse/body';
import { memoize } from '../memo';
import { AMOUNT_HEADER, COUNT_HEADER, headerRefs } from '../parse/columns';
import { addsExactly, halfUnit, isSummed, ROUNDING, roundingTolerance } from './tolerance';
import { ruleLinesOf } from './segments';
import { countBelow } from '../sorted';
import {
  bodyRowsAbove,
  CLOSES_PERIOD,
  headedRows,
  isBalance,
  namedHeadingRows,
  OPENS_PERIOD,
  readings,
  signedSum,
  columnView,
  standsFor,
  writtenReading,
  type Heads,
  type Reading,
  type StoodFor,
} from './readings';
import type { Relation, RelationFailure } from './relations';
import type { Blame } from './crossFoot';
import type { PeriodChain, ScheduleChain } from './periodChains';
import { findMovedFigures, type MovedFigures } from './movedFigures';
import { arithmeticTotals } from './arithmeticTotals';
import { balanceRole } from './balanceRows';
import { intendedTerm, slipBetween, totalSignLost, type SlipKind } from './slips';

export interface Footing {
  column: number;
  total: Row;
  /** The rows the total adds up: since the previous rule or heading (subtotals included). */
  segment: Row[];
  /** How each row of the segment is added: 1, -1, or 0 (its magnitude subtracted). */
  signs: number[];
  stated: Decimal;
  computed: Decimal;
  /** Allowed |stated - computed|: zero when exact, the rounding interval otherwise. */
  tolerance: Decimal;
  ok: boolean;
  /**
   * For a failing footing, what confirms the reading: `columns`, other columns of the same total
   * that foot under it (more of them than fail); `table`, for a total with no other column, this
   * column footing at another total of the table or the row calling itself a total. Unset when
   * nothing does.
   */
  confirmedBy?: 'columns' | 'table';
  /** For a failing footing: the slip in one figure that explains the difference, when one does. */
  slip?: Slip;
  /**
   * For a failing footing: the kind of slip the difference is shaped like, when one figure could
   * hold it, even where several could (then `slip` is unset: which one is not known).
   */
  shape?: SlipKind;
  /** The figures whose slip would each explain the difference exactly, when more than one could. */
  suspects?: Slip[];
  /**
   * Set on a subtotal named for the heading over its rows that they do not add to, where this total
   * below, which adds it, ties only with the rows' sum in its place (see heldBelow): the printed
   * subtotal is wrong, however far off.
   */
  heldBelow?: Footing;
  /**
   * When a row's cross-foot fails by what this footing fails by at one cell, that cell is the one to
   * blame (see crossFoot.ts): the footing reports it, naming the relation too.
   */
  crossFoot?: { relation: Relation; failure: RelationFailure };
  /** When this total is wrong only because a relation carried another total's wrong figure into it. */
  follows?: { blame: Blame; relation: Relation };
  /**
   * When the column foots with a year's opening balance read as the balance the year before closed
   * with (see periodChains.ts): FL105 reports that figure, once.
   */
  chained?: PeriodChain | ScheduleChain;
  /**
   * When figures standing in this column add up in another of the same total, or figures of
   * another add up in this one (see movedFigures.ts): both columns tie once they are moved.
   */
  moved?: MovedFigures;
  /** When one body cell alone explains the difference (its share says so), that cell. */
  culprit?: { row: Row; expected: Decimal };
  /** For a failing footing: why it is not to be reported, when something says so already. */
  doubt?: string;
  /** For a failing footing: whether anything shows the column adds (see computeFootings). */
  additive: boolean;
  /** Whether the total is read as plainly as it can be: the rows since its rule, added as written. */
  plain: boolean;
  /** Whether its rows are added as the table writes them (not netted: the first less the others, or the reverse). */
  asWritten?: boolean;
}

/**
 * Whether a footing's total is one the table marks (a `Total` row, a rule above it), not one found
 * by its figures alone (arithmeticTotals.ts): such a total stands only while its rows add up to it,
 * so a slip brought into them undoes the evidence. Measures of slips keep to marked totals.
 */
export function markedTotal(f: Footing): boolean {
  return f.total.kind === 'total';
}

/** A slip that explains a failing footing: in the total (`row` is the total row) or in one row. */
export interface Slip {
  kind: SlipKind;
  row: Row;
  cell: Cell;
  /** What the figure would read without the slip. */
  expected: Decimal;
  /**
   * Set when the slip is a subtotal's above, carried into this total (a wrong `Gross profit` makes
   * `Operating income` fail by as much): the subtotal's footing, which reports the slip.
   */
  carried?: Footing;
  /**
   * For a slip in the total: the one row whose figure, slipped, explains the difference as well.
   * Either could be the wrong one, and nothing in the table says which.
   */
  or?: Slip;
}

/** A total that is not checked, and why (shown on the table's lens and hover). */
export interface Unchecked {
  column: number;
  total: Row;
  why: string;
}

/** A footnote that says figures do not add up; one that blames rounding is about the tolerance instead. */
const NOT_ADDING = /\b(?:not|n't)\s+(?:equal|add|sum|foot|agree|total)/i;

function saysNotAdding(table: Table, marker: string): boolean {
  return table.footnotes.some((f) => f.marker === marker && NOT_ADDING.test(f.text) && !ROUNDING.test(f.text));
}

/** A figure marked `6.01*` whose footnote says it does not add up (quarterly EPS) is not a sum. */
function footnotedAsNotAdding(table: Table, cell: Cell): boolean {
  return cell.marker !== '' && saysNotAdding(table, cell.marker);
}

/** A column whose header carries a footnote saying its figures do not add (quarterly per-share amounts). */
function headerSaysNotAdding(table: Table, column: Column): boolean {
  if (table.footnotes.length === 0) return false;
  for (const ref of headerRefs(column.header)) if (saysNotAdding(table, ref)) return true;
  return false;
}

/** Header words of columns that do not add up: changes, ratios, per-unit figures. */
const NOT_ADDITIVE_HEADER = new RegExp(
  [
    '\\b(?:change|changes|increase|decrease|growth|inc\\.?\\s*\\(dec\\.?\\)|per\\s+share|per\\s+unit|eps',
    '|price|prices|average|avg|rates?|ratios?|yields?|margin|percent|percentage|multiple|weighted|range)\\b|%',
  ].join(''),
  'i',
);

/**
 * Whether a column's figures are changes, not amounts: written with an explicit `+` (Kodak's `+12`)
 * on some rows. A sum of changes means nothing.
 */
function writtenAsChanges(table: Table, column: Column): boolean {
  for (const row of table.rows) {
    const cell = row.cells[column.index];
    if (cell?.value && /^\+/.test(cell.text.trim())) return true;
  }
  return false;
}

/** The body cells of a reading that could not be read as figures in a column (see Row.unread). */
function unreadIn(reading: Reading, column: number): Row | undefined {
  return columnView(reading, column).rows.find((r) => r.unread.some((c) => c.column === column));
}

/** Figures of a reading in a column that are not zero. */
function nonZero(reading: Reading, column: number): number {
  let n = 0;
  for (const r of columnView(reading, column).rows) {
    if (r.cells[column]?.value && r.cells[column].value.units !== 0n) n++;
  }
  return n;
}

/** |a| and |b| within `factor` of each other (both not zero). */
export function withinFactor(a: Decimal, b: Decimal, factor: bigint): boolean {
  const x = abs(a);
  const y = abs(b);
  const s = Math.max(x.scale, y.scale);
  const xu = x.units * pow10(s - x.scale);
  const yu = y.units * pow10(s - y.scale);
  return xu <= yu * factor && yu <= xu * factor;
}

/**
 * The values the total could have been meant to read: the sum itself, in the total's last shown
 * place, and (for rounded figures) one unit either side, the drift rounding each row leaves most
 * often. Not the whole rounding allowance: over many rows it is wide enough for a slip's shape to
 * turn up by chance.
 */
export function meantValues(computed: Decimal, tolerance: Decimal, scale: number): Decimal[] {
  const at = Math.max(scale, 0);
  const base = decimal(
    (computed.units * pow10(Math.max(at - computed.scale, 0))) / pow10(Math.max(computed.scale - at, 0)),
    at,
  );
  const out = [base];
  if (tolerance.units === 0n) return out;
  for (const v of [add(base, decimal(1n, at)), sub(base, decimal(1n, at))]) {
    if (cmp(abs(sub(v, computed)), tolerance) <= 0) out.push(v);
  }
  return out;
}

/** What a failing footing's difference says: the slip, its shape, or the figures that could each hold it. */
interface Explanation {
  slip?: Slip;
  shape?: SlipKind;
  suspects?: Slip[];
}

/**
 * The slip in one figure that explains why `stated` is not `computed` (within the tolerance): in
 * the total, or in one of the rows (a row's sign and the rows' readings as the footing adds them).
 * The total is named when it explains it, a row when that row alone does; when the total and one
 * row both do, the slip names the total and the row as its alternative (`or`).
 */
export function explainDifference(
  total: Row,
  totalCell: Cell,
  reading: Reading,
  column: number,
  stated: Decimal,
  computed: Decimal,
  tolerance: Decimal,
  failsBy?: (row: Row, expected: Decimal) => Footing | undefined,
  percentsAdd = false,
  /** The total as printed is confirmed (a total further down adds it and foots): a row slipped. */
  totalHeld = false,
): Explanation {
  const meant = meantValues(computed, tolerance, stated.scale);
  if (!totalHeld && totalSignLost(stated, meant[0])) {
    return { slip: { kind: 'sign', row: total, cell: totalCell, expected: meant[0] }, shape: 'sign' };
  }
  const rows = rowSlips(reading, column, stated, meant, computed, percentsAdd);
  const named = (r: Slip): Slip => ({ kind: r.kind, row: r.row, cell: r.cell, expected: r.expected });
  // A subtotal among the rows that fails to foot by the slip that would explain this total too: one
  // error, the subtotal's, carried down. It outweighs a slip of the total's own, which would take two.
  const carried: { slip: Slip; from: Footing }[] = [];
  for (const r of failsBy ? rows : []) {
    const from = r.row.kind === 'total' ? failsBy!(r.row, r.expected) : undefined;
    if (from) carried.push({ slip: r, from });
  }
  if (carried.length === 1) {
    const { slip, from } = carried[0];
    return { slip: { ...named(slip), carried: from }, shape: slip.kind };
  }
  for (const m of totalHeld ? [] : meant) {
    const kind = slipBetween(stated, m);
    if (!kind) continue;
    const slip: Slip = { kind, row: total, cell: totalCell, expected: m };
    // A total with one slip-shaped row beside it: as likely the row as the total.
    if (rows.length === 1) slip.or = named(rows[0]);
    return { slip, shape: kind };
  }
  // Among many rows, one whose digits happen to allow the difference proves little: only a
  // single candidate explains it (or a subtotal among them that fails by the same slip, above).
  if (rows.length === 1) return { slip: named(rows[0]), shape: rows[0].kind };
  // The difference still has a slip's shape (`10,000`, `90`): it is not a misreading's. Only the
  // exact difference counts here (for rounded figures a unit either side would make too many shapes).
  const exact = rows.filter((r) => r.exact && (r.kind === 'digit' || r.kind === 'transposition'));
  return { shape: exact[0]?.kind, suspects: exact.length > 1 ? exact.map(named) : undefined };
}

/** The rows whose figure, slipped, would make the sum come out at `stated` (see explainDifference). */
function rowSlips(
  reading: Reading,
  column: number,
  stated: Decimal,
  meant: Decimal[],
  computed: Decimal,
  percentsAdd: boolean,
): (Slip & { exact: boolean })[] {
  const rows: (Slip & { exact: boolean })[] = [];
  for (let i = 0; i < reading.rows.length; i++) {
    const row = reading.rows[i];
    const cell = row.cells[column];
    if (!cell?.value || (cell.percent && !percentsAdd)) continue;
    for (const m of meant) {
      const expected = intendedTerm({ value: cell.value, sign: reading.signs[i] }, stated, m);
      const kind = slipBetween(cell.value, expected);
      if (kind) {
        rows.push({ row, cell, kind, expected, exact: m === meant[0] && cmp(m, computed) === 0 });
        break;
      }
    }
  }
  return rows;
}

/** What a failing footing's difference says under a reading (see explainDifference). */
function explainFooting(
  table: Table,
  f: Footing,
  reading: Reading,
  failsBy?: (row: Row, expected: Decimal) => Footing | undefined,
  totalHeld = false,
): Explanation {
  const { total, column } = f;
  reading = columnView(reading, column);
  const percentsAdd = ratesAdd(table, table.columns[column]);
  const cell = total.cells[column]!;
  return explainDifference(
    total,
    cell,
    reading,
    column,
    f.stated,
    f.computed,
    f.tolerance,
    failsBy,
    percentsAdd,
    totalHeld,
  );
}

/** A label naming what one figure less others makes: a profit, an income or loss, a net or a change. */
const NAMES_A_DIFFERENCE =
  /\b(?:net|gross|profit|income|loss|earnings|margin|deficit|surplus|excess|change|increase|decrease)\b/i;

/** Whether rules stand between (nearly) every two rows of a table: a grid's borders, not totals' rules. */
const ruledThroughout = memoize((table: Table): boolean => {
  const rows = table.rows.filter((r) => r.kind !== 'heading');
  if (rows.length < GRID_ROWS) return false;
  const ruleLines = ruleLinesOf(table);
  let ruled = 0;
  for (let k = 1; k < rows.length; k++) {
    if (countBelow(ruleLines, rows[k].lines[0]) > countBelow(ruleLines, rows[k - 1].line + 1)) ruled++;
  }
  return nearlyAll(ruled, rows.length - 1);
});

/**
 * The total row above row `index` whose figures it prints in every column where it has one, two
 * figures other than nought at least, if any.
 */
function restatedTotal(table: Table, index: number): Row | undefined {
  const row = table.rows[index];
  const columns = table.columns.filter((c) => c.kind !== 'label' && row.cells[c.index]?.value);
  if (columns.filter((c) => row.cells[c.index]!.value!.units !== 0n).length < 2) return undefined;
  for (let k = index - 1; k >= 0; k--) {
    const above = table.rows[k];
    if (above.kind === 'total' && restates(row, above, columns)) return above;
  }
  return undefined;
}

/**
 * The row above row `index` whose label, of two words or more, begins the row's own, which goes on
 * past a separator to say which part it is (`Service cost - continuing operations` after `Service
 * cost`), where a row right below names another part of it (`Service cost - discontinued
 * operations`); if any. One part alone may be a sum (`Net sales - as adjusted` of the sales and
 * their adjustments); two are a breakdown.
 */
function brokenDownRow(table: Table, index: number): Row | undefined {
  const label = spokenLabel(table.rows[index].label);
  const next = table.rows[index + 1];
  if (!next) return undefined;
  const nextLabel = spokenLabel(next.label);
  for (let k = index - 1; k >= 0; k--) {
    const above = spokenLabel(table.rows[k].label);
    if (!above.includes(' ') || !label.startsWith(above) || !nextLabel.startsWith(above)) continue;
    const part = label.slice(above.length);
    const other = nextLabel.slice(above.length);
    if (PART_NAMED.test(part) && PART_NAMED.test(other) && part !== other) return table.rows[k];
  }
  return undefined;
}
/** What follows a row's label to name a part of it: a dash, a comma or a colon, then words. */
const PART_NAMED = /^ ?[-–—,:] ?[a-z]/;
/** A label's words, lower case and single-spaced, for comparing labels. */
function spokenLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a footing's terms include one figure added and the same figure taken off. */
function cancelling(f: Footing): boolean {
  const added = new Set<string>();
  const taken = new Set<string>();
  f.segment.forEach((row, i) => {
    const v = row.cells[f.column]?.value;
    if (!v || v.units === 0n) return;
    const key = toPlain(abs(v));
    const sign = f.signs[i] === 0 ? -1 : f.signs[i] * (v.units < 0n ? -1 : 1);
    (sign > 0 ? added : taken).add(key);
  });
  for (const key of taken) if (added.has(key)) return true;
  return false;
}

/** Whether `total` prints what `row` does in each of `columns`, a figure other than nought in one at least. */
function restates(total: Row, row: Row, columns: Column[]): boolean {
  let figures = 0;
  for (const c of columns) {
    const [a, b] = [total.cells[c.index]?.value, row.cells[c.index]?.value];
    if (!a || !b || !eq(a, b)) return false;
    if (a.units !== 0n) figures++;
  }
  return figures > 0;
}

/** How many of an attempt's columns foot exactly. */
function exactlyFooted(attempt: Footing[]): number {
  let n = 0;
  for (const f of attempt) if (f.ok && cmp(f.stated, f.computed) === 0) n++;
  return n;
}

/** Whether each of an attempt's failing columns fails by a slip of a subtotal above, carried down. */
function carriedOnly(table: Table, reading: Reading, attempt: Footing[], footings: Footing[]): boolean {
  for (const f of attempt) {
    if (f.ok) continue;
    if (!explainFooting(table, f, reading, subtotalSlipped(footings, f)).slip?.carried) return false;
  }
  return true;
}

/** How many of an attempt's failing columns a slip in one figure explains (the total's or a row's, or one of several rows'). */
function slipShaped(reading: Reading, attempt: Footing[], table: Table): number {
  let n = 0;
  for (const f of attempt) {
    if (f.ok) continue;
    // A slip in one figure, or in one of several (Bridgecrest's count of receivables by model year,
    // 42 printed 52: a difference of 10 that six rows' figures could make).
    const explained = explainFooting(table, f, reading);
    if (explained.slip || explained.suspects) n++;
  }
  return n;
}

/** The rule right above row `index` (no row between), or undefined; `ruleLines` are the rules' lines, in order. */
function ruleRightAbove(table: Table, index: number, ruleLines: number[]): Rule | undefined {
  const k = countBelow(ruleLines, table.rows[index].lines[0]);
  const rule = k > 0 ? table.rules[k - 1] : undefined;
  const previous = index > 0 ? table.rows[index - 1].line : -1;
  return rule && rule.line > previous ? rule : undefined;
}

/** Whether a rule is drawn over a cell: they share a display column. */
function drawnOver(rule: Rule, cell: Cell): boolean {
  return rule.display.start < cell.display.end && rule.display.end > cell.display.start;
}

/** Why a column does not add at all, or null when nothing says so (worked out once per column). */
export function columnNotAdding(table: Table, column: Column): string | null {
  if (headerSaysNotAdding(table, column)) return 'its header is footnoted as not adding';
  if (NOT_ADDITIVE_HEADER.test(column.header)) return `"${column.header}" is not a column that adds`;
  if (writtenAsChanges(table, column)) return 'its figures are written as changes (+12)';
  return null;
}

/** A cash-flow statement's line of the net cash of some activities: `Net cash used in investing activities`. */
const NET_CASH_LINE = /^\W*net\s+cash\b.*\b(?:activities|operations)\b/i;

/**
 * A total row whose figures are ratios of the rows above, not their sum: `Net loss per share`,
 * `Average`; and a return written short (`ROE`, `ROTCE`, `ROA`: return on equity, on tangible
 * common equity, on assets), which a bank's supplement prints beside its amounts.
 */
export const NOT_A_SUM_LABEL =
  /\b(?:per\s+(?:share|unit)|average|ratio|margin|rate|percent(?:age)?|yield|RO(?:A|E|TCE|CE|IC|AA|AE))\b|%/i;

/** A tax-rate reconciliation: the statutory rate, what moves it, and the effective rate they add to. */
const STATUTORY = /\bstatutory\b/i;
const EFFECTIVE = /\beffective\b/i;

/**
 * A fund's fee table (Form N-1A's annual fund operating expenses): a management or advisory fee and
 * the other expenses, each a percent of the fund's assets, added to the total operating expenses,
 * less a fee waiver to the net. The expenses of a year are parts of one ratio, not shares of a whole.
 */
const MANAGEMENT_FEE = /\b(?:management|advisory|investment\s+advisory)\s+fees?\b/i;
const OPERATING_EXPENSES = /^\W*(?:total|net)\b.*\bexpenses\b/i;

/**
 * Whether a column's percents add up: a rate reconciliation's (`Federal statutory rate (34)%`,
 * `State taxes (1)%`, ..., `Effective tax rate (1)%`), where one of the first rows states the
 * statutory rate and a total (unlabelled, or the effective rate) the rate they come to, both written
 * as rates in this column (the rows between may be bare: `4.1`); or a fund's fee table, where one of
 * the first rows is the management fee and a total row the expenses they come to. Percents elsewhere
 * are shares or ratios.
 */
function ratesAdd(table: Table, column: Column): boolean {
  return rateColumns(table).has(column);
}

/** The columns of a table whose percents add up (see ratesAdd), worked out once per table. */
const rateColumns = memoize((table: Table): Set<Column> => {
  const out = new Set<Column>();
  const body = table.rows.filter((r) => r.kind !== 'heading');
  const first = body.slice(0, 3);
  const statutory = first.find((r) => STATUTORY.test(r.label));
  const fee = statutory ? undefined : first.find((r) => MANAGEMENT_FEE.test(r.label));
  const closing = body.find(
    (r) =>
      r.kind === 'total' &&
      (statutory ? r.label === '' || EFFECTIVE.test(r.label) : fee !== undefined && OPERATING_EXPENSES.test(r.label)),
  );
  const opening = statutory ?? fee;
  if (!opening || !closing) return out;
  const closes = (cell: Cell | undefined) => (statutory ? cell?.percent : cell?.value);
  for (const c of table.columns) {
    // A fee table whose labels carry the `%` has columns of bare figures, read as amounts.
    if (c.kind !== 'percent' && c.kind !== 'number' && !(fee && c.kind === 'amount')) continue;
    // The column's first rate and its total are written as rates (`35.0%`); a fee table may write
    // the `%` on its first row alone (`0.46%` over `0.25`, `0.10` and the total `0.97`), or after
    // each row's label (`Management Fee %`, `0.60`).
    const rate = opening.cells[c.index];
    if (!rate?.percent && !(fee && rate?.value && opening.label.trimEnd().endsWith('%'))) continue;
    if (table.rows.some((r) => r.kind === 'total' && closes(r.cells[c.index]))) out.add(c);
  }
  return out;
});

/**
 * The readings of the total at `totalIndex`, the rows it heads last: a total printed above the rows
 * it adds is read from them only where no reading of the rows above foots every column (the loop
 * stops at the first that does).
 */
function* readingsOf(
  table: Table,
  totalIndex: number,
  summed: Column[],
  ruleLines: number[],
  stood: StoodFor,
  heads: Heads,
): Generator<Reading> {
  yield* readings(table, totalIndex, summed, ruleLines, stood, heads);
  const headed = heads(totalIndex);
  if (headed) yield { rows: headed, signs: headed.map(() => 1), asWritten: true };
}

/**
 * The rows each total of a table heads (see headedRows), worked out once per total: the readings of
 * every total below it ask again, for the totals they pass.
 */
function headsOf(table: Table): Heads {
  const rates = (c: number) => ratesAdd(table, table.columns[c]);
  const known = new Map<number, Row[] | null>();
  return (i) => {
    let rows = known.get(i);
    if (rows === undefined) known.set(i, (rows = headedRows(table, i, rates)));
    return rows;
  };
}

/** How many of the rows are balances. */
function balancesIn(rows: readonly Row[]): number {
  let n = 0;
  for (const row of rows) if (isBalance(row.label)) n++;
  return n;
}

/** A column of values measured at each date: an options table's aggregate intrinsic value. */
const VALUE_AT_EACH_DATE = /\bintrinsic\b/i;
/** A row of amounts per share: `Diluted net earnings per common share`. */
const PER_SHARE = /\bper\s+(?:common\s+|ordinary\s+)?share\b/i;

/**
 * Whether a total's row is of figures per share: its label says so, or the heading its rows stand
 * under (`Earnings per common share--diluted:` over `Net income attributable to common
 * shareholders`, Pfizer). A column headed so (`Impact on net income per common share`, PepsiCo) is
 * per share on every row.
 */
function perShareRow(table: Table, index: number): boolean {
  if (PER_SHARE.test(table.rows[index].label)) return true;
  for (let k = index - 1; k >= 0; k--) {
    const row = table.rows[k];
    if (row.kind === 'heading') return PER_SHARE.test(row.label);
  }
  return false;
}

/**
 * The two percents on a total row whose difference is the figure in `column` (Ford's loss-to-receivables
 * ratios, `Total including other   0.97%   1.40%   (0.43) pts`), as `0.97% and 1.40%`; null when
 * none are. Each is a percent at the foot of a column of amounts, a ratio: their change is in points.
 */
function changeOfPercents(table: Table, row: Row, column: Column): string | null {
  const value = row.cells[column.index]?.value;
  if (!value) return null;
  const percents: Cell[] = [];
  for (const c of table.columns) {
    const cell = row.cells[c.index];
    if (c !== column && cell?.percent && cell.value && !ratesAdd(table, c)) percents.push(cell);
  }
  for (const a of percents) {
    for (const b of percents) {
      if (a === b) continue;
      const slack = add(add(halfUnit(value.scale), halfUnit(a.value!.scale)), halfUnit(b.value!.scale));
      if (cmp(abs(sub(value, sub(a.value!, b.value!))), slack) <= 0) return `${a.text.trim()} and ${b.text.trim()}`;
    }
  }
  return null;
}

/** Why a column is not footed at a total, or null when it is. */
function notFootedBecause(
  table: Table,
  row: Row,
  column: Column,
  notAdding: Map<Column, string | null>,
  ratioRow: boolean,
): string | null {
  const cell = row.cells[column.index]!;
  const rates = ratesAdd(table, column);
  if (ratioRow && !rates) return `"${row.label}" is not a sum of the rows above`;
  // A percent at the foot of a column of amounts is a ratio or a change, not their sum.
  if (cell.percent && !rates) return `its total ${cell.text.trim()} is a percent among amounts`;
  // So is the change between two such percents beside it (`1.10%   1.60%   (0.50) pts`): in points.
  const between = !rates && !cell.percent ? changeOfPercents(table, row, column) : null;
  if (between) return `its total ${cell.text.trim()} is the change between ${between}, percents among amounts`;
  if (footnotedAsNotAdding(table, cell)) return `its total ${cell.text.trim()} is footnoted as not adding`;
  // An options table's aggregate intrinsic value is measured anew at each balance: what the rows
  // between print (a forfeiture's value) is not what moved it. At a `Total` across price ranges, it
  // adds.
  if (VALUE_AT_EACH_DATE.test(column.header) && balanceRole(row.label) !== null) {
    return `"${column.header}" is a value at each date, which does not roll forward`;
  }
  let why = notAdding.get(column);
  if (why === undefined) notAdding.set(column, (why = columnNotAdding(table, column)));
  return why;
}

/**
 * Whether a row's figures in `columns` are each nearer nothing than one unit of the total's last
 * place (`0.54` under a total of whole shares), one of them not nil.
 */
function belowTotalsUnit(row: Row, total: Row, columns: readonly Column[]): boolean {
  let below = false;
  for (const c of columns) {
    const v = row.cells[c.index]?.value;
    const t = total.cells[c.index]?.value;
    if (!v || !t || v.units === 0n) continue;
    // |v| < 10^-t.scale, in integers: |units| * 10^t.scale < 10^v.scale.
    below = (v.units < 0n ? -v.units : v.units) * pow10(t.scale) < pow10(v.scale);
    if (!below) break;
  }
  return below;
}

/** What a table's total rows add, footing by footing, and the totals not checked, with why. */
export function computeFootings(table: Table): { footings: Footing[]; unchecked: Unchecked[] } {
  const footings: Footing[] = [];
  const unchecked: Unchecked[] = [];
  const summed = table.columns.filter((c) => isSummed(c) || ratesAdd(table, c));
  const ruleLines = ruleLinesOf(table);
  // Failing footings whose column is taken to add on its header alone (no like column beside it foots).
  const headerOnly = new Set<Footing>();
  const notAdding = new Map<Column, string | null>();
  // Failing footings of totals with one summed column.
  const soleColumn = new Set<Footing>();
  const found = arithmeticTotals(table);
  const stood: StoodFor = new Map();
  const heads = headsOf(table);
  table.rows.forEach((row, index) => {
    const run = found.get(row);
    if (row.kind !== 'total' && !run) return;
    const columns: Column[] = [];
    const over = ruleRightAbove(table, index, ruleLines);
    const ratioRow = NOT_A_SUM_LABEL.test(row.label);
    for (const c of summed) {
      if (!row.cells[c.index]?.value) continue;
      // A rule drawn over some columns only (under `Comprehensive income` in the Total column) makes
      // the row below a total in those columns, not in the others.
      if (over && !isTotalLabel(row.label) && !drawnOver(over, row.cells[c.index]!)) continue;
      const why = notFootedBecause(table, row, c, notAdding, ratioRow);
      if (why) unchecked.push({ column: c.index, total: row, why });
      else columns.push(c);
    }
    if (columns.length === 0) return;
    // Try each reading; keep the one that foots the most columns (the plain reading wins ties).
    let best: Footing[] = [];
    let bestReading: Reading | undefined;
    let bestOk = -1;
    let bestMiss = Infinity;
    let bestSlipped = -1;
    let bestCarried = -1;
    let bestExact = -1;
    let firstReading: Reading | undefined;
    let plainOk = -1;
    const exactPlain = new Set<number>();
    let plainSlipped = false;
    // Whether the plain reading's slip would move its total by more than a tenth (see below).
    let plainSlipLarge = false;
    let restatesItsRow = false;
    const closing = isBalance(row.label);
    // Worked out once per total: every reading tried asks it of every column.
    const perShare = perShareRow(table, index);
    // Per row, whether it is below a unit of this total (belowTotalsUnit): the readings of one total
    // share their rows, each read with several signs.
    const belowUnit = new Map<Row, boolean>();
    const rowsOfWeight = (rows: readonly Row[]) => {
      let n = 0;
      for (const r of rows) {
        let below = belowUnit.get(r);
        if (below === undefined) belowUnit.set(r, (below = belowTotalsUnit(r, row, columns)));
        if (!below) n++;
      }
      return n;
    };
    const candidates: Iterable<Reading> = run
      ? [{ rows: run, signs: run.map(() => 1), asWritten: true }]
      : readingsOf(table, index, summed, ruleLines, stood, heads);
    // Each column of the total footed under one reading.
    const attemptOf = (reading: Reading, plain: boolean): Footing[] => {
      const attempt: Footing[] = [];
      for (const column of columns) {
        const totalCell = row.cells[column.index]!;
        const view = columnView(reading, column.index);
        const { value: computed, cells } = signedSum(view, column.index, ratesAdd(table, column));
        if (cells.length === 0) continue;
        // The total counts too: an exact column shows cents in its total as well (or counts). A
        // per-share figure is a quotient rounded to the cent, whatever its column: an EPS
        // reconciliation's adjustments add to within their rounding (Walgreens: 2.86 for 2.88).
        const exact =
          addsExactly(table, column, cells, totalCell.value!) && !perShare && !PER_SHARE.test(column.header);
        const tolerance = exact ? decimal(0n, 0) : roundingTolerance(totalCell.value!.scale, cells);
        const diff = abs(sub(totalCell.value!, computed));
        attempt.push({
          column: column.index,
          total: row,
          segment: view.rows,
          signs: view.signs,
          stated: totalCell.value!,
          computed,
          tolerance,
          ok: cmp(diff, tolerance) <= 0,
          additive: true,
          plain,
          asWritten: reading.asWritten,
        });
      }
      return attempt;
    };
    // A line of net cash of its own activities closes its own section: the nets of the other
    // activities above it are not its parts (Pfizer's `Net cash used in discontinued operations`
    // under the operating, investing and financing lines; their sum is the change in cash).
    const ownNetCash = NET_CASH_LINE.test(row.label);
    for (const reading of candidates) {
      firstReading ??= reading;
      if (ownNetCash && reading.rows.every((r) => NET_CASH_LINE.test(r.label))) continue;
      // A "total" of one row is a restatement or an adjustment under a rule, not a sum. One that
      // restates its row in every column (a section of one movement closing on its balance:
      // `Convertible preferred stock issued 980`, then `Balance, end of year 980`) still stands
      // for it in the totals below, which add that section's balance with the others'.
      // So is one row with rows of figures each less than a unit of the total's last place: a
      // measure of its own under the same rules (AMD's `Diluted` shares, 149,540, over its basic
      // shares and the per-share rows above them, `0.54` and `0.53`).
      if (reading.rows.length >= 2 && rowsOfWeight(reading.rows) < 2) continue;
      if (reading.rows.length < 2) {
        if (reading === firstReading && restates(row, reading.rows[0], columns)) {
          standsFor(stood, row, reading.rows);
          restatesItsRow = true;
        }
        continue;
      }
      // A balance is the balance before it and what moved since: a reading of a balance that takes
      // in two balances above it (Walgreens' AOCI, from the first year's opening balance over the
      // next year's closing one) reads across the roll-forward's blocks.
      if (closing && balancesIn(reading.rows) >= 2) continue;
      const attempt = attemptOf(reading, reading === firstReading);
      // A netted reading that ties a column only as two of its figures cancel (the same amount added
      // and taken off: AbbVie's `Maximum number that may yet be purchased`, equal in October and
      // November) shows nothing of how the rows add there.
      const ok = attempt.filter((f) => f.ok && (reading.asWritten || !cancelling(f))).length;
      // A total that restates the one row of its section is that row: another reading is believed
      // where it foots every column (a breakdown under it: Palantir's debt securities `Included in
      // cash` and `Included in marketable securities`), never to find a slip. 3M's `Total special
      // items` 1,400 under its one item, read over the `GAAP amounts` (80) above the section's
      // heading, failed "by a slip" of 80.
      if (restatesItsRow && ok < attempt.length) continue;
      // A row read as a deduction though printed to add is believed only where two columns at least
      // foot so, each with a figure in that row: in one, a difference of twice a row is a coincidence
      // as likely as not.
      if (reading.deducted && deductionShown(reading.deducted, attempt) < 2) continue;
      if (reading === firstReading) plainOk = ok;
      else if (reading.footsMore && ok <= plainOk) continue;
      if (reading.footsAll && (ok < attempt.length || attempt.length < 2)) continue;
      // Among readings that foot as many columns, the plain one where a slip in one figure explains
      // each of its failures, then the nearest: a slip moves a sum a little, a misreading a lot (the
      // plain reading wins ties). Nearness alone would take `Ethical - OTC` (1,916.2) for a subtotal
      // of 1,530.6 over the rows as written, `Ethical + OTC` (2,530.6), which one slipped digit
      // explains. Only the plain reading: among other readings, one a slip's shape away from the total
      // is as likely a coincidence.
      const miss = attempt.length > 0 && ok < attempt.length ? relativeMiss(attempt) : 0;
      // Another reading's slip counts too where it is small and the plain reading's is not: a
      // reading within a hundredth of every total it misses is no coincidence, and a slip that moves
      // a total by more than a tenth of it (`Net sales` 999,994 "for 399,994", where the plain
      // reading adds `Cost of sales` to it) is as much the shape of a misreading as of a slip. The
      // slips are looked for last: each failing column's explanation is worked out for them.
      const slipped: number =
        ok < attempt.length &&
        (reading === firstReading || (plainSlipLarge && smallMisses(attempt, 100))) &&
        slipShaped(reading, attempt, table) === attempt.length - ok
          ? 1
          : 0;
      if (reading === firstReading) {
        plainSlipped = slipped === 1;
        plainSlipLarge = plainSlipped && !smallMisses(attempt, 10);
        for (const f of attempt) if (cmp(f.stated, f.computed) === 0) exactPlain.add(f.column);
      } else if (
        plainSlipped &&
        attempt.some((f) => cmp(f.stated, f.computed) !== 0 && (exactPlain.has(f.column) || f.ok)) &&
        exactlyFooted(attempt) <= exactPlain.size
      ) {
        // The plain reading foots every column but where a slip explains the difference. Another
        // reading is believed over it only where it foots exactly: one that foots a column only within
        // the rounding (rows dropped or taken off: Ford's shares issued, in millions, a conversion of
        // 0.001 left out; Bell Atlantic's special items, the first of them taken off the others) fits
        // the figures by chance, and would read the slip away. Unless it foots more columns exactly
        // than the plain reading: Ford's 2023 `Changes in working capital`, in billions, read without
        // the `Net spending` above it, foots three of four columns exactly and the fourth within
        // the rounding, where the plain reading foots two within the rounding alone.
        continue;
      }
      // Before both, a reading whose every failure is a subtotal's slip carried down (`Gross profit`
      // printed 100 too high, `Operating income` under it off by as much): the subtotal's own footing
      // shows the slip, where a fresh slip in a row of another reading would be a coincidence.
      const carried = ok < attempt.length && carriedOnly(table, reading, attempt, footings) ? 1 : 0;
      // Then the reading that foots more columns exactly: one that meets a total only within the
      // rounding fits it as well as the figures allow, one that meets it exactly is how the filer
      // added (Spire's income allocated to participating securities, 0.1, taken off: 91.0 - 3.7 - 0.1
      // is 87.2 as printed, where added it makes 87.4).
      const exact = exactlyFooted(attempt);
      if (
        attempt.length > 0 &&
        (ok > bestOk ||
          (ok === bestOk &&
            (carried > bestCarried ||
              (carried === bestCarried &&
                (slipped > bestSlipped ||
                  (slipped === bestSlipped && (exact > bestExact || (exact === bestExact && miss < bestMiss))))))))
      ) {
        best = attempt;
        bestReading = reading;
        bestOk = ok;
        bestMiss = miss;
        bestSlipped = slipped;
        bestCarried = carried;
        bestExact = exact;
      }
      if (attempt.length > 0 && ok === attempt.length) break;
    }
    // Rules under every row (a grid's borders) close no sections: where no reading foots every
    // column, the rows since the total or heading above are tried (`Management Fees`, `Distribution
    // ... Fees`, `Other Expenses`, each boxed, under `Annual Fund Operating Expenses` and over their
    // total), and believed where they foot more columns, all of them or all but one of two or more
    // (a slip in one column must not hide the reading the others confirm).
    if ((!bestReading || bestOk < best.length) && ruledThroughout(table)) {
      const since = bodyRowsAbove(table, index);
      const reading = since.length >= 2 ? writtenReading(since) : undefined;
      const attempt = reading ? attemptOf(reading, false) : [];
      const ok = attempt.filter((f) => f.ok).length;
      if (ok > Math.max(bestOk, 0) && (ok === attempt.length || (ok >= 2 && ok === attempt.length - 1))) {
        best = attempt;
        bestReading = reading;
        bestOk = ok;
      }
    }
    if (!bestReading) return;
    const reading = bestReading;
    // A total that foots in every column, or in more of them than fail (two at least, so that one
    // is no coincidence), stands for the rows so read in the totals below it.
    if (bestOk > 0 && (bestOk === best.length || (bestOk >= 2 && bestOk > best.length - bestOk))) {
      standsFor(stood, row, reading.rows);
    }
    // A total row the statement calls one, or unlabelled under a rule: its reading is the rows above.
    const saysTotal = row.label === '' || isTotalLabel(row.label);
    const failed = best.filter((f) => !f.ok);
    // A balance line that prints, figure for figure, a total above it (`Options vested and expected
    // to vest at December 31` under `Outstanding at December 31`, as options tables print when no
    // forfeitures are expected) restates that total: where no reading of the rows between adds up to
    // it, and the one tried reaches past that total, it is no sum of them, and no finding. A line
    // that breaks the total down (`NET ASSETS` again under the plans' shares of it) is still footed
    // over the rows between.
    const restated =
      failed.length > 0 && row.label !== '' && !isTotalLabel(row.label) ? restatedTotal(table, index) : undefined;
    const pastIt = restated ? table.rows.indexOf(restated) : -1;
    const restatement = restated && reading.rows.some((r) => table.rows.indexOf(r) <= pastIt) ? restated : undefined;
    // A line that names a row above and then part of it, beside a line naming another part
    // (`Service cost - continuing operations` and `- discontinued operations` under a grand total,
    // after `Service cost`), breaks that row down: it is no sum of the rows above, and no finding.
    const breakdown = failed.length > 0 && !restatement ? brokenDownRow(table, index) : undefined;
    // First what each failing column's difference says: a slip's shape, or a misreading's.
    for (const f of failed) {
      const explained = explainFooting(table, f, reading, subtotalSlipped(footings, f));
      f.slip = explained.slip;
      f.shape = explained.shape;
      f.suspects = explained.suspects;
      // A column with a cell that could not be read is never footed as if it were complete.
      const unread = unreadIn(reading, f.column);
      if (unread) f.doubt = `a figure in ${unread.label ? `"${unread.label}"` : 'a row'} could not be read`;
      else if (restatement) f.doubt = `it restates "${restatement.label}"`;
      else f.doubt = breakdown ? `it breaks down "${breakdown.label}"` : misreadingShown(table, f, best);
    }
    // Figures printed in the wrong column explain two columns' differences at once: both then tie.
    findMovedFigures(failed.filter((f) => !unreadIn(reading, f.column)));
    for (const f of failed) if (f.moved) f.doubt = undefined;
    // Columns that say something of the reading: those that foot on two figures or more, and those
    // that fail by what a slip could make. A column misread outright (rates among amounts) says nothing.
    const siblingsOf = (f: Footing) => best.filter((g) => g !== f && g.ok && nonZero(reading, g.column) >= 2);
    const plausible = failed.filter((g) => !g.doubt);
    // Columns failing by one and the same difference count once: a slip carried into a Total column.
    const failing = new Set(plausible.map((g) => toPlain(sub(g.stated, g.computed)))).size;
    const misread = failed.filter((g) => g.doubt && !unreadIn(reading, g.column) && !g.moved);
    for (const f of best) {
      footings.push(f);
      if (f.ok) continue;
      const column = table.columns[f.column];
      const siblings = siblingsOf(f);
      // A column of figures like this one's that the same reading misses by a misreading's shape
      // speaks against the reading, where the columns that speak for it meet their totals only
      // within the rounding (Coca-Cola's `Shares available ... for options that may be granted`,
      // read as the year's grants, exercises and forfeitures with the exercisable options: 110 for
      // 108 in one column, "a slip" in another, far off in the third). A column footing exactly is
      // how the filer added, whatever another column shows.
      const exactly = siblings.some((g) => cmp(g.stated, g.computed) === 0);
      const against = exactly ? 0 : misread.filter((g) => g !== f && likeColumns(f, g.column)).length;
      // Confirmed: other columns of this total foot under the same reading, on two figures or more:
      // more of them than fail, or all but this one.
      if (siblings.length > 0 && (siblings.length > failing + against || (failing === 1 && against === 0))) {
        f.confirmedBy = 'columns';
      } else if (best.every((g) => g === f || nonZero(reading, g.column) < 2)) {
        // No other column to say how the rows are read: a statement's one summed column (others
        // hold a figure or none). At a row that calls itself a total, the rows above are what it
        // adds (a slip must still explain the difference, see doubtAbout).
        soleColumn.add(f);
        // Not a netted reading (the first row less the others): one of several tried, it is the
        // table's own only where another column foots under it.
        if (saysTotal && reading.asWritten) f.confirmedBy = 'table';
      }
      // Whether the column adds: a footing column beside it holds figures like its own; else its
      // header says amounts or counts, or it is a statement's one summed column at a row that calls
      // itself a total (settled once every total is footed: see settleAdditive).
      if (siblings.some((g) => likeColumns(f, g.column))) f.additive = true;
      else {
        const total = row.cells[f.column]!;
        f.additive =
          AMOUNT_HEADER.test(column.header) ||
          COUNT_HEADER.test(column.header) ||
          // Whole dollars (`$822`): amounts; dollars and cents may be prices or per-share figures.
          (total.dollar && f.stated.scale === 0) ||
          // A row that calls itself `Total ...` adds its columns; an unlabelled one may be a net change.
          isTotalLabel(row.label) ||
          (saysTotal && soleColumn.has(f));
        headerOnly.add(f);
      }
      // Two columns that tie once the figures are moved confirm the reading, and that both add.
      if (f.moved) {
        f.confirmedBy = 'columns';
        f.additive = true;
        headerOnly.delete(f);
      }
    }
  });
  heldSubtotals(table, footings);
  heldBelow(table, footings);
  settleAlternatives(table, footings);
  settleAdditive(footings, headerOnly, soleColumn);
  return { footings, unchecked };
}

/**
 * The footing of a subtotal among `f`'s rows that failed by a slip whose intended figure is `expected`,
 * in `f`'s column: that slip, carried down, explains `f` too.
 */
function subtotalSlipped(footings: Footing[], f: Footing): (row: Row, expected: Decimal) => Footing | undefined {
  return (row, expected) =>
    footings.find(
      (g) =>
        g !== f &&
        g.total === row &&
        g.column === f.column &&
        !g.ok &&
        g.slip?.row === row &&
        cmp(g.slip.expected, expected) === 0,
    );
}

/**
 * A failing subtotal blamed on itself, where a total further down adds it (as written) and foots: the
 * subtotal as printed is what the total needs, so the slip is a row's. Blamed on the one row whose
 * slip explains the difference, or on none.
 */
function heldSubtotals(table: Table, footings: Footing[]): void {
  for (const f of footings) {
    if (f.ok || f.slip?.row !== f.total) continue;
    const held = footings.some(
      (g) =>
        g !== f &&
        g.ok &&
        g.column === f.column &&
        g.segment.some((r, i) => r === f.total && (g.signs[i] === 1 || g.signs[i] === -1)),
    );
    if (!held) continue;
    const reading = { rows: f.segment, signs: f.signs, asWritten: true } as Reading;
    const explained = explainFooting(table, f, reading, subtotalSlipped(footings, f), true);
    f.slip = explained.slip;
    f.shape = explained.shape ?? f.shape;
    f.suspects = explained.suspects ?? f.suspects;
  }
}

/**
 * A subtotal named for the heading over its rows (`Total other comprehensive income` under `Other
 * comprehensive income:`) that its rows do not add to, where a total below that adds it (and none
 * of its rows) ties only with the rows' sum in its place. Its label says which rows it adds, and the
 * total below what it should read: the printed subtotal is wrong, however far off (eBay's 1999
 * 19,653, net income counted in, against its rows' 8,825; comprehensive income 15,922 = 10,828 +
 * 8,825 - 3,731). A large difference is otherwise taken for a misreading; here two totals agree.
 */
function heldBelow(table: Table, footings: Footing[]): void {
  for (const f of footings) {
    if (f.ok || f.moved || f.chained || f.heldBelow) continue;
    const rows = namedHeadingRows(table, table.rows.indexOf(f.total));
    if (!rows) continue;
    const reading = columnView(writtenReading(rows), f.column);
    const { value: sum, cells } = signedSum(reading, f.column, ratesAdd(table, table.columns[f.column]));
    if (cells.length < 2 || cmp(abs(sub(f.stated, sum)), f.tolerance) <= 0) continue;
    const below = footings.find((g) => {
      if (g === f || g.ok || g.column !== f.column || g.segment.some((r) => rows.includes(r))) return false;
      const at = g.segment.indexOf(f.total);
      const sign = at >= 0 ? g.signs[at] : 0;
      if (sign !== 1 && sign !== -1) return false;
      const mended = add(g.computed, sign > 0 ? sub(sum, f.stated) : sub(f.stated, sum));
      return cmp(abs(sub(g.stated, mended)), g.tolerance) <= 0;
    });
    if (!below) continue;
    Object.assign(f, {
      segment: reading.rows,
      signs: reading.signs,
      computed: sum,
      heldBelow: below,
      additive: true,
      doubt: undefined,
      slip: undefined,
      shape: undefined,
      suspects: undefined,
    });
    // The total below fails only by this subtotal's figure: it is this one's finding, not a second.
    below.doubt = `it adds "${f.total.label}" as printed, and ties with the sum of that subtotal's rows in its place`;
  }
}

/**
 * A total and one row that could each hold a slip (Slip.or): the table may say which. A row that is a
 * subtotal its own rows foot to is as printed, so the total slipped; so did a total whose slip a total
 * below carries. A balance at one end of a period
 * whose intended figure the table prints as the balance at the other end of a period beside it (the
 * year's closing cash as the next year's opening cash) is the one that slipped. Otherwise both stay
 * named.
 */
function settleAlternatives(table: Table, footings: Footing[]): void {
  for (const f of footings) {
    const slip = f.slip;
    const alt = slip?.or;
    if (!slip || !alt) continue;
    const altHeld = footings.some((g) => g.ok && g.total === alt.row && g.column === f.column);
    // A total below that fails by this slip carried down adds the total as printed: had a row slipped
    // instead, it would foot.
    const carriedDown = footings.some((g) => g.slip?.carried === f);
    if (altHeld || carriedDown || printedAtOtherEnd(table, slip, f.column)) delete slip.or;
    else if (printedAtOtherEnd(table, alt, f.column)) {
      f.slip = { kind: alt.kind, row: alt.row, cell: alt.cell, expected: alt.expected };
    }
  }
}

/** Whether a balance's intended figure stands in another column as the balance at the period's other end. */
function printedAtOtherEnd(table: Table, slip: Slip, column: number): boolean {
  const label = slip.row.label.replace(/\s+/g, ' ');
  const other = OPENS_PERIOD.test(label) ? CLOSES_PERIOD : CLOSES_PERIOD.test(label) ? OPENS_PERIOD : null;
  // Three digits at least: a figure of one or two would match by chance too often.
  if (!other || abs(slip.expected).units < 100n * pow10(slip.expected.scale)) return false;
  return table.rows.some(
    (r) =>
      r !== slip.row &&
      other.test(r.label.replace(/\s+/g, ' ')) &&
      r.cells.some((c, i) => i !== column && !!c?.value && !c.percent && cmp(c.value, slip.expected) === 0),
  );
}

/**
 * A difference that shows the rows were misread, not misprinted: the rows sum to nothing, the
 * difference is as large as the total, or it is exactly another total of the table (a subtotal
 * counted with its rows, or left out), the row just above the rows read (left out), or the first
 * rows read (a block of the section before taken in).
 */
function misreadingShown(table: Table, f: Footing, footed: readonly Footing[]): string | undefined {
  const diff = abs(sub(f.stated, f.computed));
  // A total of nought over rows that add to something is a misreading, unless a slip in one of them
  // explains the difference exactly: a rate reconciliation whose rows net to an effective rate of
  // 0.00% (a loss-making company's, its valuation allowance taking off the rest) is footed so.
  if (f.computed.units === 0n || (f.stated.units === 0n && !f.slip)) {
    return 'the rows or the total are zero: the table is not read as it adds';
  }
  // What the difference is exactly, where a row says so, is said first: it names the misreading
  // (a subtotal counted with its own rows, a block of the section before) better than its size.
  const exactly = exactMisreading(table, f, diff, footed);
  if (exactly) return exactly;
  if (!f.shape && cmp(diff, abs(f.stated)) >= 0) {
    return 'the difference is as large as the total: the table is not read as it adds';
  }
  // Real errors are small: a difference no slip explains and more than a tenth of the total is a misreading.
  if (!f.shape && cmp(diff, tenthOf(f.stated)) > 0) {
    return 'the difference is more than a tenth of the total and no slip in one figure explains it';
  }
  return undefined;
}

/** A difference that is exactly a row's or a run of rows' figure: which misreading it shows, or undefined. */
function exactMisreading(table: Table, f: Footing, diff: Decimal, footed: readonly Footing[]): string | undefined {
  const figure = (row: Row | undefined) => {
    const cell = row?.cells[f.column];
    return cell && (!cell.percent || ratesAdd(table, table.columns[f.column])) ? cell.value : null;
  };
  const equals = (v: Decimal | null | undefined) => !!v && v.units !== 0n && cmp(abs(v), diff) === 0;
  // A subtotal among the rows read (counted with its own rows), or right above them (left out).
  const first = f.segment[0];
  const above = first ? table.rows[table.rows.indexOf(first) - 1] : undefined;
  for (const row of above ? [above, ...f.segment] : f.segment) {
    if (row.kind === 'total' && equals(figure(row))) {
      return `the difference is exactly the total ${row.label ? `"${row.label}"` : 'above'}: a subtotal counted twice or left out`;
    }
  }
  // A slip that one figure alone explains outweighs a coincidence with a row.
  if (f.slip) return undefined;
  if (above?.kind === 'body' && equals(figure(above))) {
    return 'the difference is exactly the row above the rows read: left out';
  }
  // The row right under the total turns it into another balance (`Goodwill - Gross`, then
  // `Accumulated impairment losses`, then `Goodwill - Net`): a difference of exactly that row says
  // the total is a gross balance read against the movements of the net one.
  const below = table.rows[table.rows.indexOf(f.total) + 1];
  if (below?.kind === 'body' && equals(figure(below))) {
    return `the difference is exactly ${below.label ? `"${below.label}"` : 'the row'} under the total: a gross balance read against a net one's movements`;
  }
  // A row among those read, passed over (a row taken for a total of its own under a rule).
  const from = table.rows.indexOf(first);
  const to = table.rows.indexOf(f.total);
  const read = new Set(f.segment);
  for (let k = from + 1; first && k < to; k++) {
    const row = table.rows[k];
    if (!read.has(row) && equals(figure(row))) {
      return `the difference is exactly ${row.label ? `"${row.label}"` : 'a row'}, passed over among the rows read`;
    }
  }
  let run = ZERO;
  for (let i = 0; i < f.segment.length - 1; i++) {
    const v = figure(f.segment[i]);
    if (v) run = add(run, termOf(v, f.signs[i]));
    if (equals(run) && !(f.suspects && firstRowsBelong(f, i + 1, footed))) {
      return 'the difference is exactly the first rows read: a block of the section before taken in';
    }
  }
  return undefined;
}

/** A figure as a footing adds it: as printed (1), taken off (-1), or its magnitude taken off (0). */
function termOf(v: Decimal, sign: number): Decimal {
  return sign < 0 ? neg(v) : sign === 0 ? neg(abs(v)) : v;
}

/**
 * Whether the first `count` rows of a footing's segment are shown to belong to it: another column of
 * the same total foots with them exactly (not within the rounding, as a misreading may), and they add
 * up to something there (Nvidia's tax at the statutory rate and its loss carryforward, 518 and (518)
 * in one year, 19,658 and none in another). Where the difference also has the shape of a slip in
 * more than one of the figures (518 printed 158, or (518) printed (158)), equal to those rows in this
 * column by the slip's own making, it is a slip, not a block of the section before.
 */
function firstRowsBelong(f: Footing, count: number, footed: readonly Footing[]): boolean {
  return footed.some((g) => {
    if (g === f || cmp(g.stated, g.computed) !== 0 || g.total !== f.total || g.segment.length < count) return false;
    let run = ZERO;
    for (let i = 0; i < count; i++) {
      if (g.segment[i] !== f.segment[i]) return false;
      const v = g.segment[i].cells[g.column]?.value;
      if (v) run = add(run, termOf(v, g.signs[i]));
    }
    return run.units !== 0n;
  });
}

/**
 * The columns of an attempt that foot with a figure (not zero) in the row read as a deduction, and a
 * total at least a tenth of the largest figure it adds: a total that nearly cancels its rows out
 * (29 from 9,054 - 11,054 + 2,032) foots within its rounding by chance. A row that adds the rows
 * right above it is a subtotal, not a deduction: subtracted, it cancels them out, and any total foots.
 * Where one column shows it is a subtotal, none counts. Nor does a column that foots with the row
 * added as well.
 */
function deductionShown(row: Row, attempt: Footing[]): number {
  let n = 0;
  for (const f of attempt) {
    const v = row.cells[f.column]?.value;
    if (!v || v.units === 0n) continue;
    if (addsRowsAbove(f.segment, f.segment.indexOf(row), f.column)) return 0;
    if (!f.ok) continue;
    // Added as printed, the row footed here too (the sums are within the rounding either way): the
    // column does not tell a deduction from an item, and a slip elsewhere in the total is then
    // read away as a deduction (Ford's shares issued, in millions: 0.001 added or taken off).
    if (cmp(abs(sub(f.stated, add(f.computed, add(v, v)))), f.tolerance) <= 0) continue;
    const largest = f.segment.reduce<Decimal>((m, r) => {
      const x = r.cells[f.column]?.value;
      return x && cmp(abs(x), m) > 0 ? abs(x) : m;
    }, ZERO);
    if (cmp(abs(f.stated), tenthOf(largest)) >= 0) n++;
  }
  return n;
}

/** Whether the figure of `rows[index]` is the sum of two or more figures right above it. */
function addsRowsAbove(rows: Row[], index: number, column: number): boolean {
  const v = rows[index]?.cells[column]?.value;
  if (!v) return false;
  let sum = ZERO;
  for (let i = index - 1; i >= 0; i--) {
    const x = rows[i].cells[column]?.value;
    if (x) sum = add(sum, x);
    if (index - i >= 2 && cmp(sum, v) === 0) return true;
  }
  return false;
}

/** Whether each failing footing of an attempt misses its total by at most 1/`parts` of it. */
function smallMisses(attempt: Footing[], parts: number): boolean {
  for (const f of attempt) {
    if (f.ok) continue;
    const miss = abs(sub(f.stated, f.computed));
    if (cmp(mul(miss, decimal(BigInt(parts), 0)), abs(f.stated)) > 0) return false;
  }
  return true;
}

/** How far the failing columns of an attempt miss, each as a share of its total (a rough measure, to rank readings). */
function relativeMiss(attempt: Footing[]): number {
  let miss = 0;
  for (const f of attempt) {
    if (f.ok) continue;
    const stated = Math.abs(Number(toPlain(f.stated)));
    miss += Math.abs(Number(toPlain(sub(f.stated, f.computed)))) / (stated || 1);
  }
  return miss;
}

/** A tenth of |value|, exactly (one more decimal). */
function tenthOf(value: Decimal): Decimal {
  return decimal(value.units < 0n ? -value.units : value.units, value.scale + 1);
}

/**
 * What the table's other totals say of each column: one that foots somewhere (on two figures or
 * more) adds; one taken to add on its header alone that fails at two totals or more and foots at
 * none does not.
 */
function settleAdditive(footings: Footing[], headerOnly: Set<Footing>, soleColumn: Set<Footing>): void {
  const proven = new Set<number>();
  const failures = new Map<number, number>();
  for (const f of footings) {
    if (f.ok && nonZeroRows(f) >= 2) proven.add(f.column);
    // A total failing by a subtotal's slip carried down is the subtotal's one failure, not a second.
    if (!f.ok && !f.slip?.carried) failures.set(f.column, (failures.get(f.column) ?? 0) + 1);
  }
  for (const f of footings) {
    if (f.ok) continue;
    if (proven.has(f.column)) {
      f.additive = true;
      // The table's other totals vouch for the reading only of a total with no other column to
      // (where every column of a total fails, the reading itself is in doubt), and only for its rows
      // added as written, or netted where the label names what a difference makes (`Gross profit`):
      // signs the search gave rows under any other label (`Put warrants` as the liabilities above
      // less the first) are one guess of several, which nothing in the table backs.
      if (soleColumn.has(f) && (f.asWritten || NAMES_A_DIFFERENCE.test(f.total.label))) f.confirmedBy ??= 'table';
    } else if (headerOnly.has(f) && (failures.get(f.column) ?? 0) >= 2) f.additive = false;
  }
}

function nonZeroRows(f: Footing): number {
  let n = 0;
  for (const r of f.segment) if (r.cells[f.column]?.value && r.cells[f.column]!.value!.units !== 0n) n++;
  return n;
}

/**
 * Whether a footing sibling holds figures of the failing column's nature: on most rows read (and
 * the total) where both have a figure that is not zero, the two are within a factor of ten (a
 * year beside a year; not a percent change beside an amount, nor a price beside a number of shares).
 */
function likeColumns(f: Footing, other: number): boolean {
  return alikeOnRows([...f.segment, f.total], f.column, other);
}

/**
 * Whether two columns hold figures of one nature on `rows`: on most rows where both have a figure
 * that is not zero (two at least), the two are within a factor of ten.
 */
export function alikeOnRows(rows: readonly Row[], column: number, other: number): boolean {
  let both = 0;
  let like = 0;
  for (const r of rows) {
    const x = r.cells[column]?.value;
    const y = r.cells[other]?.value;
    if (!x || !y || x.units === 0n || y.units === 0n) continue;
    both++;
    if (withinFactor(x, y, 10n)) like++;
  }
  return both >= 2 && like * 3 >= both * 2;
}

/** How many of a footing's rows hold a figure other than zero in its column. */
function figuresAbove(f: Footing): number {
  let n = 0;
  for (const row of f.segment) if (row.cells[f.column]?.value?.units) n++;
  return n;
}

/**
 * Whether a footing's column prints balances alone: its rows print a balance and nothing else, and
 * no row of the table but a balance prints anything in its column, not even a dash (`--`, read as
 * no figure in text, as nought in HTML). Such a column shows balances, not what moved them. An
 * equity statement's common stock, unmoved this year, moved in another (Ford's), and its blanks
 * say nothing moved.
 */
function balancesAlone(table: Table, f: Footing): boolean {
  const printed = (row: Row) => {
    const cell = row.cells[f.column];
    return !!cell && (cell.value !== null || cell.text.trim() !== '');
  };
  const above = f.segment.filter(printed);
  if (above.length !== 1 || !isBalance(above[0].label)) return false;
  return table.rows.every((row) => row.kind === 'heading' || !printed(row) || isBalance(row.label));
}

/**
 * Whether a failing footing is to be reported, once shares have had their say (a culprit found by
 * its share confirms the reading): only in a column that adds, and only where the reading is
 * confirmed or a slip explains the difference. Otherwise why not.
 */
export function doubtAbout(f: Footing, table: Table): string | undefined {
  if (f.ok || f.heldBelow) return undefined;
  if (f.doubt && !f.culprit) return f.doubt;
  // A column of balances whose movements are not printed shows no sum: a receivable's opening and
  // closing balances beside its allowance's roll-forward (Travelers). A net loss alone above a
  // comprehensive loss is a sum of one figure, the other items being none. Two columns that tie once
  // two figures are put back in each other's place are read right (Ford's common stock, unmoved).
  if (!f.moved && balancesAlone(table, f)) {
    return 'the column prints a balance above its total and none of what moved it';
  }
  // A column whose total misses its rows by a slip in one figure, where other columns confirm the
  // reading, adds: a column that does not (a percent change, a price) misses by no such thing. But a
  // column with one figure above its total adds nothing (`Basic EPS $0.82` over `Diluted EPS $0.80`
  // in an EPS reconciliation): one figure is no sum, and a ratio differs from it by a slip's size.
  if (!f.additive && !(f.slip && f.confirmedBy === 'columns' && figuresAbove(f) >= 2)) {
    return 'nothing shows that the column adds';
  }
  if (f.slip?.kind === 'sign' && f.confirmedBy !== 'columns') {
    return 'a lost sign is told from a misread sign only where other columns confirm the reading';
  }
  if (f.culprit || f.confirmedBy === 'columns' || (f.confirmedBy === 'table' && f.shape)) return undefined;
  return `the rows read do not tie (difference ${format(sub(f.stated, f.computed))}) and no other column confirms the reading`;
}
