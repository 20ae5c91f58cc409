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
import type { Report, TableCheck } from './check';
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
    return out;
  },
};
