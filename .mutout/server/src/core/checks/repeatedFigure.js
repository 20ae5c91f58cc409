"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.repeatedFigure = void 0;
/**
 * FL305 repeated-figure: a figure that a table repeating another's states differently, by one slip
 * (facts/repeatedFigures.ts). Two tables repeat each other where they state several figures under the
 * same row label, for the same period and in the same unit, alike; a difference between them on one
 * more is one of the two printed wrong. The figure fewer tables state is reported; with no majority,
 * the one whose column does not foot with it; failing that, the later one, saying that nothing tells
 * which is right (and offering no fix). The other figure is related information; the fix makes the two agree.
 * Two neighbouring rows' figures exchanged between the tables are one finding (swapReport). A row
 * another table words differently (`Deferred income taxes`, `Total deferred benefit`) is the same line
 * where the two state two periods alike (facts/echoedRows.ts); a third one slip apart is reported so.
 */
const decimal_1 = require("../decimal");
const slips_1 = require("../facts/slips");
const echoedRows_1 = require("../facts/echoedRows");
const repeatedFigures_1 = require("../facts/repeatedFigures");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
exports.repeatedFigure = {
    code: 'FL305',
    name: 'repeated-figure',
    description: "A figure differs by one slip from the same figure (row label, period, unit) in a table that states its other figures alike, or from a row another table words differently whose other periods it states alike, or two rows' figures are swapped between such tables.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        const reported = new Set();
        for (const r of [...(0, repeatedFigures_1.repeatedFigures)(ctx.model), ...(0, echoedRows_1.echoedRows)(ctx.model)]) {
            if (reported.has(r.cell))
                continue;
            reported.add(r.cell);
            const title = r.otherTable.untitled
                ? `the table at line ${r.otherTable.startLine + 1}`
                : r.otherTable.title.trim();
            if (r.swap) {
                out.push(swapReport(ctx.model.lines, r, r.swap, title));
                continue;
            }
            const printed = (0, describe_1.bare)(r.cell.text);
            const other = (0, describe_1.bare)(r.other.text);
            // To this figure's places, unless the other has fewer: then as the other prints it.
            const expected = r.other.value.scale < r.cell.value.scale ? other : (0, decimal_1.formatLike)(r.other.value, printed);
            const stated = r.echo
                ? `${r.label} for ${r.period} is ${printed} here but ${other} in ${title} as "${r.echo.label}", whose ` +
                    `figures for ${r.echo.periods.join(' and ')} are this row's`
                : `${r.label} for ${r.period} is ${printed} here but ${other} in ${title}, which states ${r.agreeing} ` +
                    `other figures of this table alike`;
            const why = r.why === 'majority'
                ? `, and ${r.alsoStating + 1} tables in all state ${other}: ${printed} reads like ${slips_1.SLIP_WORDS[r.slip]} for ${expected}`
                : r.why === 'footing'
                    ? `; its column foots with ${expected}, not with ${printed}, and the other's with its own: ${printed} reads like ${slips_1.SLIP_WORDS[r.slip]} for ${expected}`
                    : `: ${printed} and ${other} differ by ${slips_1.SLIP_WORDS[r.slip]}, and neither table says which is right`;
            out.push({
                span: r.cell.span,
                table: r.table.index,
                message: stated + why,
                related: [{ span: r.other.span, message: `${title}: ${r.echo?.label ?? r.label} ${r.period} ${other}` }],
                // With nothing to say which is right, no fix: changing either may break what it foots to.
                // Nor where the other figure has fewer places than this one: its value to this one's places is not known.
                fix: r.why === 'later' || r.other.value.scale < r.cell.value.scale
                    ? undefined
                    : (0, replace_1.changeFigure)(ctx.model.lines, r.cell.span, expected, r.table.source === 'html', `Change ${printed} to ${expected}, as in ${title}`),
            });
        }
        return out;
    },
};
/**
 * Two rows' figures exchanged between two tables that repeat each other: one finding, on the first
 * row's figure in the table taken as wrong; the fix exchanges the two figures as this table prints them.
 */
function swapReport(lines, r, swap, title) {
    const [a, b] = [(0, describe_1.bare)(r.cell.text), (0, describe_1.bare)(swap.cell.text)];
    const [x, y] = [(0, describe_1.bare)(r.other.text), (0, describe_1.bare)(swap.other.text)];
    const stated = `${r.label} and ${swap.label} for ${r.period} are ${a} and ${b} here but ${x} and ${y} in ${title}, ` +
        `which states ${r.agreeing} other figures of this table alike`;
    const why = r.why === 'majority'
        ? `, and ${r.alsoStating + 1} tables in all state ${x}: the two rows' figures read as swapped`
        : r.why === 'footing'
            ? `; its column foots with the two exchanged, and the other's with its own: the two rows' figures read as swapped`
            : `: the two rows' figures are swapped between the tables, and neither table says which is right`;
    const html = r.table.source === 'html';
    const exchange = (from, to) => (0, replace_1.changeFigure)(lines, from.span, to, html, '').edits;
    return {
        span: r.cell.span,
        table: r.table.index,
        message: stated + why,
        related: [
            { span: swap.cell.span, message: `${swap.label} ${r.period} ${b}, the row it is swapped with` },
            { span: r.other.span, message: `${title}: ${r.label} ${r.period} ${x}` },
            { span: swap.other.span, message: `${title}: ${swap.label} ${r.period} ${y}` },
        ],
        fix: r.why === 'later'
            ? undefined
            : { title: `Swap ${a} and ${b}, as in ${title}`, edits: [...exchange(r.cell, b), ...exchange(swap.cell, a)] },
    };
}
//# sourceMappingURL=repeatedFigure.js.map