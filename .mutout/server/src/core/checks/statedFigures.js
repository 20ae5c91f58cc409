"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statedFigures = void 0;
/**
 * FL302 stated-figure: a footnote states a figure the table determines ("weighted average mortgage
 * rate ... approximately 6.973%", "average ... principal balance ... approximately $407,075"), and
 * the table gives another. Range buckets bound a weighted average: a figure outside the bound is wrong.
 */
const decimal_1 = require("../decimal");
const summaries_1 = require("../summaries");
exports.statedFigures = {
    code: 'FL302',
    name: 'stated-figure',
    description: "A footnote's stated figure (weighted average, average balance, total) disagrees with what its table gives.",
    defaultSeverity: 'warning',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        if (table.footnotes.length === 0)
            return out;
        const summary = (0, summaries_1.summarizeTable)(table);
        for (const c of summary.stated) {
            if (c.agrees !== false)
                continue;
            const f = c.figure.footnote;
            // Find the figure's text in the footnote's lines for an exact range.
            let span = { line: f.startLine, start: 0, end: ctx.model.lines[f.startLine].length };
            const needle = c.figure.text.replace(/\s+/g, ' ');
            for (let l = f.startLine; l <= f.endLine; l++) {
                const at = ctx.model.lines[l].replace(/\s/g, ' ').indexOf(needle);
                if (at >= 0) {
                    span = { line: l, start: at, end: at + needle.length };
                    break;
                }
            }
            const computed = c.interval
                ? `the table's buckets put it between ${(0, decimal_1.format)(c.interval.low)} and ` +
                    (c.interval.high ? (0, decimal_1.format)(c.interval.high) : 'no upper bound')
                : `the table gives ${c.figure.text.startsWith('$') ? '$' : ''}${(0, decimal_1.formatLike)(c.computed, c.figure.text.replace(/^\$\s*/, ''))}`;
            const related = table.titleLine >= 0
                ? [
                    {
                        span: { line: table.titleLine, start: 0, end: ctx.model.lines[table.titleLine].length },
                        message: `table "${table.title}"`,
                    },
                ]
                : [];
            out.push({
                span,
                table: table.index,
                message: `Footnote ${f.marker} states the ${c.figure.subject} as ${c.figure.text}; ${computed}`,
                related,
            });
        }
        return out;
    },
};
//# sourceMappingURL=statedFigures.js.map