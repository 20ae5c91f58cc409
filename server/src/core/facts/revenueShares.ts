/**
 * Shares of revenues that a discussion prints under its figures: "General and administrative
 * expenses 1,513 1,801" over "General and administrative expenses as a percentage of revenues 7.4%
 * 7.3%", in a table that does not print the revenues (the income statement does). A reader divides
 * each figure by the statement's revenues for the column's period and rounds to the places printed.
 *
 * A share is read where its row's label names the figure row right above it (its words, then `as a
 * percentage of revenues`, `of net sales`, `of total revenues`), and its column's period is one
 * income statement's column (the same year, months and length: statements.ts `samePeriod`), whose
 * revenues line (its total of revenues, else its one line of sales or revenues) gives the base. A
 * table that prints revenues itself is FL102's (its shares are of its own column).
 *
 * The figures are rounded, so a share agrees where the printed percent, within half its last place,
 * meets the ratio of the figure and the revenues each within half of theirs.
 */
import { abs, add, cmp, decimal, mul, percentOf, sub, type Decimal } from '../decimal';
import { memoize } from '../memo';
import { headerRefs } from '../parse/columns';
import type { Cell, Column, FilingModel, Row, Table } from '../model';
import { statementMonths } from './prose';
import {
  bareLabel,
  halfInDollars,
  printedLabel,
  samePeriod,
  statementKind,
  tiedRow,
  withScale,
  yearOf,
} from './statements';
import { pushTo } from '../groups';

/** A share of revenues printed in a table, against the income statement's revenues. */
export interface RevenueShare {
  table: Table;
  row: Row;
  /** The share row's label as far as `revenues` or `sales` (a figure the reader set in the label left out). */
  label: string;
  /** The row whose figure the share is of, right above it. */
  figureRow: Row;
  column: Column;
  cell: Cell;
  figure: Cell;
  revenue: Cell;
  revenueTable: Table;
  /**
   * `under`: the share row stands under its figure row in the same table; `table`: a table of shares
   * alone (`Major items ..., expressed as a percentage of sales`), whose figures are the statement's.
   */
  layout: 'under' | 'table';
  /** The share of the printed figures, rounded to the places the share is printed with, and to two more. */
  computed: Decimal;
  finer: Decimal;
  ok: boolean;
}

/** `as a percentage of revenues`, `as a percent of total net sales`, `as a % of net revenues`. */
const OF_REVENUES =
  /\bas\s+an?\s+(?:percent(?:age)?|%)\s+of\s+(?:(?:total|net|consolidated)\s+)*(?:revenues?|sales)\b/i;

/**
 * A share row's label, as far as its `revenues` or `sales`, and the figure it names before `as a
 * percentage of`: null for another label, or one with words after the revenues (`... of revenues
 * of the segment`).
 */
function shareLabel(label: string): { label: string; named: string } | null {
  const m = OF_REVENUES.exec(label);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (/[a-z]/i.test(label.slice(end))) return null;
  let cut = m.index;
  while (cut > 0 && (label[cut - 1] === ',' || /\s/.test(label[cut - 1]))) cut--;
  return { label: label.slice(0, end).replace(/\s+/g, ' '), named: label.slice(0, cut) };
}

/** A column of a quarter (`1998 1st`, `Fourth Quarter`, `Q2`), which a year's revenues are not the base of. */
const QUARTER = /\b(?:1st|2nd|3rd|4th|first|second|third|fourth|q[1-4]|quarters?)\b/i;

/** A label's words, for comparing two labels that name one line: letters and digits, one space apart. */
function words(label: string): string {
  return bareLabel(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The shares of revenues the document's tables print, each against its income statement; once per model. */
export const revenueShares = memoize((model: FilingModel): RevenueShare[] => {
  const incomes = model.tables.filter((t) => statementKind(t) === 'income' && tiedRow(t, 'revenues'));
  if (incomes.length === 0) return [];
  const out: RevenueShare[] = [];
  for (const table of model.tables) {
    for (const found of shareRows(table)) {
      for (const column of table.columns) {
        const share = shareIn(table, found, column, incomes);
        if (share) out.push(share);
      }
    }
    if (isTableOfShares(table, model.lines)) out.push(...sharesOfTable(table, incomes));
  }
  return out;
});

/**
 * Said over a table of shares: `as a percentage of sales`, `percent of net revenues`, `% of total
 * net sales`; or a title cut at its line's end after `percentage of` (the base on the next line).
 */
const OF_REVENUES_OVER =
  /\b(?:percent(?:age)?s?|%)\s+of(?:\s+(?:(?:total|net|consolidated)\s+)*(?:revenues?|sales)\b|\s*$)/i;

/**
 * Whether a table prints only shares of revenues, its figures left to the income statement (the
 * discussion's `Major items in the statements of operations, expressed as a percentage of sales`):
 * not a statement, no figure above 100, and either its title or headers say so, or its revenues row
 * prints 100 in every column.
 */
const isTableOfShares = memoize((table: Table, lines: readonly string[]): boolean => {
  if (statementKind(table) !== null) return false;
  let valued = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (!cell?.value) continue;
      if (cmp(abs(cell.value), HUNDRED) > 0) return false;
      valued++;
    }
  }
  if (valued < 4) return false;
  const revenues = tiedRow(table, 'revenues');
  if (
    revenues &&
    revenues.cells.some((c) => c?.value) &&
    revenues.cells.every((c) => !c?.value || cmp(c.value, HUNDRED) === 0)
  ) {
    return true;
  }
  if (revenues) return false;
  const firstRow = table.rows[0]?.line ?? table.endLine;
  const over = [table.untitled ? '' : table.title, ...table.columns.map((c) => c.header)];
  // A title's words run on to the header: read its next lines too (not an HTML table's, whose lines are its source's).
  if (table.source !== 'html' && table.titleLine >= 0) {
    for (let l = table.titleLine + 1; l < Math.min(table.titleLine + 3, firstRow); l++) over.push(lines[l] ?? '');
  }
  return over.some((text) => OF_REVENUES_OVER.test(text.trim()));
});
const HUNDRED = decimal(100n, 0);

/**
 * A table of shares against the income statements: each row whose words are one line's of a
 * statement (`Selling, general, and administrative`), in each column whose period is one of the
 * statement's, is that line's figure over the statement's revenues.
 */
function sharesOfTable(table: Table, incomes: Table[]): RevenueShare[] {
  const out: RevenueShare[] = [];
  // Columns of a year. One whose header carries a note (`1999(a)`: "excludes the purchased research
  // and development charge") is of figures the statement does not print as they are.
  const columns = table.columns.filter((c) => c.index !== 0 && yearOf(c) !== null && headerRefs(c.header).length === 0);
  for (const row of table.rows) {
    if (row.kind === 'heading') continue;
    const named = words(row.label);
    if (named === '') continue;
    for (const column of columns) {
      const cell = row.cells[column.index];
      if (!cell?.value) continue;
      let found: { figure: Cell; figureRow: Row; revenue: Cell; revenueTable: Table } | null = null;
      let tied = true;
      for (const statement of incomes) {
        const theirs = columnOfPeriod(table, column, statement);
        if (!theirs) continue;
        const revenueRow = tiedRow(statement, 'revenues')!;
        const lines = linesByWords(statement).get(named) ?? [];
        // A line the statement prints twice (net income, and its amount per share) is not one figure.
        if (lines.length !== 1 || lines[0] === revenueRow) continue;
        const figure = lines[0].cells[theirs.index];
        const revenue = revenueRow.cells[theirs.index];
        if (!figure?.value || figure.percent || !revenue?.value || revenue.percent || revenue.value.units === 0n) {
          continue;
        }
        if (
          found &&
          (cmp(withScale(revenue.value, statement), withScale(found.revenue.value!, found.revenueTable)) !== 0 ||
            cmp(withScale(figure.value, statement), withScale(found.figure.value!, found.revenueTable)) !== 0)
        ) {
          tied = false;
          break;
        }
        found ??= { figure, figureRow: lines[0], revenue, revenueTable: statement };
      }
      if (!found || !tied || found.figure.value!.units === 0n) continue;
      const n = abs(withScale(found.figure.value!, found.revenueTable));
      const r = abs(withScale(found.revenue.value!, found.revenueTable));
      const p = abs(cell.value);
      const half = (v: Decimal) => halfInDollars(v, found.revenueTable);
      out.push({
        table,
        row,
        label: printedLabel(row.label),
        layout: 'table',
        column,
        cell,
        ...found,
        computed: percentOf(n, r, p.scale),
        finer: finerShare(n, r, p.scale),
        ok: agrees(p, n, half(found.figure.value!), r, half(found.revenue.value!)),
      });
    }
  }
  return out;
}

/** A statement's lines by their words (headings left out); once per table object. */
const linesByWords = memoize((statement: Table): Map<string, Row[]> => {
  const out = new Map<string, Row[]>();
  for (const r of statement.rows) {
    if (r.kind !== 'heading') pushTo(out, words(r.label), r);
  }
  return out;
});

/** A statement's column of the same period as a table's column: the same year, months and length. */
function columnOfPeriod(table: Table, column: Column, statement: Table): Column | undefined {
  const year = yearOf(column);
  const quarter = isQuarter(table, column);
  return statement.columns.find(
    (c) =>
      c.index > 0 &&
      yearOf(c) === year &&
      samePeriod(table, column, statement, c) &&
      quarter === isQuarter(statement, c),
  );
}

/** Whether a column is a quarter's, which a year's revenues are not the base of (nor the reverse). */
function isQuarter(table: Table, column: Column): boolean {
  return QUARTER.test(column.header) || statementMonths(table, column.header) === 3;
}

/** A table's rows of shares of revenues, each with the figure row it is of; once per table object. */
const shareRows = memoize((table: Table): { row: Row; label: string; figureRow: Row }[] => {
  if (statementKind(table) !== null || tiedRow(table, 'revenues')) return [];
  const out: { row: Row; label: string; figureRow: Row }[] = [];
  table.rows.forEach((row, k) => {
    const m = row.kind === 'heading' ? null : shareLabel(bareLabel(row.label));
    if (!m) return;
    let above = k - 1;
    while (above >= 0 && table.rows[above].kind === 'heading') above--;
    const figureRow = table.rows[above];
    if (!figureRow) return;
    const named = words(m.named);
    const figures = words(figureRow.label);
    // The share names its figure row: its words, or the label before a note of what it holds.
    if (named === '' || !(named === figures || figures.startsWith(`${named} `) || named.startsWith(`${figures} `))) {
      return;
    }
    out.push({ row, label: m.label, figureRow });
  });
  return out;
});

function shareIn(
  table: Table,
  found: { row: Row; label: string; figureRow: Row },
  column: Column,
  incomes: Table[],
): RevenueShare | null {
  const { row, figureRow } = found;
  const cell = row.cells[column.index];
  const figure = figureRow.cells[column.index];
  if (!cell?.value || !figure?.value || figure.percent || figure.value.units === 0n) return null;
  if (yearOf(column) === null) return null;
  // The statements' revenues for the period: none, or two that disagree, ties nothing.
  let base: { revenue: Cell; revenueTable: Table } | null = null;
  for (const statement of incomes) {
    const theirs = columnOfPeriod(table, column, statement);
    // Units unknown on one side only leave the base unknown (a note's `in millions` read, the statement's not).
    if ((table.scale === null) !== (statement.scale === null)) continue;
    const revenue = theirs && tiedRow(statement, 'revenues')?.cells[theirs.index];
    if (!revenue?.value || revenue.percent || revenue.value.units === 0n) continue;
    if (base && cmp(withScale(revenue.value, statement), withScale(base.revenue.value!, base.revenueTable)) !== 0) {
      return null;
    }
    base ??= { revenue, revenueTable: statement };
  }
  if (!base) return null;
  const n = abs(withScale(figure.value, table));
  const r = abs(withScale(base.revenue.value!, base.revenueTable));
  const p = abs(cell.value);
  const computed = percentOf(n, r, p.scale);
  const finer = finerShare(n, r, p.scale);
  const ok = agrees(p, n, halfInDollars(figure.value, table), r, halfInDollars(base.revenue.value!, base.revenueTable));
  return {
    table,
    row,
    label: found.label,
    figureRow,
    layout: 'under',
    column,
    cell,
    figure,
    ...base,
    computed,
    finer,
    ok,
  };
}

/**
 * The share to two places more than printed, or more where two would hide which way it rounds
 * (8.495% of a whole percent is 8, where 8.50 would read as 9).
 */
function finerShare(n: Decimal, r: Decimal, scale: number): Decimal {
  const rounded = percentOf(n, r, scale);
  for (let more = 2; ; more++) {
    const finer = percentOf(n, r, scale + more);
    if (more === 4 || cmp(percentOf(finer, HUNDRED, scale), rounded) === 0) return finer;
  }
}

/**
 * Whether the printed percent `p`, within half its last place, meets the ratio of the figure `n` and
 * the revenues `r` (in dollars), each within its half unit `hn`, `hr`: (p - hp)(r - hr) <= 100 (n + hn)
 * and (p + hp)(r + hr) >= 100 (n - hn).
 */
function agrees(p: Decimal, n: Decimal, hn: Decimal, r: Decimal, hr: Decimal): boolean {
  const hp = decimal(5n, p.scale + 1);
  const hundred = decimal(100n, 0);
  const low = cmp(mul(sub(p, hp), sub(r, hr)), mul(hundred, add(n, hn))) <= 0;
  const high = cmp(mul(add(p, hp), add(r, hr)), mul(hundred, sub(n, hn))) >= 0;
  return low && high;
}
