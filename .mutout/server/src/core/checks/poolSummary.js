"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.poolSummary = void 0;
/**
 * FL309 pool-summary: a prospectus's summary of its pool (`Composition of the Receivables`) states
 * an average principal balance or a weighted average that the pool's own tables do not give
 * (summaries/poolSummary.ts). The average is the pool's agreed balance over its agreed count; a
 * weighted average is the stratification table's by the same subject, exact over numeric labels,
 * or an interval over range buckets, which the stated figure must lie in.
 */
const decimal_1 = require("../decimal");
const replace_1 = require("../fixes/replace");
const poolSummary_1 = require("../summaries/poolSummary");
exports.poolSummary = {
    code: 'FL309',
    name: 'pool-summary',
    description: "A pool summary's average principal balance or weighted average is not what the pool's tables give.",
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const out = [];
        const { lines } = ctx.model;
        for (const c of (0, poolSummary_1.poolSummaryComparisons)(ctx.model)) {
            if (c.agrees)
                continue;
            const { figure } = c;
            const written = figure.text.replace(/^\$\s*/, '');
            const dollar = figure.text.startsWith('$') ? '$' : '';
            const expected = (0, decimal_1.formatLike)(c.computed, written);
            const name = `"${figure.label}"`;
            let message;
            let related;
            if (c.over) {
                const { balance, count } = c.over;
                const whose = c.source ? "its column's" : "the pool's";
                message =
                    `${name} ${figure.text} is not ${whose} balance over its count: ` +
                        `${balance.text.trim()} / ${count.text.trim()} = ${dollar}${expected}`;
                const of = c.source ? 'the balance and count of its column' : "the pool's total";
                related = [balance, count].map((cell) => ({ span: cell.span, message: `${of}: ${cell.text.trim()}` }));
            }
            else {
                const source = `"${c.source.title}"`;
                message = c.interval
                    ? `${name} ${figure.text} is outside what ${source} allows: its buckets put the weighted average ` +
                        `between ${(0, decimal_1.format)(c.interval.low)} and ${c.interval.high ? (0, decimal_1.format)(c.interval.high) : 'no upper bound'}`
                    : `${name} ${figure.text} is not the weighted average of ${source}: ${dollar}${expected}`;
                related =
                    c.source.titleLine >= 0
                        ? [
                            {
                                span: { line: c.source.titleLine, start: 0, end: lines[c.source.titleLine].length },
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
                        fix: (0, replace_1.changeFigure)(lines, figure.cell.span, expected, figure.table.source === 'html', `Change ${written} to ${expected}`),
                    }
                    : {}),
            });
        }
        return out;
    },
};
//# sourceMappingURL=poolSummary.js.map