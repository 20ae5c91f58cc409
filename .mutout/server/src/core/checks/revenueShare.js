"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revenueShare = void 0;
/**
 * FL314 revenue-share: a discussion's share of revenues (`General and administrative expenses as a
 * percentage of revenues  7.4%`) is not its figure's share of the income statement's revenues for
 * the period, to the places printed (facts/revenueShares.ts).
 *
 * Reported only where the reading is confirmed and the difference is a misprint's: another share of
 * the document agrees with the same statement (its revenues line, unit and periods are read right),
 * and the printed share is one unit of its last place off the share of the printed figures (rounded
 * the wrong way) or one slip from it. A larger difference says the share is of another base (a
 * segment's revenues, revenues restated) and is passed over.
 */
const decimal_1 = require("../decimal");
const revenueShares_1 = require("../facts/revenueShares");
const slips_1 = require("../facts/slips");
const statements_1 = require("../facts/statements");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
exports.revenueShare = {
    code: 'FL314',
    name: 'revenue-share',
    description: "A share of revenues a table prints under a figure is not that figure's share of the income statement's revenues for the period, to its shown decimals.",
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const shares = (0, revenueShares_1.revenueShares)(ctx.model);
        const out = [];
        for (const s of shares) {
            if (s.ok)
                continue;
            const agreeing = s.layout === 'table'
                ? agreeingInTable(shares, s)
                : shares.find((o) => o.ok && o.revenueTable === s.revenueTable);
            if (!agreeing)
                continue;
            const printed = (0, decimal_1.abs)(s.cell.value);
            const off = (0, decimal_1.abs)((0, decimal_1.sub)(printed, s.computed));
            const rounding = (0, decimal_1.cmp)(off, (0, decimal_1.decimal)(1n, printed.scale)) <= 0;
            // A share of nothing is no slip's: the figures are read in other units.
            const slip = rounding || s.computed.units === 0n ? null : (0, slips_1.slipApart)(printed, s.computed);
            if (!rounding && !slip)
                continue;
            out.push(report(ctx.model.lines, s, agreeing, slip ? slips_1.SLIP_WORDS[slip] : null));
        }
        return out;
    },
};
/**
 * For a table of shares alone, the reading is its own to confirm: its rows were tied to the
 * statement's lines by their words, so most of its shares against that statement must agree (two at
 * least), as a segment's shares or a restated year's would not. The agreeing share named is one of
 * the same column where there is one.
 */
function agreeingInTable(shares, s) {
    const same = shares.filter((o) => o.table === s.table && o.revenueTable === s.revenueTable);
    const ok = same.filter((o) => o.ok);
    if (ok.length < 2 || ok.length < 2 * (same.length - ok.length))
        return undefined;
    return ok.find((o) => o.column === s.column) ?? ok[0];
}
function report(lines, s, agreeing, slip) {
    const text = (0, describe_1.bare)(s.cell.text).replace(/%$/, '').trim();
    const value = s.cell.value.units < 0n ? (0, decimal_1.neg)(s.computed) : s.computed;
    const intended = (0, decimal_1.formatLike)(value, text);
    const statement = s.revenueTable.title.trim();
    const revenue = (0, describe_1.bare)(s.revenue.text);
    const figure = (0, describe_1.bare)(s.figure.text);
    const places = s.computed.scale === 0
        ? 'a whole percent'
        : s.computed.scale === 1
            ? 'one decimal'
            : `${s.computed.scale} decimals`;
    const why = slip ? `${text} reads like ${slip} for ${intended}` : `${intended} to ${places}`;
    return {
        span: s.cell.span,
        table: s.table.index,
        message: `${s.label} for ${s.column.header.trim()} is ${text}%, but ${(0, statements_1.printedLabel)(s.figureRow.label)} ` +
            `${figure} is ${(0, decimal_1.format)(s.finer)}% of revenues ${revenue} (${statement}): ${why}; ` +
            `${agreeing.label} agrees with the same statement`,
        related: [
            { span: s.figure.span, message: `${(0, statements_1.printedLabel)(s.figureRow.label)}: ${figure}` },
            { span: s.revenue.span, message: `${statement}: revenues ${revenue}` },
            { span: agreeing.cell.span, message: `${agreeing.label}: ${(0, describe_1.bare)(agreeing.cell.text)} agrees` },
        ],
        fix: (0, replace_1.changeFigure)(lines, s.cell.span, intended, s.table.source === 'html', `Change ${text} to ${intended}`),
    };
}
//# sourceMappingURL=revenueShare.js.map