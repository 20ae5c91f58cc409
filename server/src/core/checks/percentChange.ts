/**
 * FL107 percent-change: a row's percent change is not the change between the two amounts it compares
 * (facts/percentChanges.ts), where the column's other rows confirm how it is read. A lost sign or a
 * slip in one digit is an error with its fix; any other difference a warning, as the filer may have
 * worked the change out on another base (a restated year).
 */
import { neg, cmp, formatLike } from '../decimal';
import { percentChanges } from '../facts/percentChanges';
import { SLIP_WORDS, slipBetween } from '../facts/slips';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { CheckContext, Report, TableCheck } from './check';
import type { Table } from '../model';
import { changeCellsOf, documentSide, sideOf, type ChangeCell, type Side } from '../facts/changeRows';
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
        const printed = bare(r.cell.text);
        const expected = formatLike(r.computed, printed);
        const lostSign = !r.negatives && r.computed.units !== 0n && cmp(r.cell.value!, neg(r.computed)) === 0;
        const slip = lostSign ? null : slipBetween(r.cell.value!, r.computed);
        const why = lostSign ? 'a lost sign' : slip ? SLIP_WORDS[slip] : null;
        out.push({
          span: r.cell.span,
          table: table.index,
          tentative: why === null,
          message:
            `${printed} in ${rowName(r.row)} is not the change from ${bare(r.earlier.text)} ` +
            `(${earlier}) to ${bare(r.later.text)} (${later}): ` +
            `that is ${expected}${why ? `, and ${printed} reads like ${why} for it` : ''}; ` +
            `${agreeing} other rows of ${columnName(table, change.column)} agree with their amounts`,
          related: [
            { span: r.later.span, message: `${later}: ${bare(r.later.text)}` },
            { span: r.earlier.span, message: `${earlier}: ${bare(r.earlier.text)}` },
          ],
          fix: why
            ? {
                title: `Change ${printed} to ${expected}`,
                edits: [replaceKeepingRightEdge(ctx.model.lines[r.cell.span.line], r.cell.span, expected)],
              }
            : undefined,
        });
      }
    }
    out.push(...changeRowReports(table, ctx));
    return out;
  },
  // Change rows of a table too small to say which side its earlier periods are on are read as the
  // document's other change rows are: their reports are made again when that reading changes.
  dependsOn: (ctx) => documentSide(ctx.model) ?? '',
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
  const pool = own ? cells : documentCells(ctx, side);
  const poolFailing = pool.filter((c) => !c.earlier[side]!.ok).length;
  if (poolFailing * 4 > pool.length) return [];
  const agreeing = pool.length - poolFailing;
  const out: Report[] = [];
  for (const c of failing) {
    const e = c.earlier[side]!;
    const printed = bare(c.cell.text);
    const computed = e.computed!;
    const expected = formatLike(computed, printed);
    const lostSign = computed.units !== 0n && cmp(c.cell.value!, neg(computed)) === 0;
    const slip = lostSign ? null : slipBetween(c.cell.value!, computed);
    const why = lostSign ? 'a lost sign' : slip ? SLIP_WORDS[slip] : null;
    const later = periodName(table, c.laterColumn);
    const earlier = periodName(table, e.column);
    out.push({
      span: c.cell.span,
      table: table.index,
      tentative: why === null,
      message:
        `${printed} in ${rowName(c.row)} is not the change from ${bare(e.cell.text)} (${earlier}) to ` +
        `${bare(c.later.text)} (${later}) in ${rowName(c.amounts)}: that is ${expected}` +
        `${why ? `, and ${printed} reads like ${why} for it` : ''}; ${agreeing} other changes in ` +
        `${own ? "the table's" : "the filing's"} change rows agree with their amounts`,
      related: [
        { span: c.later.span, message: `${later}: ${bare(c.later.text)}` },
        { span: e.cell.span, message: `${earlier}: ${bare(e.cell.text)}` },
      ],
      fix: why
        ? {
            title: `Change ${printed} to ${expected}`,
            edits: [replaceKeepingRightEdge(ctx.model.lines[c.cell.span.line], c.cell.span, expected)],
          }
        : undefined,
    });
  }
  return out;
}

/** The change-row cells of the whole filing that have an earlier amount on `side`. */
function documentCells(ctx: CheckContext, side: Side): ChangeCell[] {
  return ctx.model.tables.flatMap((t) => changeCellsOf(t).filter((c) => c.earlier[side]));
}
