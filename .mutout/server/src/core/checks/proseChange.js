"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proseChange = void 0;
/**
 * FL316 prose-change: a sentence states a change by its amount, its percent and where it ended
 * ("grew $70 million or 46% to $262 million"), or by its percent and both ends, and the three
 * disagree: $70 million on the $192 million before it is 36%.
 *
 * Reported only where one figure printed with one slip explains it (a digit changed, two swapped):
 * a percent a unit or so off what the rounded amounts allow is passed over, as a filer works the
 * percent out from figures it does not print. The figure is named, with its fix, where it alone
 * explains the difference; where another figure of the sentence could hold the slip as well, both
 * are named, and no fix is offered.
 */
const decimal_1 = require("../decimal");
const proseChanges_1 = require("../facts/proseChanges");
const slips_1 = require("../facts/slips");
exports.proseChange = {
    code: 'FL316',
    name: 'prose-change',
    description: 'A sentence states a change by its amount, its percent and where it ended (grew $70 million or 46% to $262 million), and one of the three, slipped, disagrees with the others.',
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const out = [];
        for (const change of (0, proseChanges_1.proseChanges)(ctx.model)) {
            const reading = (0, proseChanges_1.readChange)(change);
            if (reading && !reading.agrees && reading.slips.length > 0)
                out.push(report(reading));
        }
        return out;
    },
};
function report(reading) {
    const { change, fine, slips } = reading;
    const like = change.percent.text;
    const percent = `${like}%`;
    const allowed = fine.low.units === fine.high.units ? `${(0, decimal_1.toPlain)(fine.low)}%` : `${(0, decimal_1.toPlain)(fine.low)}% to ${(0, decimal_1.toPlain)(fine.high)}%`;
    const said = `"${change.text}": the amounts give ${allowed}, not ${percent}`;
    const [first] = slips;
    const related = [change.by, change.start, change.end]
        .filter((a) => a !== null && a !== first.figure)
        .map((a) => ({ span: a.span, message: written(a, numberText(a)) }));
    if (first.figure !== change.percent)
        related.push({ span: change.percent.span, message: percent });
    if (slips.length > 1) {
        return {
            span: first.figure.span,
            message: `${said}; ${slips.map((s) => reads(change, s)).join(', or ')}; the sentence does not say which`,
            related,
        };
    }
    const number = numberOf(first);
    return {
        span: first.figure.span,
        message: `${said}; ${reads(change, first)}`,
        related,
        fix: {
            title: `Change ${numberText(first.figure)} to ${number}`,
            edits: [{ span: first.figure.span, newText: number }],
        },
    };
}
/** A figure's number as written, without its unit word. */
function numberText(a) {
    const space = a.text.indexOf(' ');
    return space < 0 ? a.text : a.text.slice(0, space);
}
/** The slip's intended figure, written as the figure writes its number. */
function numberOf(s) {
    return (0, decimal_1.formatLike)(s.intended, numberText(s.figure));
}
/** A figure as the sentence writes it: a percent with its sign, an amount with `$` and its unit word. */
function written(a, number, percent = false) {
    return percent ? `${number}%` : `$${number}${a.text.slice(numberText(a).length)}`;
}
function reads(change, s) {
    const percent = s.figure === change.percent;
    return `${written(s.figure, numberText(s.figure), percent)} reads like ${slips_1.SLIP_WORDS[s.kind]} for ${written(s.figure, numberOf(s), percent)}`;
}
//# sourceMappingURL=proseChange.js.map