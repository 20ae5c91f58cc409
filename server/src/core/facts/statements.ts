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
import type { Cell, Column, Row, Table } from '../model';

export type StatementKind = 'income' | 'cash flows' | 'balance sheet';

/** Titles that name a statement, at their start (`Consolidated Statements of Income`), not prose that mentions one. */
const TITLES: [StatementKind, RegExp][] = [
  [
    'income',
    /^(?:consolidated\s+|combined\s+)?statements?\s+of\s+(?:consolidated\s+)?(?:income|operations|earnings)\b/i,
  ],
  ['cash flows', /^(?:consolidated\s+|combined\s+)?statements?\s+of\s+(?:consolidated\s+)?cash\s+flows?\b/i],
  [
    'balance sheet',
    /^(?:consolidated\s+|combined\s+)?(?:balance\s+sheets?|statements?\s+of\s+(?:consolidated\s+)?financial\s+(?:position|condition))\b/i,
  ],
];

/** Titles of tables that are not the filer's primary statements. */
const NOT_PRIMARY =
  /\b(?:pro\s+forma|restated|quarterly|selected|unaudited|condensed|parent|registrant|segment|subsidiar)/i;

/** A statement table's kind from its title, or null. */
export function statementKind(table: Table): StatementKind | null {
  if (table.untitled || NOT_PRIMARY.test(table.title)) return null;
  const title = table.title.trim();
  for (const [kind, re] of TITLES) if (re.test(title)) return kind;
  return null;
}

/** The one year a column's header names (`1996`, `December 31, 1996`), or null for none or several. */
export function yearOf(column: Column): number | null {
  const years = column.header.match(/\b(?:19|20)\d\d\b/g);
  if (!years || new Set(years).size !== 1) return null;
  return Number(years[0]);
}

/** Columns by the year they name; a year two columns name (three months and a year) is left out. */
export function columnsByYear(table: Table): Map<number, Column> {
  const out = new Map<number, Column>();
  const twice = new Set<number>();
  for (const c of table.columns) {
    if (c.kind !== 'amount' && c.kind !== 'number') continue;
    const y = yearOf(c);
    if (y === null) continue;
    if (out.has(y)) twice.add(y);
    out.set(y, c);
  }
  for (const y of twice) out.delete(y);
  return out;
}

const NET_INCOME =
  /^net\s+(?:income|earnings|loss|\(loss\)|income\s*\(loss\)|earnings\s*\(loss\)|\(loss\)\s*income)\b[^a-z]*$/i;
const CASH_AT_END =
  /^cash(?:\s+and\s+(?:cash\s+)?equivalents|\s+and\s+short-term\s+investments)?,?\s+(?:at\s+)?end\s+of\s+(?:the\s+)?(?:year|period)\b/i;
const CASH = /^cash(?:\s+and\s+(?:cash\s+)?equivalents)?\.*$/i;

/** The figure a statement states for one of the tied items, by row label: the first row that names it. */
export function tiedRow(table: Table, item: 'net income' | 'cash at end' | 'cash'): Row | undefined {
  const re = item === 'net income' ? NET_INCOME : item === 'cash at end' ? CASH_AT_END : CASH;
  return table.rows.find((r) => r.kind !== 'heading' && re.test(r.label.replace(/\.{2,}.*$/, '').trim()));
}

export interface Tie {
  /** What is tied, in words: `net income`. */
  item: string;
  year: number;
  /** The figure that should agree, and the statement it should agree with. */
  cell: Cell;
  table: Table;
  other: Cell;
  otherTable: Table;
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
  for (const table of tables) {
    const kind = statementKind(table);
    if (kind === 'income') income = table;
    else if (kind === 'balance sheet') balance = table;
    else if (kind === 'cash flows') {
      if (income && unitOf(income) === unitOf(table)) {
        out.push(...tiesOf('net income', table, tiedRow(table, 'net income'), income, tiedRow(income, 'net income')));
      }
      if (balance && unitOf(balance) === unitOf(table)) {
        out.push(...tiesOf('cash', table, tiedRow(table, 'cash at end'), balance, tiedRow(balance, 'cash')));
      }
    }
  }
  return out;
}

function tiesOf(item: string, table: Table, row: Row | undefined, otherTable: Table, other: Row | undefined): Tie[] {
  if (!row || !other) return [];
  const out: Tie[] = [];
  const theirs = columnsByYear(otherTable);
  for (const [year, column] of columnsByYear(table)) {
    const mine = row.cells[column.index];
    const their = theirs.get(year);
    const cell = their && other.cells[their.index];
    if (!mine?.value || !cell?.value) continue;
    out.push({ item, year, cell: mine, table, other: cell, otherTable });
  }
  return out;
}
