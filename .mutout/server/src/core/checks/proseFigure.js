"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proseFigure = void 0;
/**
 * FL313 prose-figure: the text states a statement's figure and the statement prints another. The
 * management's discussion walks through the statement of cash flows ("Net cash used in investing
 * activities of $148.2 million for 1998") and a reader ties each figure to the statement; one that
 * does not tie is a slip in the text or in the statement.
 *
 * Reported only where the reading is confirmed and the difference explained: another figure the text
 * states from the same statement ties (the statement, its unit and the text's periods are read
 * right), and the difference is one slip (one digit, two transposed, a digit dropped or doubled, or
 * `provided` written for a figure the statement prints as used). Any other difference is passed
 * over: the sentence may speak of a restated figure, a segment, or another period.
 */
const decimal_1 = require("../decimal");
const proseFigures_1 = require("../facts/proseFigures");
const slips_1 = require("../facts/slips");
const statements_1 = require("../facts/statements");
const describe_1 = require("./describe");
exports.proseFigure = {
    code: 'FL313',
    name: 'prose-figure',
    description: "The text states a statement's figure (net cash from operating, investing or financing activities) that the statement prints otherwise.",
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const ties = (0, proseFigures_1.proseTies)(ctx.model);
        const out = [];
        for (const tie of ties) {
            if (tie.agrees || (!tie.slip && !tie.quoted))
                continue;
            // The statement, its unit and the text's reading of periods, confirmed by another figure.
            if (!ties.some((t) => t !== tie && t.agrees && t.table === tie.table))
                continue;
            out.push(report(tie));
        }
        return out;
    },
};
function report(tie) {
    const { figure, table, cell, slip } = tie;
    const printed = `${(0, describe_1.writtenFigure)(cell)}${table.scale ? ` (${table.scale.text.trim()})` : ''}`;
    const statement = table.title.trim();
    const label = figure.label.charAt(0).toLowerCase() + figure.label.slice(1);
    const said = `The text states ${label} of ${figure.text} for ${figure.year}, but ${statement} prints ${printed}`;
    const related = [{ span: cell.span, message: `${statement}: ${figure.year} ${cell.text.trim()}` }];
    if (slip === 'sign') {
        const way = tie.intended.units < 0n ? 'used' : 'provided';
        return {
            span: figure.span,
            message: `${said}: cash ${way}, not ${way === 'used' ? 'provided' : 'used'} (${slips_1.SLIP_WORDS.sign})`,
            related,
        };
    }
    const number = figure.text.slice(0, figure.span.end - figure.span.start);
    const intended = written((0, decimal_1.abs)(tie.intended), number);
    const unit = figure.text.slice(number.length);
    // A figure that is another line's reads as that line quoted for the total, not as a mistyped total.
    const why = tie.quoted
        ? `${figure.text} is the statement's "${(0, statements_1.printedLabel)(tie.quoted.label)}" for ${figure.year}`
        : `${figure.text} reads like ${slips_1.SLIP_WORDS[slip]} for ${intended}${unit}`;
    // A quoted line may be the sentence's slip or its meaning (the part it dwells on): the total is
    // what it names, so the fix gives the total.
    return {
        span: figure.span,
        message: `${said}: ${why}`,
        related,
        fix: { title: `Change ${number} to ${intended}`, edits: [{ span: figure.span, newText: intended }] },
    };
}
/** `value` written as `like` writes its figure: its `$` and the space after it, then as formatLike writes. */
function written(value, like) {
    const lead = /^\$\s*/.exec(like)?.[0] ?? '';
    return lead + (0, decimal_1.formatLike)(value, like.slice(lead.length));
}
//# sourceMappingURL=proseFigure.js.map