"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentChange = void 0;
/**
 * FL107 percent-change: a row's percent change is not the change between the two amounts it compares
 * (facts/percentChanges.ts), where the column's other rows confirm how it is read. A lost sign or a
 * slip in one digit is an error with its fix; any other difference a warning, as the filer may have
 * worked the change out on another base (a restated year).
 */
const decimal_1 = require("../decimal");
const percentChanges_1 = require("../facts/percentChanges");
const slips_1 = require("../facts/slips");
const replace_1 = require("../fixes/replace");
const changeRows_1 = require("../facts/changeRows");
const describe_1 = require("./describe");
exports.percentChange = {
    code: 'FL107',
    name: 'percent-change',
    description: 'A percent change is not the change between the two amounts it compares, where the other rows of its column are.',
    defaultSeverity: 'error',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        for (const change of (0, percentChanges_1.percentChanges)(table)) {
            const agreeing = change.rows.length - change.failing.length;
            const later = (0, describe_1.periodName)(table, change.later);
            const earlier = (0, describe_1.periodName)(table, change.earlier);
            for (const r of change.failing) {
                out.push(changeReport(table, ctx, {
                    ...r,
                    laterName: later,
                    earlierName: earlier,
                    agreement: `${agreeing} other rows of ${(0, describe_1.columnName)(table, change.column)} agree with their amounts`,
                }));
            }
        }
        out.push(...changeRowReports(table, ctx));
        return out;
    },
    // Change rows of a table too small to say which side its earlier periods are on are read as the
    // document's other change rows are: their reports are made again when that reading changes.
    // Their wording counts the filing's agreeing changes too.
    dependsOn: (ctx) => {
        const d = (0, changeRows_1.documentReading)(ctx.model);
        return d ? `${d.side} ${d.cells} ${d.failing}` : '';
    },
};
/**
 * Change rows (facts/changeRows.ts): each percent under a row of amounts against the change from
 * the amount beside it, on the side the table's (or the document's) change rows agree on. Reported
 * as the change columns are, where at most a quarter of the cells read on that side disagree.
 */
function changeRowReports(table, ctx) {
    const read = (0, changeRows_1.sideOf)(table, ctx.model);
    if (!read)
        return [];
    const { side, own } = read;
    const cells = (0, changeRows_1.changeCellsOf)(table).filter((c) => c.earlier[side]);
    const failing = cells.filter((c) => !c.earlier[side].ok);
    if (failing.length === 0)
        return [];
    // Where the table decides alone, a quarter of its cells may disagree; read as the document's,
    // its cells are few, and a quarter of the document's.
    const pool = own ? { cells: cells.length, failing: failing.length } : (0, changeRows_1.documentReading)(ctx.model);
    if (pool.failing * 4 > pool.cells)
        return [];
    const agreeing = pool.cells - pool.failing;
    const out = [];
    for (const c of failing) {
        const e = c.earlier[side];
        out.push(changeReport(table, ctx, {
            row: c.row,
            cell: c.cell,
            later: c.later,
            earlier: e.cell,
            computed: e.computed,
            negatives: false,
            laterName: (0, describe_1.periodName)(table, c.laterColumn),
            earlierName: (0, describe_1.periodName)(table, e.column),
            amounts: c.amounts,
            agreement: `${agreeing} other changes in ${own ? "the table's" : "the filing's"} change rows agree with their amounts`,
        }));
    }
    return out;
}
/**
 * The report on a change its amounts do not give: an error with the fix where a lost sign or one
 * slip explains it, a warning otherwise (the filer may have worked it out on another base).
 */
function changeReport(table, ctx, m) {
    const printed = (0, describe_1.bare)(m.cell.text);
    const expected = (0, decimal_1.formatLike)(m.computed, printed);
    const lostSign = !m.negatives && m.computed.units !== 0n && (0, decimal_1.cmp)(m.cell.value, (0, decimal_1.neg)(m.computed)) === 0;
    const slip = lostSign ? null : (0, slips_1.slipBetween)(m.cell.value, m.computed);
    const why = lostSign ? 'a lost sign' : slip ? slips_1.SLIP_WORDS[slip] : null;
    return {
        span: m.cell.span,
        table: table.index,
        tentative: why === null,
        message: `${printed} in ${(0, describe_1.rowName)(m.row)} is not the change from ${(0, describe_1.bare)(m.earlier.text)} (${m.earlierName}) to ` +
            `${(0, describe_1.bare)(m.later.text)} (${m.laterName})${m.amounts ? ` in ${(0, describe_1.rowName)(m.amounts)}` : ''}: that is ${expected}` +
            `${why ? `, and ${printed} reads like ${why} for it` : ''}; ${m.agreement}`,
        related: [
            { span: m.later.span, message: `${m.laterName}: ${(0, describe_1.bare)(m.later.text)}` },
            { span: m.earlier.span, message: `${m.earlierName}: ${(0, describe_1.bare)(m.earlier.text)}` },
        ],
        fix: why
            ? {
                title: `Change ${printed} to ${expected}`,
                edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, m.cell, expected)],
            }
            : undefined,
    };
}
//# sourceMappingURL=percentChange.js.map