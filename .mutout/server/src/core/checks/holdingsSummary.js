"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.holdingsSummaryCheck = void 0;
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
 * row of the table may be printed so that it is not read as one. Page totals printed among the
 * entries are compared with their pages' entries in the same way.
 */
const decimal_1 = require("../decimal");
const holdingsSummary_1 = require("../facts/holdingsSummary");
const footings_1 = require("../facts/footings");
const slips_1 = require("../facts/slips");
const replace_1 = require("../fixes/replace");
/**
 * The value a stated total was meant to read where one slip explains it: the entries' sum, or a unit
 * either side, as footing takes it (not the whole allowance, where a slip's shape turns up by chance).
 */
function slipNear(stated, sum, allowance) {
    for (const intended of (0, footings_1.meantValues)(sum, allowance, stated.scale)) {
        const slip = (0, slips_1.slipBetween)(stated, intended);
        if (slip)
            return { intended, slip };
    }
    return undefined;
}
/** How far rounding `n` entries' values to their thousands lets their sum stray: half a thousand each. */
function roundingOf(n) {
    return (0, decimal_1.decimal)(BigInt(n) * 5n, 1);
}
/** Half a unit for each of `n` entries, as a figure: `17`, `17.5`. */
function halfPer(n) {
    return n % 2 === 0 ? String(n / 2) : `${(n - 1) / 2}.5`;
}
/**
 * The fix writing what a stated total was meant to read over its figure (`printed`, without its
 * `$`), what stands before the figure kept: the figures of a summary page and of page totals are read
 * from fixed-width lines. `shown` is the figure as the fix's title names it.
 */
function totalFix(lines, span, printed, expected, shown = printed) {
    return {
        title: `Change ${shown} to ${expected}`,
        edits: [(0, replace_1.replaceKeepingRightEdge)(lines[span.line], { ...span, start: span.end - printed.length }, expected, false)],
    };
}
/** A line's text without its indentation and trailing blanks. */
function lineSpan(lines, line) {
    const text = lines[line];
    const start = text.length - text.trimStart().length;
    return { line, start, end: text.trimEnd().length };
}
/** The first and last entries read, shown beside a finding on the summary. */
function entriesRead(s, lines) {
    const out = [];
    if (s.firstEntry !== undefined)
        out.push({ span: lineSpan(lines, s.firstEntry), message: 'the first entry read' });
    if (s.lastEntry !== undefined && s.lastEntry !== s.firstEntry) {
        out.push({ span: lineSpan(lines, s.lastEntry), message: `the last entry read (${s.count} in all)` });
    }
    return out;
}
exports.holdingsSummaryCheck = {
    code: 'FL307',
    name: 'holdings-summary',
    description: "A Form 13F report summary's entry total or value total differs from the information table's entries, or a page total from its page's entries.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const s = (0, holdingsSummary_1.holdingsSummary)(ctx.model);
        if (!s)
            return [];
        return [...summaryReports(s, ctx.model.lines), ...pageTotalReports(s, ctx.model.lines)];
    },
};
/** The summary's entry total and value total against the entries. */
function summaryReports(s, lines) {
    const out = [];
    const where = s.firstEntry !== undefined ? ` (lines ${s.firstEntry + 1} to ${(s.lastEntry ?? s.firstEntry) + 1})` : '';
    if (s.entries) {
        const stated = s.entries.value;
        if ((0, decimal_1.cmp)(stated, (0, decimal_1.decimal)(BigInt(s.count), 0)) !== 0) {
            out.push({
                span: s.entries.span,
                tentative: true,
                message: `the summary states ${(0, decimal_1.format)(stated)} entries, but the information table below lists ${s.count}${where}`,
                related: entriesRead(s, lines),
            });
            return out;
        }
    }
    if (!s.value)
        return out;
    const stated = s.value.value;
    // Half a thousand per row, in thousands; the same in dollars where the total is written in dollars.
    const inThousands = (0, decimal_1.abs)((0, decimal_1.sub)(stated, s.sum));
    const allowance = roundingOf(s.count);
    if ((0, decimal_1.cmp)(inThousands, allowance) <= 0)
        return out;
    const inDollars = (0, decimal_1.abs)((0, decimal_1.sub)(stated, (0, decimal_1.decimal)(s.sum.units * 1000n, s.sum.scale)));
    if ((0, decimal_1.cmp)(inDollars, (0, decimal_1.decimal)(BigInt(s.count) * 500n, 0)) <= 0)
        return out;
    const written = lines[s.value.span.line].slice(s.value.span.start, s.value.span.end);
    const near = slipNear(stated, s.sum, allowance);
    const slip = near?.slip;
    const expected = near ? (0, decimal_1.formatLike)(near.intended, written.replace(/^\$\s*/, '')) : '';
    out.push({
        span: s.value.span,
        tentative: slip ? undefined : true,
        message: `the summary states a value total of ${written.trim()} (x$1000), but the ${s.count} entries below add up ` +
            `to ${(0, decimal_1.format)(s.sum)}${where}` +
            (slip ? `: ${written.trim()} reads like ${slips_1.SLIP_WORDS[slip]} for ${expected}` : ''),
        related: entriesRead(s, lines),
        fix: slip ? totalFix(lines, s.value.span, written.replace(/^\$\s*/, ''), expected, written.trim()) : undefined,
    });
    return out;
}
/**
 * Page totals that miss their page's entries by more than rounding allows (half a thousand per
 * entry), where at least two other page totals agree with theirs and two thirds of all do: the
 * pages are then read as the report adds them. A difference one slip in the total explains is an
 * error with its fix; any other one severity lower, as an entry may be the wrong figure.
 */
function pageTotalReports(s, lines) {
    const read = (0, holdingsSummary_1.pageTotalsRead)(s);
    const allowanceOf = (p) => roundingOf(p.entries.length);
    const missing = read.filter((p) => (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(p.total.value, p.sum)), allowanceOf(p)) > 0);
    const agreeing = read.length - missing.length;
    if (missing.length === 0 || agreeing < 2 || agreeing * 3 < read.length * 2)
        return [];
    return missing.map((p) => {
        const written = lines[p.total.span.line].slice(p.total.span.start, p.total.span.end);
        const printed = written.replace(/^\$\s*/, '');
        const near = slipNear(p.total.value, p.sum, allowanceOf(p));
        const slip = near?.slip;
        const expected = near ? (0, decimal_1.formatLike)(near.intended, printed) : '';
        const first = p.entries[0].line;
        const last = p.entries[p.entries.length - 1].line;
        return {
            span: p.total.span,
            tentative: slip ? undefined : true,
            message: `the page total ${printed} is not the sum of the page's ${p.entries.length} entries above it, ` +
                `${(0, decimal_1.format)(p.sum)} (lines ${first + 1} to ${last + 1}; difference ${(0, decimal_1.format)((0, decimal_1.abs)((0, decimal_1.sub)(p.total.value, p.sum)))}, ` +
                `rounding each entry to its thousand allows ${halfPer(p.entries.length)})` +
                (slip ? `: ${printed} reads like ${slips_1.SLIP_WORDS[slip]} for ${expected}` : '') +
                `; ${agreeing} other page totals agree with their entries`,
            related: [
                { span: lineSpan(lines, first), message: "the page's first entry" },
                { span: lineSpan(lines, last), message: "the page's last entry" },
            ],
            fix: slip ? totalFix(lines, p.total.span, printed, expected) : undefined,
        };
    });
}
//# sourceMappingURL=holdingsSummary.js.map