/**
 * FL309 pool-summary: a prospectus's summary of its pool (`Composition of the Receivables`) states
 * an average principal balance or a weighted average that the pool's own tables do not give
 * (summaries/poolSummary.ts). The average is the pool's agreed balance over its agreed count; a
 * weighted average is the stratification table's by the same subject, exact over numeric labels,
 * or an interval over range buckets, which the stated figure must lie in.
 */
import { format, formatLike } from '../decimal';
import { changeFigure } from '../fixes/replace';
import { poolSummaryComparisons } from '../summaries/poolSummary';
import type { ModelCheck, Report } from './check';

export const poolSummary: ModelCheck = {
  code: 'FL309',
  name: 'pool-summary',
  description: "A pool summary's average principal balance or weighted average is not what the pool's tables give.",
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    const { lines } = ctx.model;
    for (const c of poolSummaryComparisons(ctx.model)) {
      if (c.agrees) continue;
      const { figure } = c;
      const written = figure.text.replace(/^\$\s*/, '');
      const dollar = figure.text.startsWith('$') ? '$' : '';
      const expected = formatLike(c.computed, written);
      const name = `"${figure.label}"`;
      let message: string;
      let related: Report['related'];
      if (c.over) {
        const { balance, count } = c.over;
        const whose = c.source ? "its column's" : "the pool's";
        message =
          `${name} ${figure.text} is not ${whose} balance over its count: ` +
          `${balance.text.trim()} / ${count.text.trim()} = ${dollar}${expected}`;
        const of = c.source ? 'the balance and count of its column' : "the pool's total";
        related = [balance, count].map((cell) => ({ span: cell.span, message: `${of}: ${cell.text.trim()}` }));
      } else {
        const source = `"${c.source!.title}"`;
        message = c.interval
          ? `${name} ${figure.text} is outside what ${source} allows: its buckets put the weighted average ` +
            `between ${format(c.interval.low)} and ${c.interval.high ? format(c.interval.high) : 'no upper bound'}`
          : `${name} ${figure.text} is not the weighted average of ${source}: ${dollar}${expected}`;
        related =
          c.source!.titleLine >= 0
            ? [
                {
                  span: { line: c.source!.titleLine, start: 0, end: lines[c.source!.titleLine].length },
                  message: source,
                },
              ]
            : [];
      }
      const exact = !c.interval;
      out.push({
        span: figure.span,
        table: figure.table.index,
        message,
        related,
        ...(exact && figure.cell
          ? {
              fix: changeFigure(
                lines,
                figure.cell.span,
                expected,
                figure.table.source === 'html',
                `Change ${written} to ${expected}`,
              ),
            }
          : {}),
      });
    }
    return out;
  },
};
