"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quarterlyTotal = void 0;
/**
 * FL311 quarterly-total: a table of quarterly results whose four quarters of a line do not add up to
 * the year's figure in the income statement (facts/quarterlyTotals.ts), where the table's other
 * lines and years do. One quarter whose slip explains the difference is an error on it, with the
 * fix; a difference no slip explains, within 1% of the year, is a warning on the table's own figure
 * for the year or, where it prints none, on the fourth quarter; a larger one is a misreading or
 * a restatement, and nothing is claimed.
 */
const decimal_1 = require("../decimal");
const quarterlyTotals_1 = require("../facts/quarterlyTotals");
const slips_1 = require("../facts/slips");
const statements_1 = require("../facts/statements");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
/** A difference larger than this share of the year's figure is not a slip of the filer's. */
const MAX_SHARE = 100n;
exports.quarterlyTotal = {
    code: 'FL311',
    name: 'quarterly-total',
    description: "A quarterly results table's four quarters of a line do not add up to the year's figure in the income statement, where its other lines do.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        const ties = (0, quarterlyTotals_1.confirmedQuarterTies)(ctx.model);
        for (const tie of ties) {
            if (tie.agrees)
                continue;
            const agreeing = ties.filter((t) => t.table === tie.table && (0, quarterlyTotals_1.confirms)(t));
            const report = reportOf(ctx.model.lines, tie.table, tie, agreeing);
            if (report)
                out.push(report);
        }
        return out;
    },
};
function reportOf(lines, table, tie, agreeing) {
    const label = (0, statements_1.printedLabel)(tie.label);
    const stated = (0, describe_1.bare)(tie.stated.text);
    const added = (0, decimal_1.formatLike)(tie.sum, (0, describe_1.bare)(tie.quarters[3].text));
    const statement = nameOf(tie.statement);
    const others = agreeing.map((a) => `${(0, statements_1.printedLabel)(a.label)} ${a.year}`).join(', ');
    const related = [
        { span: tie.stated.span, message: `${statement}: ${label} ${tie.year} ${stated}` },
        ...tie.quarters.map((c, i) => ({ span: c.span, message: `quarter ${i + 1}: ${(0, describe_1.bare)(c.text)}` })),
    ];
    const head = `${label} for ${tie.year}: the four quarters add to ${added}, but the income statement (${statement}) prints ${stated}`;
    const tail = `; the table's other lines tie (${others})`;
    const slips = tie.slips.map((s) => {
        const printed = (0, describe_1.bare)(s.cell.text);
        const intended = (0, decimal_1.formatLike)(s.intended, printed);
        return { cell: s.cell, printed, intended, words: `${printed} reads like ${slips_1.SLIP_WORDS[s.kind]} for ${intended}` };
    });
    if (slips.length === 1) {
        const [{ cell, printed, intended, words }] = slips;
        return {
            span: cell.span,
            table: table.index,
            message: `${head}: ${words}${tail}`,
            related,
            fix: { title: `Change ${printed} to ${intended}`, edits: [(0, replace_1.cellEdit)(lines, table, cell, intended)] },
        };
    }
    if (slips.length > 1) {
        // Several quarters could be the slip: the error is certain, the quarter is not; no fix.
        return {
            span: slips[0].cell.span,
            table: table.index,
            message: `${head}: ${slips.map((s) => s.words).join(', or ')}; the table does not say which${tail}`,
            related,
        };
    }
    // No slip explains it: a restated year or a figure reclassified shows as more than a small share.
    const diff = (0, decimal_1.abs)((0, decimal_1.sub)(tie.sum, tie.expected));
    if ((0, decimal_1.cmp)((0, decimal_1.decimal)(diff.units * MAX_SHARE, diff.scale), (0, decimal_1.abs)(tie.expected)) > 0)
        return null;
    const own = tie.total && (0, decimal_1.cmp)(tie.total.value, tie.sum) === 0 ? tie.total : undefined;
    return {
        span: (own ?? tie.quarters[3]).span,
        table: table.index,
        tentative: true,
        message: own ? `${head}; the table's own figure for the year is ${(0, describe_1.bare)(own.text)}${tail}` : `${head}${tail}`,
        related,
    };
}
/** A statement's name as a reader finds it: its title, or the title read into its header. */
function nameOf(table) {
    const name = (table.untitled ? table.columns[0]?.header : table.title) ?? table.title;
    // Up to a unit note: `CONSOLIDATED STATEMENT OF EARNINGS (in millions, ...)`.
    const note = name.indexOf('(');
    return (0, statements_1.printedLabel)(note > 0 ? name.slice(0, note) : name);
}
//# sourceMappingURL=quarterlyTotal.js.map