/**
 * FL310 holdings-entry: an entry of a Form 13F information table disagrees with itself or with its
 * security's other entries (facts/holdingEntries.ts): its voting authority does not add up to its
 * share amount, where the table's other entries' do (a warning: which figure is wrong is not known);
 * or two entries of one security are valued at prices one slip sets apart, their values swapped or
 * a digit lost or added (an error). Prices that differ otherwise are not reported: a filer may value
 * some entries of a security otherwise (restricted shares, at cost).
 */
import { cmp, format, pow10, quotient, sub, type Decimal } from '../decimal';
import { holdingsSummary } from '../facts/holdingsSummary';
import { mispricedHoldings, votingShort, type HeldEntry } from '../facts/holdingEntries';
import { replaceKeepingRightEdge } from '../fixes/replace';
import type { Span } from '../model';
import type { ModelCheck, Report } from './check';

/** A price a share in dollars, of a value in thousands (as the form has it) over a share amount. */
function perShare(value: Decimal, shares: Decimal): Decimal {
  return quotient({ units: value.units * pow10(3), scale: value.scale }, shares, 2);
}

function price(e: HeldEntry): string {
  return `$${format(perShare(e.value, e.holding.shares))}`;
}

function valueSpan(e: HeldEntry): Span {
  const h = e.holding;
  return { line: e.line, start: h.valueAt, end: h.valueAt + h.valueText.length };
}

/** The issuer's name: the entry line's first cell. */
function issuer(lines: readonly string[], e: HeldEntry): string {
  return lines[e.line].trim().split(/\s{2,}/)[0];
}

function described(e: HeldEntry): string {
  return `${e.holding.valueText} for ${e.holding.sharesText} shares (${price(e)} a share)`;
}

/** A warning on an entry whose voting authority does not add up to its share amount. */
function votingReport(lines: readonly string[], e: HeldEntry, adding: number): Report {
  const v = e.holding.voting!;
  const shares = e.holding.shares;
  const short = cmp(v.sum, shares) < 0;
  return {
    span: { line: e.line, start: v.at, end: v.end },
    tentative: true,
    message:
      `${issuer(lines, e)} (CUSIP ${e.holding.cusip}): its voting authority adds up to ${format(v.sum)}, ` +
      `${format(short ? sub(shares, v.sum) : sub(v.sum, shares))} ${short ? 'short of' : 'more than'} its ` +
      `${e.holding.sharesText} shares (the voting authority of ${adding} other entries adds up to their shares)`,
    related: [
      {
        span: { line: e.line, start: e.holding.sharesAt, end: e.holding.sharesAt + e.holding.sharesText.length },
        message: `shares or principal amount ${e.holding.sharesText}`,
      },
    ],
  };
}

export const holdingsEntry: ModelCheck = {
  code: 'FL310',
  name: 'holdings-entry',
  description:
    "A Form 13F entry's voting authority does not add up to its shares, or two entries of one security are valued at prices one slip sets apart.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const summary = holdingsSummary(ctx.model);
    if (!summary) return [];
    const { lines } = ctx.model;
    const out: Report[] = [];
    const { short, adding } = votingShort(summary);
    for (const e of short) out.push(votingReport(lines, e, adding));
    for (const m of mispricedHoldings(summary)) {
      if (m.kind === 'swapped') {
        const { first, second } = m;
        const name = issuer(lines, first);
        const swappedPrice = `$${format(perShare(second.value, first.holding.shares))}`;
        out.push({
          span: valueSpan(first),
          message:
            `${name} (CUSIP ${first.holding.cusip}) is valued at ${described(first)} here and ` +
            `${described(second)} on line ${second.line + 1}: with the two values swapped, both entries ` +
            `are ${swappedPrice} a share`,
          related: [{ span: valueSpan(second), message: `the other entry of ${name}: ${described(second)}` }],
          fix: {
            title: `Swap ${first.holding.valueText} and ${second.holding.valueText}`,
            edits: [
              // Entries are read from fixed-width lines (facts/holdingsSummary.ts), never from HTML cells.
              replaceKeepingRightEdge(lines[first.line], valueSpan(first), second.holding.valueText, false),
              replaceKeepingRightEdge(lines[second.line], valueSpan(second), first.holding.valueText, false),
            ],
          },
        });
        continue;
      }
      const { entry, others, tenfold } = m;
      const name = issuer(lines, entry);
      const prices = others.map((o) => perShare(o.value, o.holding.shares)).sort(cmp);
      const [low, high] = [format(prices[0]), format(prices[prices.length - 1])];
      const range = low === high ? `$${low}` : `$${low} to $${high}`;
      out.push({
        span: valueSpan(entry),
        message:
          `${name} (CUSIP ${entry.holding.cusip}) is valued at ${described(entry)}, ` +
          `${tenfold ? 'a tenth of' : 'ten times'} the ${range} of its ${others.length} other entries: ` +
          (tenfold
            ? 'a digit lost from the value, or one too many in the shares'
            : 'a digit too many in the value, or one lost from the shares'),
        related: others.map((o) => ({ span: valueSpan(o), message: `another entry of ${name}: ${described(o)}` })),
      });
    }
    return out;
  },
};
