"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rollForward = void 0;
/**
 * FL105 roll-forward: down a table, an opening balance plus the movements below it equals the closing
 * balance, and one block's closing balance is the next block's opening one (see facts/rollForwards);
 * across year columns, a year opens with the balance the year before closed with (facts/periodChains).
 * An error names the figure whose slip explains every failure of its column, where the same reading
 * ties elsewhere in the table; a slip's shape that several figures could hold is a warning; anything
 * less is not reported.
 */
const decimal_1 = require("../decimal");
const periodChains_1 = require("../facts/periodChains");
const rollForwards_1 = require("../facts/rollForwards");
const statements_1 = require("../facts/statements");
const slips_1 = require("../facts/slips");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
/** A row as messages name it: its label in quotes (a closing balance is a total row, and still a balance). */
function rowName(row) {
    return row.label ? `"${row.label}"` : 'an unlabelled row';
}
/** The figure as the cell would read it; a negative written as the column writes its negatives. */
function writtenLike(value, cell, parens) {
    const like = (0, describe_1.bare)(cell.text);
    if (value.units >= 0n || like.startsWith('(') || like.startsWith('-'))
        return (0, decimal_1.formatLike)(value, like);
    const magnitude = (0, decimal_1.formatLike)((0, decimal_1.abs)(value), like);
    return parens ? `(${magnitude})` : `-${magnitude}`;
}
/** Whether a block writes its negatives in parentheses in a column (else with a minus sign). */
function printsParens(segment, column) {
    return [segment.open, ...segment.movements, segment.close].some((r) => r.cells[column]?.text.includes('('));
}
/** Whether footing reports this segment's column already, or a total within its rows (then it is footing's). */
function footingsReport(ctx, table, f) {
    const from = f.segment.open.line;
    const to = f.segment.close.line;
    return ctx
        .facts(table)
        .footings.some((g) => !g.ok && !g.chained && (g.column === f.column || (g.total.line >= from && g.total.line <= to)));
}
function tieWords(table, f) {
    const column = table.columns[f.column];
    const closeCell = f.segment.close.cells[f.column];
    const openCell = f.segment.open.cells[f.column];
    if (f.segment.kind === 'chain') {
        return (`${rowName(f.segment.close)} ${(0, describe_1.show)(f.stated, column, closeCell)} ≠ ${rowName(f.segment.open)} above, ` +
            `${(0, describe_1.show)(f.computed, column, openCell)} (difference ${(0, decimal_1.format)((0, decimal_1.sub)(f.stated, f.computed))})`);
    }
    const allowance = f.tolerance.units === 0n ? '' : `, more than the rounding allowance of ${(0, decimal_1.format)(f.tolerance)}`;
    return (`${rowName(f.segment.close)} ${(0, describe_1.show)(f.stated, column, closeCell)} ≠ ${rowName(f.segment.open)} ` +
        `plus the movements, ${(0, describe_1.show)(f.computed, column, closeCell)} (difference ${(0, decimal_1.format)((0, decimal_1.sub)(f.stated, f.computed))}${allowance})`);
}
function related(table, f, except) {
    const column = table.columns[f.column];
    const rows = [f.segment.open, ...f.segment.movements, f.segment.close];
    return (0, describe_1.rowsInvolved)(rows, column).filter((r) => !except || r.span !== except.span);
}
function report(ctx, table, f, all) {
    const slip = f.slip;
    if (slip) {
        const expected = writtenLike(slip.expected, slip.cell, printsParens(f.segment, f.column));
        // Every segment the slip breaks is told: a balance printed wrong breaks the block it closes and the one it opens.
        const broken = all.filter((g) => g.column === f.column && g.slip === slip);
        return {
            span: slip.cell.span,
            table: table.index,
            message: `${(0, describe_1.bare)(slip.cell.text)} in ${rowName(slip.row)} reads like ${slips_1.SLIP_WORDS[slip.kind]} for ${expected}: ` +
                broken.map((g) => tieWords(table, g)).join('; '),
            related: related(table, f, slip.cell),
            fix: {
                title: `Change ${(0, describe_1.bare)(slip.cell.text)} to ${expected}`,
                edits: [(0, replace_1.signedCellEdit)(ctx.model.lines, table, slip.cell, expected)],
            },
        };
    }
    const closeCell = f.segment.close.cells[f.column];
    return {
        span: closeCell.span,
        table: table.index,
        tentative: true,
        message: `${tieWords(table, f)}; ${(0, describe_1.suspectsText)(f.suspects)}`,
        related: related(table, f),
    };
}
/**
 * A net change that leaves out the row above it: the activities add to it without that row, and
 * the balances tie only with it. The fix puts the row in.
 */
function leftOutReport(ctx, table, f, left) {
    const column = table.columns[f.column];
    const { cell, row } = left;
    const expected = writtenLike(left.expected, cell, cell.text.includes('(') || left.value.units < 0n);
    const openCell = f.segment.open.cells[f.column];
    const closeCell = f.segment.close.cells[f.column];
    return {
        span: cell.span,
        table: table.index,
        message: `${(0, describe_1.bare)(cell.text)} in ${rowName(f.segment.movements[0])} leaves out ${rowName(row)}, ` +
            `${(0, describe_1.bare)(row.cells[f.column].text)}, printed above it: the ${left.sections.length} activities' net cash add to ` +
            `${(0, describe_1.bare)(cell.text)}; with it, ${expected} takes ${rowName(f.segment.open)} ${(0, describe_1.bare)(openCell.text)} ` +
            `to ${rowName(f.segment.close)} ${(0, describe_1.bare)(closeCell.text)}`,
        related: (0, describe_1.rowsInvolved)([...left.sections, row, f.segment.open, f.segment.close], column),
        fix: {
            title: `Change ${(0, describe_1.bare)(cell.text)} to ${expected}`,
            edits: [(0, replace_1.signedCellEdit)(ctx.model.lines, table, cell, expected)],
        },
    };
}
/** The year a chained column names, for messages. */
function yearIn(c) {
    return String((0, statements_1.yearOf)(c) ?? c.header);
}
/**
 * A year's opening balance that is not the closing balance of the year before, printed in the column
 * beside. Where the year does not roll forward and does with the prior year's closing figure, that
 * figure is the fix; where both years roll forward on their own, the two printed balances disagree
 * and nothing tells which is right (a restatement, or a misprint): a warning, made only where
 * another chain of the table holds.
 */
function chainReport(ctx, table, chain, f) {
    const { open, close, segment } = chain;
    const later = yearIn(chain.later);
    const earlier = yearIn(chain.earlier);
    const opening = `${(0, describe_1.bare)(open.text)} in ${rowName(segment.open)}, ${later}, is not the balance ${earlier} closed with`;
    const closing = `${rowName(segment.close)} ${(0, describe_1.bare)(close.text)}`;
    const related = (0, describe_1.rowsInvolved)([segment.close], chain.earlier);
    if (f) {
        return openingReport(ctx, table, open, `${opening}, ${closing}, and with it ${later} rolls forward; as printed, ${tieWords(table, f)}`, [...related, ...(0, describe_1.rowsInvolved)([...segment.movements, segment.close], chain.later)], writtenLike(close.value, open, printsParens(segment, chain.later.index)));
    }
    return openingReport(ctx, table, open, `${opening}, ${closing} (difference ${(0, decimal_1.format)((0, decimal_1.sub)(open.value, close.value))}): each year rolls forward ` +
        'on its own, but one balance is printed two ways; restated, or printed wrong', related);
}
/** A report on an opening figure: with the figure it should read, an error and its fix; without, a warning. */
function openingReport(ctx, table, open, message, related, expected) {
    if (expected === undefined)
        return { span: open.span, table: table.index, tentative: true, message, related };
    return {
        span: open.span,
        table: table.index,
        message,
        related,
        fix: {
            title: `Change ${(0, describe_1.bare)(open.text)} to ${expected}`,
            edits: [(0, replace_1.signedCellEdit)(ctx.model.lines, table, open, expected)],
        },
    };
}
/**
 * A schedule's row whose beginning balance is not the ending balance of the year before's row of the
 * same account. With the relation the rows show mended by that figure, an error with the fix;
 * where both rows keep the relation as printed, a warning.
 */
function scheduleReport(ctx, table, chain) {
    const { open, close, later, earlier } = chain;
    const closing = `${(0, describe_1.columnName)(table, table.columns[close.column])} ${(0, describe_1.bare)(close.text)} in ${rowName(earlier)}, ${chain.year - 1}`;
    const opening = `${(0, describe_1.bare)(open.text)} in ${rowName(later)}, ${chain.year}, is not the balance ${chain.year - 1} ended with, ${closing}`;
    const related = [{ span: close.span, message: `${rowName(earlier)}: ${(0, describe_1.bare)(close.text)}` }];
    if (chain.mends) {
        return openingReport(ctx, table, open, `${opening}; with it, ${(0, describe_1.relationText)(table, chain.relation)} holds on every row ` +
            `(${(0, describe_1.relationSupport)(chain.relation)}), this one included`, related, writtenLike(close.value, open, open.text.includes('(') || close.text.includes('(')));
    }
    return openingReport(ctx, table, open, `${opening} (difference ${(0, decimal_1.format)((0, decimal_1.sub)(open.value, close.value))}): both rows keep ` +
        `${(0, describe_1.relationText)(table, chain.relation)}, but one balance is printed two ways; restated, or printed wrong`, related);
}
exports.rollForward = {
    code: 'FL105',
    name: 'roll-forward',
    description: 'An opening balance plus the movements below it does not equal the closing balance, or one period’s closing balance is not the next one’s opening balance.',
    defaultSeverity: 'error',
    scope: 'table',
    runTable(table, ctx) {
        const { failures } = (0, rollForwards_1.rollForwardsOf)(table);
        const out = [];
        const told = new Set();
        const chained = new Set();
        const chains = (0, periodChains_1.periodChainsOf)(table);
        for (const chain of chains) {
            if (chain.ok)
                continue;
            if (chain.mends) {
                // The footing of the column that the same figure explains is left to this report (facts/index.ts).
                const f = failures.find((g) => g.segment === chain.segment && g.column === chain.later.index);
                if (!f)
                    continue;
                chained.add(f);
                told.add(chain.open);
                out.push(chainReport(ctx, table, chain, f));
            }
            else if (chain.bothTie && chains.some((c) => c.ok && c.bothTie)) {
                told.add(chain.open);
                out.push(chainReport(ctx, table, chain, undefined));
            }
        }
        const rows = (0, periodChains_1.scheduleChainsOf)(table);
        for (const chain of rows) {
            if (chain.ok || told.has(chain.open))
                continue;
            if (chain.mends || (chain.bothHold && rows.some((c) => c.ok && c.bothHold))) {
                told.add(chain.open);
                out.push(scheduleReport(ctx, table, chain));
            }
        }
        for (const f of failures) {
            if (chained.has(f))
                continue;
            if (f.leftOut) {
                if (!told.has(f.leftOut.cell))
                    out.push(leftOutReport(ctx, table, f, f.leftOut));
                told.add(f.leftOut.cell);
                continue;
            }
            if (f.doubt || !f.confirmed || !f.additive || footingsReport(ctx, table, f))
                continue;
            // A lost sign among the movements is told from a misread sign only where other columns tie.
            if (f.slip?.kind === 'sign' && !f.byColumns)
                continue;
            // Without one figure to name, a difference that a slip in one of several figures would make
            // (each explaining every failure of the column) is worth a warning; anything else, nothing.
            if (!f.slip && (!f.shape || f.shape === 'sign'))
                continue;
            const key = f.slip?.cell ?? f.segment.close.cells[f.column];
            if (told.has(key))
                continue;
            told.add(key);
            const r = report(ctx, table, f, failures);
            if (r)
                out.push(r);
        }
        return out;
    },
};
//# sourceMappingURL=rollForward.js.map