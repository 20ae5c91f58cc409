/**
 * FL307 holdings-summary: a Form 13F report's summary page states its information table's entry total
 * and value total (facts/holdingsSummary.ts); the entries listed below it must number and add up to
 * them. The value total is in thousands of dollars, as the table's values are (or in dollars, which
 * some filers write); each row's value is rounded to its thousand, so the sum may miss the stated
 * total by half a thousand per row.
 *
 * The value total is compared only where the entries number what the summary says (every entry was
 * read): a difference is then an error where one slip in the stated total explains it (with its fix),
 * one severity lower otherwise. An entry count that differs is reported one severity lower too: a
 * row of the table may be printed so that it is not read as one.
 */
import { abs, cmp, decimal, format, formatLike, sub } from '../decimal';
import { holdingsSummary, type HoldingsSummary } from '../facts/holdingsSummary';
import type { Span } from '../model';
import { meantValues } from '../facts/footings';
import { slipBetween, SLIP_WORDS } from '../facts/slips';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { ModelCheck, Report } from './check';

/** The first and last entries read, shown beside a finding on the summary. */
function entriesRead(s: HoldingsSummary, lines: readonly string[]): { span: Span; message: string }[] {
  const lineSpan = (line: number): Span => {
    const text = lines[line];
    const start = text.length - text.trimStart().length;
    return { line, start, end: text.trimEnd().length };
  };
  const out = [];
  if (s.firstEntry !== undefined) out.push({ span: lineSpan(s.firstEntry), message: 'the first entry read' });
  if (s.lastEntry !== undefined && s.lastEntry !== s.firstEntry) {
    out.push({ span: lineSpan(s.lastEntry), message: `the last entry read (${s.count} in all)` });
  }
  return out;
}

export const holdingsSummaryCheck: ModelCheck = {
  code: 'FL307',
  name: 'holdings-summary',
  description: "A Form 13F report summary's entry total or value total differs from the information table's entries.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    const s = holdingsSummary(ctx.model);
    if (!s) return out;
    const where =
      s.firstEntry !== undefined ? ` (lines ${s.firstEntry + 1} to ${(s.lastEntry ?? s.firstEntry) + 1})` : '';
    const { lines } = ctx.model;
    if (s.entries) {
      const stated = s.entries.value;
      if (cmp(stated, decimal(BigInt(s.count), 0)) !== 0) {
        out.push({
          span: s.entries.span,
          tentative: true,
          message: `the summary states ${format(stated)} entries, but the information table below lists ${s.count}${where}`,
          related: entriesRead(s, lines),
        });
        return out;
      }
    }
    if (!s.value) return out;
    const stated = s.value.value;
    // Half a thousand per row, in thousands; the same in dollars where the total is written in dollars.
    const inThousands = abs(sub(stated, s.sum));
    const allowance = decimal(BigInt(s.count) * 5n, 1);
    if (cmp(inThousands, allowance) <= 0) return out;
    const inDollars = abs(sub(stated, decimal(s.sum.units * 1000n, s.sum.scale)));
    if (cmp(inDollars, decimal(BigInt(s.count) * 500n, 0)) <= 0) return out;
    const written = lines[s.value.span.line].slice(s.value.span.start, s.value.span.end);
    // The stated total one slip from what the total was meant to read (the sum, or a unit either side,
    // as footing takes it: not the whole allowance, where a slip's shape turns up by chance).
    const near = meantValues(s.sum, allowance, stated.scale)
      .map((m) => ({ intended: m, slip: slipBetween(stated, m) }))
      .find((m) => m.slip);
    const slip = near?.slip ?? undefined;
    const expected = near ? formatLike(near.intended, written.replace(/^\$\s*/, '')) : '';
    out.push({
      span: s.value.span,
      tentative: slip ? undefined : true,
      message:
        `the summary states a value total of ${written.trim()} (x$1000), but the ${s.count} entries below add up ` +
        `to ${format(s.sum)}${where}` +
        (slip ? `: ${written.trim()} reads like ${SLIP_WORDS[slip]} for ${expected}` : ''),
      related: entriesRead(s, lines),
      fix: slip
        ? {
            title: `Change ${written.trim()} to ${expected}`,
            edits: [
              replaceKeepingRightEdge(
                lines[s.value.span.line],
                {
                  ...s.value.span,
                  start: s.value.span.end - written.replace(/^\$\s*/, '').length,
                },
                expected,
                false, // the summary page's figures are read from fixed-width lines
              ),
            ],
          }
        : undefined,
    });
    return out;
  },
};
