/**
 * FL107 percent-change: a row's percent change is not the change between the two amounts it compares
 * (facts/percentChanges.ts), where the column's other rows confirm how it is read. A lost sign or a
 * slip in one digit is an error with its fix; any other difference a warning, as the filer may have
 * worked the change out on another base (a restated year).
 */
import { neg, cmp, formatLike, type Decimal } from '../decimal';
import { percentChanges } from '../facts/percentChanges';
import { SLIP_WORDS, slipBetween } from '../facts/slips';
import { cellEdit } from '../fixes/replace';
import type { CheckContext, Report, TableCheck } from './check';
import type { Cell, Row, Table } from '../model';
import { changeCellsOf, documentReading, sideOf } from '../facts/changeRows';
import { bare, columnName, periodName, rowName } from './describe';

export const percentChange: TableCheck = {
  code: 'FL107',
  name: 'percent-change',
  description:
    'A percent change is not the change between the two amounts it compares, where the other rows of its column are.',
  defaultSeverity: 'error',
  scope: 'table',
  runTable(table, ctx) {
    const out: Report[] = [];
    for (const change of percentChanges(table)) {
      const agreeing = change.rows.length - change.failing.length;
      const later = periodName(table, change.later);
      const earlier = periodName(table, change.earlier);
      for (const r of change.failing) {
        out.push(
          changeReport(table, ctx, {
            ...r,
            laterName: later,
            earlierName: earlier,
            agreement: `${agreeing} other rows of ${columnName(table, change.column)} agree with their amounts`,
          }),
        );
      }
    }
    out.push(...changeRowReports(table, ctx));
    return out;
  },
  // Change rows of a table too small to say which side its earlier periods are on are read as the
  // document's other change rows are: their reports are made again when that reading changes.
  // Their wording counts the filing's agreeing changes too.
  dependsOn: (ctx) => {
    const d = documentReading(ctx.model);
    return d ? `${d.side} ${d.cells} ${d.failing}` : '';
  },
};

/**
 * Change rows (facts/changeRows.ts): each percent under a row of amounts against the change from
 * the amount beside it, on the side the table's (or the document's) change rows agree on. Reported
 * as the change columns are, where at most a quarter of the cells read on that side disagree.
 */
function changeRowReports(table: Table, ctx: CheckContext): Report[] {
  const read = sideOf(table, ctx.model);
  if (!read) return [];
  const { side, own } = read;
  const cells = changeCellsOf(table).filter((c) => c.earlier[side]);
  const failing = cells.filter((c) => !c.earlier[side]!.ok);
  if (failing.length === 0) return [];
  // Where the table decides alone, a quarter of its cells may disagree; read as the document's,
  // its cells are few, and a quarter of the document's.
  const pool = own ? { cells: cells.length, failing: failing.length } : documentReading(ctx.model)!;
  if (pool.failing * 4 > pool.cells) return [];
  const agreeing = pool.cells - pool.failing;
  const out: Report[] = [];
  for (const c of failing) {
    const e = c.earlier[side]!;
    out.push(
      changeReport(table, ctx, {
        row: c.row,
        cell: c.cell,
        later: c.later,
        earlier: e.cell,
        computed: e.computed!,
        negatives: false,
        laterName: periodName(table, c.laterColumn),
        earlierName: periodName(table, e.column),
        amounts: c.amounts,
        agreement: `${agreeing} other changes in ${own ? "the table's" : "the filing's"} change rows agree with their amounts`,
      }),
    );
  }
  return out;
}

/** A printed change and what its two amounts make of it, as either reading (a column or a row) finds it. */
interface ChangeMiss {
  row: Row;
  cell: Cell;
  later: Cell;
  earlier: Cell;
  computed: Decimal;
  /** Both amounts negative: a sign says nothing. */
  negatives: boolean;
  laterName: string;
  earlierName: string;
  /** For a change row, the row of amounts it is of. */
  amounts?: Row;
  /** How many others agree, in words. */
  agreement: string;
}

/**
 * The report on a change its amounts do not give: an error with the fix where a lost sign or one
 * slip explains it, a warning otherwise (the filer may have worked it out on another base).
 */
function changeReport(table: Table, ctx: CheckContext, m: ChangeMiss): Report {
  const printed = bare(m.cell.text);
  const expected = formatLike(m.computed, printed);
  const lostSign = !m.negatives && m.computed.units !== 0n && cmp(m.cell.value!, neg(m.computed)) === 0;
  const slip = lostSign ? null : slipBetween(m.cell.value!, m.computed);
  const why = lostSign ? 'a lost sign' : slip ? SLIP_WORDS[slip] : null;
  return {
    span: m.cell.span,
    table: table.index,
    tentative: why === null,
    message:
      `${printed} in ${rowName(m.row)} is not the change from ${bare(m.earlier.text)} (${m.earlierName}) to ` +
      `${bare(m.later.text)} (${m.laterName})${m.amounts ? ` in ${rowName(m.amounts)}` : ''}: that is ${expected}` +
      `${why ? `, and ${printed} reads like ${why} for it` : ''}; ${m.agreement}`,
    related: [
      { span: m.later.span, message: `${m.laterName}: ${bare(m.later.text)}` },
      { span: m.earlier.span, message: `${m.earlierName}: ${bare(m.earlier.text)}` },
    ],
    fix: why
      ? {
          title: `Change ${printed} to ${expected}`,
          edits: [cellEdit(ctx.model.lines, table, m.cell, expected)],
        }
      : undefined,
  };
}
