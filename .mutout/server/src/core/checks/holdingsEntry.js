"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.holdingsEntry = void 0;
/**
 * FL310 holdings-entry: an entry of a Form 13F information table disagrees with itself or with its
 * security's other entries (facts/holdingEntries.ts): its voting authority does not add up to its
 * share amount, where the table's other entries' do (a warning: which figure is wrong is not known);
 * or two entries of one security are valued at prices one slip sets apart, their values swapped or
 * a digit lost or added (an error). Prices that differ otherwise are not reported: a filer may value
 * some entries of a security otherwise (restricted shares, at cost).
 */
const decimal_1 = require("../decimal");
const holdingsSummary_1 = require("../facts/holdingsSummary");
const holdingEntries_1 = require("../facts/holdingEntries");
const replace_1 = require("../fixes/replace");
/** A price a share in dollars, of a value in thousands (as the form has it) over a share amount. */
function perShare(value, shares) {
    return (0, decimal_1.quotient)({ units: value.units * (0, decimal_1.pow10)(3), scale: value.scale }, shares, 2);
}
function price(e) {
    return `$${(0, decimal_1.format)(perShare(e.value, e.holding.shares))}`;
}
function valueSpan(e) {
    const h = e.holding;
    return { line: e.line, start: h.valueAt, end: h.valueAt + h.valueText.length };
}
/** The issuer's name: the entry line's first cell. */
function issuer(lines, e) {
    return lines[e.line].trim().split(/\s{2,}/)[0];
}
function described(e) {
    return `${e.holding.valueText} for ${e.holding.sharesText} shares (${price(e)} a share)`;
}
/** A warning on an entry whose voting authority does not add up to its share amount. */
function votingReport(lines, e, adding) {
    const v = e.holding.voting;
    const shares = e.holding.shares;
    const short = (0, decimal_1.cmp)(v.sum, shares) < 0;
    return {
        span: { line: e.line, start: v.at, end: v.end },
        tentative: true,
        message: `${issuer(lines, e)} (CUSIP ${e.holding.cusip}): its voting authority adds up to ${(0, decimal_1.format)(v.sum)}, ` +
            `${(0, decimal_1.format)(short ? (0, decimal_1.sub)(shares, v.sum) : (0, decimal_1.sub)(v.sum, shares))} ${short ? 'short of' : 'more than'} its ` +
            `${e.holding.sharesText} shares (the voting authority of ${adding} other entries adds up to their shares)`,
        related: [
            {
                span: { line: e.line, start: e.holding.sharesAt, end: e.holding.sharesAt + e.holding.sharesText.length },
                message: `shares or principal amount ${e.holding.sharesText}`,
            },
        ],
    };
}
exports.holdingsEntry = {
    code: 'FL310',
    name: 'holdings-entry',
    description: "A Form 13F entry's voting authority does not add up to its shares, or two entries of one security are valued at prices one slip sets apart.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const summary = (0, holdingsSummary_1.holdingsSummary)(ctx.model);
        if (!summary)
            return [];
        const { lines } = ctx.model;
        const out = [];
        const { short, adding } = (0, holdingEntries_1.votingShort)(summary);
        for (const e of short)
            out.push(votingReport(lines, e, adding));
        for (const m of (0, holdingEntries_1.mispricedHoldings)(summary)) {
            if (m.kind === 'swapped') {
                const { first, second } = m;
                const name = issuer(lines, first);
                const swappedPrice = `$${(0, decimal_1.format)(perShare(second.value, first.holding.shares))}`;
                out.push({
                    span: valueSpan(first),
                    message: `${name} (CUSIP ${first.holding.cusip}) is valued at ${described(first)} here and ` +
                        `${described(second)} on line ${second.line + 1}: with the two values swapped, both entries ` +
                        `are ${swappedPrice} a share`,
                    related: [{ span: valueSpan(second), message: `the other entry of ${name}: ${described(second)}` }],
                    fix: {
                        title: `Swap ${first.holding.valueText} and ${second.holding.valueText}`,
                        edits: [
                            // Entries are read from fixed-width lines (facts/holdingsSummary.ts), never from HTML cells.
                            (0, replace_1.replaceKeepingRightEdge)(lines[first.line], valueSpan(first), second.holding.valueText, false),
                            (0, replace_1.replaceKeepingRightEdge)(lines[second.line], valueSpan(second), first.holding.valueText, false),
                        ],
                    },
                });
                continue;
            }
            const { entry, others, tenfold } = m;
            const name = issuer(lines, entry);
            const prices = others.map((o) => perShare(o.value, o.holding.shares)).sort(decimal_1.cmp);
            const [low, high] = [(0, decimal_1.format)(prices[0]), (0, decimal_1.format)(prices[prices.length - 1])];
            const range = low === high ? `$${low}` : `$${low} to $${high}`;
            out.push({
                span: valueSpan(entry),
                message: `${name} (CUSIP ${entry.holding.cusip}) is valued at ${described(entry)}, ` +
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
//# sourceMappingURL=holdingsEntry.js.map