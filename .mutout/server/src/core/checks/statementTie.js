"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statementTie = void 0;
/**
 * FL304 statement-tie: a figure two statements both state differs: net income in the cash-flow
 * statement against the statement of income, cash at the end of the year against the balance sheet,
 * year by year, and a financial data schedule's (EX-27) total assets and net income against the
 * statements it summarises (facts/statements.ts). The figures are found by the statements' titles, the years
 * their column headers name and the rows' labels, in the same unit; a difference is an error where one
 * slip in the figure explains it, a warning otherwise (one of the two statements may be restated).
 */
const decimal_1 = require("../decimal");
const slips_1 = require("../facts/slips");
const statements_1 = require("../facts/statements");
const describe_1 = require("./describe");
/** The label of the row holding `cell` in `table`. */
function labelOf(table, cell) {
    return table.rows.find((r) => r.cells[cell.column] === cell)?.label ?? '';
}
/**
 * One figure stated as income in one statement and as a loss in the other: the same digits, one of
 * them printed negative, the other under a label of income alone (`Net income`, not `Net loss` or
 * `Net income (loss)`, whose unsigned figure may be the loss). Each statement's own arithmetic reads
 * its figure as printed, so which one is wrong is not known: a warning on the statement tied.
 */
function opposed(tie) {
    const [a, b] = [tie.cell.value, tie.other.value];
    if ((0, decimal_1.cmp)((0, decimal_1.abs)(a), (0, decimal_1.abs)(b)) !== 0 || a.units === 0n || a.units < 0n === b.units < 0n)
        return false;
    const [positive, positiveTable] = a.units > 0n ? [tie.cell, tie.table] : [tie.other, tie.otherTable];
    const negative = positive === tie.cell ? tie.other : tie.cell;
    return INCOME_ALONE.test(labelOf(positiveTable, positive)) && /[(-]/.test(negative.text);
}
const INCOME_ALONE = /^(?!.*\bloss).*\b(?:income|earnings)\b/i;
exports.statementTie = {
    code: 'FL304',
    name: 'statement-tie',
    description: "Two statements state one figure differently: net income in the income, cash-flow and equity statements, year-end cash, an EX-27 schedule's tagged figures.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        const differing = (0, statements_1.statementTies)(ctx.model.tables).filter((tie) => {
            if ((0, decimal_1.sub)(tie.cell.value, tie.other.value).units === 0n)
                return false;
            return !tie.slipOnly || (0, slips_1.slipBetween)(tie.cell.value, tie.other.value) !== null || opposed(tie);
        });
        // Where two statements state one figure alike against a third (the cash-flow statement and the
        // statement of equity the same net income, the income statement another), the third is the one
        // printed wrong: one finding, on it.
        const outvoted = new Set();
        for (const tie of differing) {
            const against = differing.filter((t) => t.other === tie.other && t.table !== tie.table);
            const agreeing = against.find((t) => (0, decimal_1.sub)(t.cell.value, tie.cell.value).units === 0n);
            if (!agreeing || outvoted.has(agreeing))
                continue;
            outvoted.add(tie).add(agreeing);
            const slip = (0, slips_1.slipBetween)(tie.other.value, tie.cell.value);
            const printed = (0, describe_1.writtenFigure)(tie.other);
            const right = (0, describe_1.writtenFigure)(tie.cell);
            const others = `${tie.table.title.trim()} and ${agreeing.table.title.trim()}`;
            out.push({
                span: tie.other.span,
                table: tie.otherTable.index,
                tentative: slip ? undefined : true,
                message: `${tie.item} for ${tie.year} is ${printed} here but ${right} in ${others}` +
                    (slip ? `: ${printed} reads like ${slips_1.SLIP_WORDS[slip]} for ${right.replace(/^\$/, '')}` : ''),
                related: [tie, agreeing].map((t) => ({
                    span: t.cell.span,
                    message: `${t.table.title.trim()}: ${t.item} ${t.year} ${(0, describe_1.writtenFigure)(t.cell)}`,
                })),
            });
        }
        for (const tie of differing) {
            if (outvoted.has(tie))
                continue;
            const slip = (0, slips_1.slipBetween)(tie.cell.value, tie.other.value);
            const printed = (0, describe_1.writtenFigure)(tie.cell);
            const other = (0, describe_1.writtenFigure)(tie.other);
            out.push({
                span: tie.cell.span,
                table: tie.table.index,
                tentative: slip ? undefined : true,
                message: `${tie.item} for ${tie.year} is ${printed} here but ${other} in ${tie.otherTable.title.trim()}` +
                    (slip
                        ? `: ${printed} reads like ${slips_1.SLIP_WORDS[slip]} for ${other.replace(/^\$/, '')}`
                        : opposed(tie)
                            ? ': income in one statement, a loss in the other'
                            : ''),
                related: [
                    { span: tie.other.span, message: `${tie.otherTable.title.trim()}: ${tie.item} ${tie.year} ${other}` },
                ],
            });
        }
        const { lines } = ctx.model;
        for (const tie of (0, statements_1.scheduleTies)(ctx.model)) {
            const component = (0, statements_1.taggedComponent)(tie, ctx.facts(tie.table).footings);
            if (component) {
                const tagged = lines[tie.tag.line].slice(tie.figure.start, tie.figure.end);
                const label = (0, statements_1.printedLabel)(component.row.label);
                const totalLabel = (0, statements_1.printedLabel)(labelOf(tie.table, tie.cell));
                out.push({
                    span: { line: tie.tag.line, start: tie.figure.start, end: tie.figure.end },
                    message: `<${tie.tag.name}> ${tagged} in this financial data schedule is ${label} (${(0, describe_1.writtenFigure)(component.cell)}), ` +
                        `one of the rows that add up to ${totalLabel} ${(0, describe_1.writtenFigure)(tie.cell)} for ${tie.year} in ` +
                        `${tie.table.title.trim()}: the tag states a line of the statement, not its ${tie.item} (${(0, decimal_1.format)(component.expected)})`,
                    related: [
                        {
                            span: component.cell.span,
                            message: `${tie.table.title.trim()}: ${label} ${tie.year} ${(0, describe_1.writtenFigure)(component.cell)}`,
                        },
                        {
                            span: tie.cell.span,
                            message: `${tie.table.title.trim()}: ${totalLabel} ${tie.year} ${(0, describe_1.writtenFigure)(tie.cell)}`,
                        },
                    ],
                });
                continue;
            }
            if (tie.agrees !== false)
                continue;
            const tagged = lines[tie.tag.line].slice(tie.figure.start, tie.figure.end);
            const stated = (0, describe_1.writtenFigure)(tie.cell);
            // To the places of the coarser, as the tie was made (a per-share figure keeps the statement's places).
            const kind = (0, slips_1.slipApart)(tie.figure.value, tie.expected);
            out.push({
                span: { line: tie.tag.line, start: tie.figure.start, end: tie.figure.end },
                message: `<${tie.tag.name}> ${tagged} in this financial data schedule, but ${tie.table.title.trim()} states ` +
                    `${tie.item} of ${stated} for ${tie.year}: ${tagged} reads like ${slips_1.SLIP_WORDS[kind]} for ${(0, decimal_1.format)(tie.expected)}`,
                related: [{ span: tie.cell.span, message: `${tie.table.title.trim()}: ${tie.item} ${tie.year} ${stated}` }],
            });
        }
        return out;
    },
};
//# sourceMappingURL=statementTie.js.map