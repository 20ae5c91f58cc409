/**
 * Ties between statements: the identities auditors tick first across a filing's financial
 * statements. Net income in the statement of income is the cash-flow statement's first line, and the
 * cash-flow statement's cash at the end of each year is the balance sheet's cash at that date.
 *
 * Statements are found by their titles; their columns by the one year each column header names; the
 * figures by their row labels. A tie is claimed only where both tables state the same unit (the same
 * scale note, or none), the year is named once in each table's headers, and neither table says its
 * figures are restated or pro forma: a tie that cannot be established is not claimed.
 */
import { memoize } from '../memo';
import { abs, add, cmp, decimal, divRound, mul, pow10, rescale, sub, timesPow10, type Decimal } from '../decimal';
import { sameFigure, slipApart, slipBetween } from './slips';
import type { Cell, Column, FilingModel, Row, Table } from '../model';
import { dataSchedules, tagText, type TagFigure, type TagLine } from './dataSchedules';
import type { Footing } from './footings';
import { pushTo } from '../groups';

export type StatementKind = 'income' | 'cash flows' | 'balance sheet' | 'equity';

/** Titles that name a statement, at their start (`Consolidated Statements of Income`), not prose that mentions one. */
const TITLES: [StatementKind, RegExp][] = [
  [
    'income',
    /^(?:(?:unaudited|condensed|consolidated|combined)\s+){0,3}statements?\s+of\s+(?:consolidated\s+)?(?:income|operations|earnings)\b/i,
  ],
  [
    'cash flows',
    /^(?:(?:unaudited|condensed|consolidated|combined)\s+){0,3}statements?\s+of\s+(?:consolidated\s+)?cash\s+flows?\b/i,
  ],
  [
    'equity',
    /^(?:(?:unaudited|condensed|consolidated|combined)\s+){0,3}statements?\s+of\s+(?:consolidated\s+)?(?:changes\s+in\s+)?(?:stockholders'?|shareholders'?|shareowners'?|common\s+shareholders'?)\s+(?:equity|investment)\b/i,
  ],
  [
    'balance sheet',
    /^(?:(?:unaudited|condensed|consolidated|combined)\s+){0,3}(?:balance\s+sheets?|statements?\s+of\s+(?:consolidated\s+)?financial\s+(?:position|condition))\b/i,
  ],
];

/** Titles of tables that are not the filer's primary statements. */
export const NOT_PRIMARY =
  /\b(?:pro\s+forma|restated|quarterly|selected|parent|registrant|segment|subsidiar|percentage)/i;

/**
 * Whether a statement is an interim one (a 10-Q's `Condensed Consolidated Balance Sheets`, `Three
 * Months Ended June 30`): its columns' years do not say its periods, which are told by their months
 * (samePeriod); ties that take a year's figure for the year's statement leave it out (isAnnual).
 */
export const isInterim = memoize((table: Table): boolean => /\bcondensed\b/i.test(table.title) || interimMarks(table));
const INTERIM = /\b(?:unaudited|quarters?)\b|\b(?:three|six|nine|3|6|9)\s+months\b/i;

/** An annual statement of `kind`: the one a year's figure (a quarterly table's, a tax note's) ties to. */
export function isAnnual(table: Table, kind: StatementKind): boolean {
  return statementKind(table) === kind && !isInterim(table);
}

/**
 * A statement table's kind from its title, or null; once per table object (a kept table keeps its
 * title), as both kinds of tie ask it of every table on every analysis.
 */
export const statementKind = memoize((table: Table): StatementKind | null => {
  if (!table.untitled) {
    if (NOT_PRIMARY.test(table.title)) return null;
    const titled = statementNamed(table.title.trim());
    if (titled) return condensedAside(table, table.title) || titled.overRows ? null : titled.kind;
  }
  // A title printed right over the header, with no blank line between, is read into the label
  // column's header (`CONSOLIDATED STATEMENT OF EARNINGS (in millions, except per share data)` over
  // the row labels): it names the statement as well, unless it names a summary of one (`Statement
  // of Operations Data:` in selected data), a list of statements (`... for each of the three years`)
  // or, ending in a colon, the group of rows below it (`Statements of Operations:` over the lines of
  // the statement a note's amounts are charged to).
  const head = table.columns[0]?.header.trim() ?? '';
  if (NOT_PRIMARY.test(head) || SUMMARY_OF_STATEMENT.test(head)) return null;
  const named = statementNamed(head);
  if (!named || named.overRows) return null;
  return condensedAside(table, head) ? null : named.kind;
});

/**
 * Whether a statement named `condensed` is a note's summary of another entity (a subsidiary, an
 * investee: Pfizer's `CONDENSED BALANCE SHEET` of its Puerto Rico subsidiaries, columns `1994  1993`),
 * not a 10-Q's own statement: that is condensed too, and shows it is interim (see interimMarks).
 */
function condensedAside(table: Table, name: string): boolean {
  return /\bcondensed\b/i.test(name) && !interimMarks(table);
}

/**
 * An interim statement's marks: `unaudited`, months counted (`Three Months Ended`), quarters, or
 * columns at dates months apart (a 10-Q's `June 30, 1999` beside `December 31, 1998`).
 */
function interimMarks(table: Table): boolean {
  if (INTERIM.test(table.title)) return true;
  const months = new Set<number>();
  for (const c of table.columns) {
    if (INTERIM.test(c.header)) return true;
    if (c.kind === 'amount' || c.kind === 'number') for (const m of monthsOf(c.header)) months.add(m);
  }
  // Months a month apart are one year's end (a year of 52 or 53 weeks: Dell's `February 1, 1998`
  // beside `February 2, 1997` and `January 28, 1996`).
  for (const m of months) for (const n of months) if (apart(m, n) > 1) return true;
  return false;
}

/** How many months apart two months are, either way round the year. */
function apart(m: number, n: number): number {
  const d = Math.abs(m - n);
  return Math.min(d, 12 - d);
}

/** A header that names a statement's summary or a list of statements, not the statement below it. */
const SUMMARY_OF_STATEMENT =
  /\b(?:income|operations|earnings|flows?|position|condition|sheets?|equity)\s+data\b|\bfor\s+each\s+of\b|\bincorporated\b|\breference\b/i;

/**
 * The statement a title or header names at its start, or null; `overRows` where a colon follows the
 * name, which then names a group of rows below it, not the table (`Statements of Operations:`,
 * `BALANCE SHEETS: Accounts payable and accrued liabilities:` over a note's details). A title read
 * into the header with the statement's first heading after it (`CONSOLIDATED STATEMENT OF CASH FLOWS
 * (in millions) Cash flows from operating activities:`) ends in a colon too, and names the statement.
 */
function statementNamed(text: string): { kind: StatementKind; overRows: boolean } | null {
  for (const [kind, re] of TITLES) {
    const m = re.exec(text);
    if (m) return { kind, overRows: /^\s*:/.test(text.slice(m[0].length)) };
  }
  return null;
}

/** The one year a text names (`1996`, `December 31, 1996`), or null for none or several. */
export function oneYearIn(text: string): number | null {
  const years = text.match(/\b(?:19|20)\d\d\b/g);
  if (!years || new Set(years).size !== 1) return null;
  return Number(years[0]);
}

/** The one year a column's header names, or null for none or several. */
export function yearOf(column: Column): number | null {
  return oneYearIn(column.header);
}

/** Columns by the year they name; a year two columns name (three months and a year) is left out. */
export const columnsByYear = memoize(findColumnsByYear);

/**
 * Columns by the one year each names, all of them: a 10-Q's income statement names a year over its
 * three months and over its six, told apart by their periods (samePeriod).
 */
const columnsOfYears = memoize((table: Table): Map<number, Column[]> => {
  const out = new Map<number, Column[]>();
  for (const c of table.columns) {
    if (c.kind !== 'amount' && c.kind !== 'number') continue;
    const y = yearOf(c);
    if (y !== null) pushTo(out, y, c);
  }
  return out;
});

function findColumnsByYear(table: Table): Map<number, Column> {
  const out = new Map<number, Column>();
  for (const [year, columns] of columnsOfYears(table)) if (columns.length === 1) out.set(year, columns[0]);
  return out;
}

const NET_INCOME =
  /^net\s+(?:income|earnings|loss|\(loss\)|income\s*\(loss\)|earnings\s*\(loss\)|\(loss\)\s*income)[^a-z]*$/i;
const CASH_AT_END =
  /^cash(?:\s+and\s+(?:cash\s+)?equivalents|\s+and\s+short-term\s+investments)?,?\s+(?:at\s+)?end\s+of\s+(?:the\s+)?(?:year|period)\b/i;
const CASH = /^cash(?:\s+and\s+(?:cash\s+)?equivalents)?\.*$/i;

const TOTAL_ASSETS = /^total\s+assets\b[^a-z]*$/i;
const CURRENT_ASSETS = /^total\s+current\s+assets\b[^a-z]*$/i;
const CURRENT_LIABILITIES = /^total\s+current\s+liabilities\b[^a-z]*$/i;
/** Revenues as a statement totals them; failing that, its one line of sales or revenues. */
const TOTAL_REVENUES = [
  /^total\s+(?:net\s+)?(?:revenues?|sales(?:\s+and\s+(?:other\s+)?revenues?)?)\b[^a-z]*$/i,
  /^(?:net\s+)?(?:revenues?|sales)(?:,\s+net)?\b[^a-z]*$/i,
];
/**
 * Income before income taxes, and before what some statements deduct after them (minority interests,
 * equity income, extraordinary items, an accounting change's cumulative effect): `Income from
 * continuing operations before provision for taxes on income and minority interests`.
 */
const INCOME_PRETAX =
  /^(?:income|earnings|loss|\(loss\)|net\s+income)[^.]{0,40}\bbefore\s+(?:(?:provision|\(benefit\)|benefit)\s+){0,3}(?:for\s+)?(?:income\s+)?tax(?:es)?(?:\s+on\s+income)?(?:[^a-z]*$|,?\s+(?:and\s+)?(?:minority|extraordinary|cumulative|equity)\b[^.]*$)/i;
const INCOME_CONTINUING = /^(?:income|earnings)[^.]{0,20}\bfrom\s+continuing\s+operations[^a-z]*$/i;

/** What a statement row can be tied by. */
export type TiedItem =
  | 'net income'
  | 'cash at end'
  | 'cash'
  | 'total assets'
  | 'current assets'
  | 'current liabilities'
  | 'revenues'
  | 'income before taxes'
  | 'income from continuing operations';

const ITEM_LABELS: Record<TiedItem, RegExp[]> = {
  'net income': [NET_INCOME],
  'cash at end': [CASH_AT_END],
  cash: [CASH],
  'total assets': [TOTAL_ASSETS],
  'current assets': [CURRENT_ASSETS],
  'current liabilities': [CURRENT_LIABILITIES],
  revenues: TOTAL_REVENUES,
  'income before taxes': [INCOME_PRETAX],
  'income from continuing operations': [INCOME_CONTINUING],
};

/**
 * The figure a statement states for one of the tied items, by row label: the first row that names
 * it (by the first pattern that any row matches: a total of revenues before a line of sales).
 */
export function tiedRow(table: Table, item: TiedItem): Row | undefined {
  // Asked of every statement on every analysis (the schedules' ties): worked out once per table.
  let known = tiedRows.get(table);
  if (!known) tiedRows.set(table, (known = new Map<TiedItem, Row | null>()));
  let row = known.get(item);
  if (row === undefined) known.set(item, (row = findTiedRow(table, item) ?? null));
  return row ?? undefined;
}
const tiedRows = new WeakMap<Table, Map<TiedItem, Row | null>>();

/** A row label before its dot leaders (`Net income........`), trimmed. */
export function bareLabel(label: string): string {
  const leaders = label.indexOf('..');
  return (leaders >= 0 ? label.slice(0, leaders) : label).trim();
}

/** A row label as a message names it: before its dot leaders, spaces closed up. */
export function printedLabel(label: string): string {
  return bareLabel(label).replace(/\s+/g, ' ');
}

function findTiedRow(table: Table, item: TiedItem): Row | undefined {
  for (const re of ITEM_LABELS[item]) {
    const row = table.rows.find((r) => r.kind !== 'heading' && re.test(bareLabel(r.label)));
    if (row) return row;
  }
  // A statement with nothing between continuing operations and net income (no discontinued
  // operations, extraordinary item or accounting change) prints no line of income from continuing
  // operations: its net income is that income. Not where a minority interest or an equity income
  // follows the taxes: filers tag the income before it (Electronic Arts' 1995 schedule, with a note).
  if (item === 'income from continuing operations' && !table.rows.some((r) => BELOW_CONTINUING.test(r.label))) {
    return tiedRow(table, 'net income');
  }
  return undefined;
}
const BELOW_CONTINUING =
  /\b(?:discontinued|extraordinary|cumulative\s+effect|accounting\s+(?:change|principle)|minority|equity\s+in)\b/i;

export interface Tie {
  /** What is tied, in words: `net income`. */
  item: string;
  year: number;
  /** The figure that should agree, and the statement it should agree with. */
  cell: Cell;
  table: Table;
  other: Cell;
  otherTable: Table;
  /**
   * Set where the figures' reading is less certain (a statement of equity's year is read from the
   * balance row below): a difference is claimed only where one slip explains it.
   */
  slipOnly?: true;
}

/** The unit a table states its amounts in (a scale note's exponent, or 0). */
function unitOf(table: Table): number {
  return table.scale?.exponent ?? 0;
}

/**
 * The ties between a document's statements: each cash-flow statement with the nearest income
 * statement and balance sheet above it, year by year. Each tie's two cells may or may not agree.
 */
export function statementTies(tables: readonly Table[]): Tie[] {
  const out: Tie[] = [];
  let income: Table | undefined;
  let balance: Table | undefined;
  // A cash-flow statement closes a set of statements: a balance sheet or income statement after it
  // opens the next set (another company's, in a filing of acquired companies' statements), and
  // nothing of the set before is tied to it, even where the next set's other statement is not found.
  let closed = false;
  for (const table of tables) {
    const kind = statementKind(table);
    if ((kind === 'income' || kind === 'balance sheet') && closed) {
      income = balance = undefined;
      closed = false;
    }
    if (kind === 'income') income = table;
    else if (kind === 'balance sheet') balance = table;
    else if (kind === 'equity') {
      if (income && unitOf(income) === unitOf(table)) out.push(...equityTies(table, income));
    } else if (kind === 'cash flows') {
      if (income && unitOf(income) === unitOf(table)) {
        out.push(...tiesOf('net income', table, tiedRow(table, 'net income'), income, tiedRow(income, 'net income')));
      }
      if (balance && unitOf(balance) === unitOf(table)) {
        out.push(...tiesOf('cash', table, tiedRow(table, 'cash at end'), balance, tiedRow(balance, 'cash')));
      }
      closed = true;
    }
  }
  return out;
}

/** A balance row of a statement of equity, and the year of the date it names: `Balance, December 31, 1996`. */
const BALANCE_ROW = /\bbalances?\b/i;
const A_YEAR = /\b(?:19|20)\d\d\b/;

function datedBalanceYear(label: string): number | undefined {
  if (!BALANCE_ROW.test(label)) return undefined;
  const m = A_YEAR.exec(label);
  return m ? Number(m[0]) : undefined;
}

/**
 * A statement of equity's net income rows against the income statement: each row's year is the one
 * the balance row below it names (the block's closing balance), and the row's figure (in the retained
 * earnings column, and again in a total column) is the year's net income. Where one of the row's
 * figures is the income statement's, they agree; where none is and all of them are one figure, that
 * figure is tied; otherwise nothing is.
 */
function equityTies(table: Table, income: Table): Tie[] {
  const out: Tie[] = [];
  const incomeRow = tiedRow(income, 'net income');
  if (!incomeRow) return out;
  const years = columnsByYear(income);
  for (const { row, year } of equityNetIncomeRows(table)) {
    const column = years.get(year);
    const other = column && incomeRow.cells[column.index];
    if (!other?.value) continue;
    const cells = row.cells.filter((c): c is Cell => !!c?.value);
    if (cells.length === 0) continue;
    const same = cells.find((c) => cmp(abs(c.value!), abs(other.value!)) === 0);
    const one = cells.every((c) => cmp(c.value!, cells[0].value!) === 0);
    if (!same && !one) continue;
    out.push({
      item: 'net income',
      year,
      cell: same ?? cells[cells.length - 1],
      table,
      other,
      otherTable: income,
      slipOnly: true,
    });
  }
  return out;
}

/** A statement of equity's net income rows, each with the year the balance row below it names; once per table. */
const equityNetIncomeRows = memoize((table: Table): { row: Row; year: number }[] => {
  const out: { row: Row; year: number }[] = [];
  table.rows.forEach((row, i) => {
    if (row.kind === 'heading' || !NET_INCOME.test(bareLabel(row.label))) return;
    let year: number | undefined;
    for (let k = i + 1; k < table.rows.length && year === undefined; k++) year = datedBalanceYear(table.rows[k].label);
    if (year !== undefined) out.push({ row, year });
  });
  return out;
});

function tiesOf(item: string, table: Table, row: Row | undefined, otherTable: Table, other: Row | undefined): Tie[] {
  if (!row || !other) return [];
  const out: Tie[] = [];
  const theirs = columnsOfYears(otherTable);
  for (const [year, columns] of columnsOfYears(table)) {
    const others = theirs.get(year);
    if (!others) continue;
    for (const column of columns) {
      // One year, two dates or two lengths: an interim cash-flow statement's `Three Months Ended
      // March 31, 1998` ends where the balance sheet's `December 31, 1998` does not, and a 10-Q's
      // six months are not its three. A column is tied to the one column of the other statement
      // that spans its period, and only where no other column of its own spans that one's too.
      const matches = others.filter((t) => samePeriod(table, column, otherTable, t));
      if (matches.length !== 1) continue;
      const their = matches[0];
      if (columns.some((c) => c !== column && samePeriod(table, c, otherTable, their))) continue;
      const mine = row.cells[column.index];
      const cell = other.cells[their.index];
      if (!mine?.value || !cell?.value) continue;
      out.push({ item, year, cell: mine, table, other: cell, otherTable });
    }
  }
  return out;
}

/**
 * What says a column's period: its header, or where that names no month, the header of a column of
 * the same months counted that names one (a heading's `June 30,` read over the first of its two
 * columns: `Three months ended June 30, 1999` beside `Three months ended 1998`), else the label
 * column's header and the title (`Six months ended June 30 (In millions)` over `1998  1997`).
 */
function periodText(table: Table, column: Column): string {
  if (MONTH_ONE.test(column.header)) return column.header;
  const counted = MONTHS_COUNTED.exec(column.header)?.[1].toLowerCase();
  if (counted) {
    for (const c of table.columns) {
      if (c !== column && MONTH_ONE.test(c.header) && MONTHS_COUNTED.exec(c.header)?.[1].toLowerCase() === counted) {
        return `${column.header} ${c.header}`;
      }
    }
  }
  return `${column.header} ${table.columns[0]?.kind === 'label' ? table.columns[0].header : ''} ${table.untitled ? '' : table.title}`;
}

/** The months a text names (a period's end among them). */
function monthsOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(MONTH)) out.add(MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()));
  return out;
}

/**
 * Whether two statements' columns of one year may span one period: they may end on one date and
 * last as long. Where either statement is an interim one, both must name their months: an interim
 * year says nothing of its date (a 10-Q's cash flows for the six months to June 30, 1997 against
 * its balance sheet at December 31, 1997).
 */
export function samePeriod(table: Table, column: Column, other: Table, theirs: Column): boolean {
  const [a, b] = [periodText(table, column), periodText(other, theirs)];
  if (isInterim(table) || isInterim(other)) {
    // Each must name one month, the same: a header read with its neighbour's date (`SEPTEMBER 30,
    // DECEMBER 31, 1997` over two columns) says no date.
    const [m, n] = [monthsOf(a), monthsOf(b)];
    if (m.size !== 1 || n.size !== 1 || [...m][0] !== [...n][0]) return false;
  }
  return sameMonth(a, b) && sameLength(a, b);
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, whole or cut short (`Sept.`, `Dec`). */
const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = new RegExp(`\\b(${MONTH_NAME})\\b\\.?`, 'gi');
/** Whether a text names a month (MONTH is global, for matchAll: a test of it would keep its place). */
const MONTH_ONE = new RegExp(`\\b(?:${MONTH_NAME})\\b`, 'i');

/**
 * Whether two columns of one year may end on one date: where both headers name months, they name
 * one in common (a header of a transition period names two).
 */
function sameMonth(a: string, b: string): boolean {
  const [m, n] = [monthsOf(a), monthsOf(b)];
  if (m.size === 0 || n.size === 0) return true;
  for (const month of m) if (n.has(month)) return true;
  return false;
}

/**
 * Whether two columns of one year may span one period: a development-stage company's `Period from
 * September 1, 1998 (inception) to March 31, 1999` is not its `Three months ended March 31, 1999`,
 * nor are three months six. Where either header says what the other does not, or both name months
 * counted differently, they are not tied.
 */
function sameLength(a: string, b: string): boolean {
  if (SINCE_INCEPTION.test(a) !== SINCE_INCEPTION.test(b)) return false;
  const [m, n] = [MONTHS_COUNTED.exec(a)?.[1].toLowerCase(), MONTHS_COUNTED.exec(b)?.[1].toLowerCase()];
  return m === undefined || n === undefined || m === n;
}
const SINCE_INCEPTION = /\b(?:inception|cumulative)\b/i;
const MONTHS_COUNTED = /\b(three|six|nine|twelve|3|6|9|12)\s+months\b/i;

/** A financial data schedule's (EX-27) figure against the statement it summarises. */
export interface ScheduleTie {
  item: string;
  year: number;
  /** The tag line and its figure's place. */
  tag: TagLine;
  figure: TagFigure;
  cell: Cell;
  table: Table;
  /**
   * Whether they agree, in some unit a thousand-fold apart (a schedule's multiplier and a statement's
   * `in millions` are not always both written): true; false when they differ by what one slip in the
   * schedule's figure makes (`expected` is then the statement's figure in the schedule's unit); null
   * when no unit makes them close, and the tie is not claimed.
   */
  agrees: boolean | null;
  expected?: Decimal;
  /** The schedule's unit (its <MULTIPLIER>, 1 where it states none). */
  multiplier: Decimal;
}

/** `DEC-31-1997` → 11 (December), or -1. */
function monthOfDate(text: string): number {
  return MONTHS.indexOf(text.trim().slice(0, 3).toLowerCase());
}

/**
 * Whether a statement's column may end in `month`: it names that month or the one before or after
 * (a year of 52 or 53 weeks ends a few days from a month's end: Xilinx's `APR-03-1999` is its
 * `March 31, 1999`), or names none in an annual statement (an interim one's year does not say its date).
 */
function endsIn(table: Table, column: Column, month: number): boolean {
  const months = monthsOf(periodText(table, column));
  if (months.size === 0) return !isInterim(table);
  // An interim column whose header names two months was read with its neighbour's date.
  if (months.size > 1 && isInterim(table)) return false;
  if (month < 0) return true;
  for (const m of months) if (apart(m, month) <= 1) return true;
  return false;
}

/** `DEC-31-1997` → 1997. */
function yearOfDate(text: string): number | null {
  const m = /(?:19|20)\d\d$/.exec(text.trim());
  return m ? Number(m[0]) : null;
}

/** Half a unit of a statement's figure's last place, in dollars (its table's scale applied). */
export function halfInDollars(value: Decimal, table: Table): Decimal {
  return decimal(5n * pow10(table.scale?.exponent ?? 0), value.scale + 1);
}

/** A figure with its table's scale applied (a statement's in dollars, a count of options in options). */
export function withScale(value: Decimal, table: Table): Decimal {
  return timesPow10(value, table.scale?.exponent ?? 0);
}

/**
 * Each single-period schedule's balance-sheet figures (total assets, cash, current assets and
 * liabilities) against the balance sheet at its period's end, and (for a year's schedule) its net
 * income, revenues and incomes before taxes and from continuing operations against the income
 * statement's for that year. A statement is one
 * whose columns name that year once; the first such statement in the document is taken.
 */
export function scheduleTies(model: FilingModel): ScheduleTie[] {
  const out: ScheduleTie[] = [];
  const schedules = dataSchedules(model);
  if (schedules.length === 0) return out;
  const statements = model.tables.filter((t) => statementKind(t) !== null);
  for (const s of schedules) {
    const find = (tag: TagLine['tag']) => s.tags.find((t) => t.tag === tag);
    const end = find('PERIOD-END');
    if (!end) continue;
    const multiplier = find('MULTIPLIER')?.figures[0]?.value ?? decimal(1n, 0);
    const types = find('PERIOD-TYPE');
    // A schedule of several periods (a restated year beside the current one, a 10-Q's quarter
    // beside its year to date) sets one figure a period in columns, under its dates.
    const periods = end.figures.length;
    for (let k = 0; k < periods; k++) {
      const date = tagText(model, end, k);
      const year = yearOfDate(date);
      if (year === null) continue;
      const month = monthOfDate(date);
      const type = types ? tagText(model, types, types.figures.length === periods ? k : 0).toUpperCase() : '';
      const annual = type === 'YEAR' || type === '12-MOS';
      // The figure of period `k` of a tag line that has one a period.
      const figureOf = (line: TagLine | undefined) =>
        line && line.figures.length === periods && line.figures[k].value ? line.figures[k] : undefined;
      const items: [TagLine['tag'], StatementKind, TiedItem][] = [
        ['ASSETS', 'balance sheet', 'total assets'],
        ['CASH', 'balance sheet', 'cash'],
        ['CURRENT-ASSETS', 'balance sheet', 'current assets'],
        ['CURRENT-LIABILITIES', 'balance sheet', 'current liabilities'],
      ];
      if (annual) {
        items.push(
          ['NET-INCOME', 'income', 'net income'],
          ['TOTAL-REVENUES', 'income', 'revenues'],
          ['INCOME-PRETAX', 'income', 'income before taxes'],
          ['INCOME-CONTINUING', 'income', 'income from continuing operations'],
        );
        for (const [tag, diluted] of [
          ['EPS-PRIMARY', false],
          ['EPS-DILUTED', true],
        ] as const) {
          const line = find(tag);
          const figure = figureOf(line);
          const tie = line && figure && perShareTie(line, figure, diluted, year, month, statements);
          if (tie) out.push(tie);
        }
      }
      for (const [tag, kind, item] of items) {
        const line = find(tag);
        const figure = figureOf(line);
        if (!line || !figure) continue;
        for (const table of statements) {
          if (statementKind(table) !== kind) continue;
          const column = columnsByYear(table).get(year);
          if (column && !endsIn(table, column, month)) continue;
          const row = tiedRow(table, item);
          const cell = column && row?.cells[column.index];
          if (!cell?.value) continue;
          const stated = withScale(cell.value, table);
          // Each is rounded to its own unit: the schedule's multiplier, the statement's last place.
          const { agrees, expected } = compareUnits(
            figure.value!,
            multiplier,
            stated,
            halfInDollars(cell.value, table),
          );
          out.push({ item, year, tag: line, figure, cell, table, agrees, expected, multiplier });
          break;
        }
      }
    }
  }
  return out;
}

/** A row label that speaks of earnings per share (`Net income per share`, `Earnings per common share`). */
const PER_SHARE = /\bper\s+(?:common\s+|ordinary\s+)?share\b|\bEPS\b/i;
const DILUTED = /\bdilut/i;
/** Labels of the share counts beside earnings per share (`Shares used in per share computation`). */
const SHARE_COUNT =
  /\bshares\s+used|\bweighted|\baverage\s+(?:number|common|shares)|\bshares\s+outstanding|\bnumber\s+of\s+shares/i;

/**
 * A statement row's label as it reads for earnings per share: its own, or, for a row under a heading
 * that says per share and has no figures (`Net income per share:` over `Basic` and `Diluted`), the
 * heading's and its own.
 */
function perShareLabel(table: Table, index: number): string {
  const label = bareLabel(table.rows[index].label);
  if (PER_SHARE.test(label)) return label;
  // Under a heading that says per share (`Earnings per share:`, then `Basic`, `Net income`), the rows
  // between it and this one being figures of the same kind.
  for (let k = index - 1; k >= 0 && k >= index - PER_SHARE_REACH; k--) {
    const above = table.rows[k];
    if (PER_SHARE.test(above.label) && !aboveHasFigures(above)) return `${bareLabel(above.label)} ${label}`;
  }
  return label;
}

/** How far above a row its per-share heading may stand. */
const PER_SHARE_REACH = 6;

function aboveHasFigures(row: Row): boolean {
  return row.kind !== 'heading' && row.cells.some((c, i) => i > 0 && c?.value);
}

/**
 * A schedule's earnings per share (EPS-PRIMARY, EPS-BASIC or EPS-DILUTED) against the income statement
 * of its year. Per-share figures are in dollars whatever the statement's or the schedule's unit. It
 * agrees when any per-share figure of that year's column is the same to the schedule's places (a
 * statement prints several: continuing operations, net income, basic and diluted); it is claimed to
 * differ only where the statement prints one per-share figure of its kind (basic or diluted) and
 * one slip turns that one into the schedule's; otherwise the tie is not established.
 */
function perShareTie(
  line: TagLine,
  figure: TagFigure,
  diluted: boolean,
  year: number,
  month: number,
  statements: readonly Table[],
): ScheduleTie | undefined {
  if (!figure.value || figure.value.units === 0n) return undefined;
  for (const table of statements) {
    if (statementKind(table) !== 'income') continue;
    const column = columnsByYear(table).get(year);
    if (!column || !endsIn(table, column, month)) continue;
    const mine: Cell[] = [];
    let any: Cell | undefined;
    for (const { row, diluted: rowDiluted } of perShareRows(table)) {
      const cell = row.cells[column.index];
      if (!cell?.value) continue;
      if (sameFigure(cell.value, figure.value)) any ??= cell;
      if (rowDiluted === diluted) mine.push(cell);
    }
    const item = diluted ? 'diluted earnings per share' : 'earnings per share';
    const base = { item, year, tag: line, figure, table, multiplier: decimal(1n, 0) };
    if (any) return { ...base, cell: any, agrees: true };
    if (mine.length !== 1) return undefined;
    const expected = mine[0].value!;
    const slip = slipApart(figure.value, expected);
    return slip ? { ...base, cell: mine[0], agrees: false, expected } : { ...base, cell: mine[0], agrees: null };
  }
  return undefined;
}

/**
 * An income statement's rows of earnings per share, and whether each is diluted: once per table object,
 * as every schedule's tie asks it on every analysis.
 */
const perShareRows = memoize((table: Table): { row: Row; diluted: boolean }[] => {
  const out: { row: Row; diluted: boolean }[] = [];
  table.rows.forEach((row, k) => {
    if (row.kind === 'heading') return;
    const label = perShareLabel(table, k);
    if (PER_SHARE.test(label) && !SHARE_COUNT.test(label)) out.push({ row, diluted: DILUTED.test(label) });
  });
  return out;
});

/**
 * The schedule's figure (in units of its multiplier) against the statement's (in dollars), trying the
 * schedule's unit a thousand, a million or a billion times larger or smaller too: the statement's
 * is rounded to its last place, the schedule's rounded or cut to its unit.
 */
function compareUnits(
  figure: Decimal,
  multiplier: Decimal,
  stated: Decimal,
  statedHalf: Decimal,
): { agrees: boolean | null; expected?: Decimal } {
  if (unitAgreeing(figure, multiplier, stated, statedHalf)) return { agrees: true };
  // The statement's figure in the schedule's unit (its multiplier first, then the nearer units), to
  // the schedule's places: a slip between them is claimed. Not the unit that brings the two closest:
  // a slip of the first digit (1,818 transposed to 8,118) lands nearer a thousandth of the figure.
  for (const unit of unitsAround(multiplier)) {
    const expected = inUnit(stated, unit, figure.scale);
    if (slipBetween(figure, expected)) return { agrees: false, expected };
  }
  return { agrees: null };
}

/** The schedule's multiplier, then the units a thousand, a million and a billion times either side of it. */
function unitsAround(multiplier: Decimal): Decimal[] {
  return [0, -3, 3, -6, 6, -9, 9].map((k) =>
    k >= 0 ? decimal(multiplier.units * pow10(k), multiplier.scale) : decimal(multiplier.units, multiplier.scale - k),
  );
}

/** The unit in which a schedule's figure is a statement's (in dollars), each rounded to its own; null where none. */
function unitAgreeing(figure: Decimal, multiplier: Decimal, stated: Decimal, statedHalf: Decimal): Decimal | null {
  for (const unit of unitsAround(multiplier)) {
    const scheduled = mul(figure, unit);
    // A whole unit of the schedule's: filers truncate to it as often as they round (3,260,553 as 3,260).
    const allowed = add(decimal(unit.units, figure.scale + unit.scale), statedHalf);
    if (cmp(abs(sub(scheduled, stated)), allowed) <= 0) return unit;
  }
  return null;
}

/** A figure in dollars in a unit, to `places`. */
function inUnit(dollars: Decimal, unit: Decimal, places: number): Decimal {
  const sc = Math.max(dollars.scale, unit.scale);
  return decimal(divRound(rescale(dollars, sc).units * pow10(places), rescale(unit, sc).units), places);
}

/** Schedule figures of fewer units than this match a statement's row by chance too often to say which. */
const MIN_COMPONENT_UNITS = 1000n;

/**
 * A schedule's figure that no unit makes its statement's total, but that is, exactly, one of the
 * rows the total adds up (`<TOTAL-REVENUES> 41,220`, SanDisk's license and royalty revenues, where
 * total revenues are 246,990): the tag took a line of the statement for the total. The row must be
 * one the total's own footing adds (`footings`: the statement's, from its facts) and the only one
 * that matches; the total is then what the tag should state, in the schedule's unit.
 */
export function taggedComponent(
  tie: ScheduleTie,
  footings: readonly Footing[],
): { row: Row; cell: Cell; expected: Decimal } | undefined {
  if (tie.agrees !== null) return undefined;
  const figure = tie.figure.value!;
  if (abs(figure).units < MIN_COMPONENT_UNITS * pow10(figure.scale)) return undefined;
  const footing = footings.find((f) => f.ok && f.column === tie.cell.column && f.total.cells[f.column] === tie.cell);
  if (!footing) return undefined;
  const half = halfInDollars(tie.cell.value!, tie.table);
  const matches: { row: Row; cell: Cell; unit: Decimal }[] = [];
  for (const row of footing.segment) {
    const cell = row.cells[footing.column];
    if (!cell?.value || cell.value.units === 0n) continue;
    const unit = unitAgreeing(figure, tie.multiplier, withScale(cell.value, tie.table), half);
    if (unit) matches.push({ row, cell, unit });
  }
  if (matches.length !== 1) return undefined;
  const [{ row, cell, unit }] = matches;
  return { row, cell, expected: inUnit(withScale(tie.cell.value!, tie.table), unit, figure.scale) };
}
