"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentTotal = void 0;
/**
 * FL103 percent-total: a percent column's total reads 100 (to its decimals), and its rows reach it
 * within what per-row rounding allows (20 rows at 2 decimals: within 0.105), or miss it by what one
 * slip in one of their percents explains.
 */
const decimal_1 = require("../decimal");
const slips_1 = require("../facts/slips");
const facts_1 = require("../facts");
const memo_1 = require("../memo");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
/**
 * A table's misses, worked out once per table object: unchanged pages keep their tables between
 * edits, so an edit re-adds only the percent columns of the tables it touched.
 */
const missesOf = (0, memo_1.memoize)(findMisses);
function findMisses(table) {
    const facts = (0, facts_1.factsOf)(table);
    const out = [];
    for (const column of table.columns) {
        if (column.kind !== 'percent')
            continue;
        const share = facts.shares.find((s) => s.percentColumn === column.index);
        for (const total of table.rows) {
            if (total.kind !== 'total')
                continue;
            const cell = total.cells[column.index];
            if (!cell || !cell.value)
                continue;
            const hundred = (0, decimal_1.decimal)(100n * (0, decimal_1.pow10)(cell.value.scale), cell.value.scale);
            const isHundred = (0, decimal_1.cmp)(cell.value, hundred) === 0;
            // Without a base column the column is a share only when its total says 100.
            if (!share && !isHundred)
                continue;
            if (!isHundred) {
                // A subtotal's share of a whole stated further down (`Total operating expenses   62%` of
                // revenues) is not the whole: its percent is checked as a row's (FL102).
                const base = share ? total.cells[share.baseColumn]?.value : null;
                if (base && (0, decimal_1.cmp)(base, share.denominator) !== 0)
                    continue;
                out.push({ column, cell, hundred });
                continue;
            }
            const rows = wholeOf(table, facts, total, share?.baseColumn);
            if (!rows)
                continue;
            const cells = [];
            for (const r of rows) {
                if (r.unread.some((c) => c.column === column.index))
                    continue;
                const c = r.cells[column.index];
                if (c?.value)
                    cells.push(c);
            }
            // A column with a figure that could not be read is not summed as if it were complete.
            if (cells.length < 2 || rows.some((r) => r.unread.some((c) => c.column === column.index)))
                continue;
            const body = share ? (0, facts_1.correctedPercentSum)(share, rows) : (0, decimal_1.sum)(cells.map((c) => c.value));
            const slack = (0, facts_1.roundingTolerance)(cell.value.scale, cells);
            const miss = (0, decimal_1.abs)((0, decimal_1.sub)(body, cell.value));
            // A misprint is one slip in one figure: the rows miss the whole by what one of their percents
            // would read with a digit changed, two swapped, one lost or doubled. A miss no slip explains (a
            // statement's subtotals summed with their rows, a whole of other rows) is a table misread.
            const short = (0, decimal_1.sub)(cell.value, body);
            const slipped = cells.some((c) => (0, slips_1.slipBetween)(c.value, (0, decimal_1.add)(c.value, short)) !== null);
            if ((0, decimal_1.cmp)(miss, slack) > 0 && slipped)
                out.push({ column, cell, hundred, body, slack });
        }
    }
    return out;
}
/**
 * The rows that make up the whole at a total row: those of a column that foots there (the share's
 * base column first), as that footing reads them. Every additive check reads a table one way: the
 * percents of subtotals are not added to those of their rows when the amounts are not. A table of
 * percents alone has no other column to read it by: its rows since the rule or heading above.
 * Undefined when the table has columns that add but none foots at the total.
 */
function wholeOf(table, facts, total, base) {
    const footing = facts.footings.find((f) => f.total === total && f.ok && f.column === base) ??
        facts.footings.find((f) => f.total === total && f.ok);
    if (footing)
        return footing.segment;
    const adds = table.columns.some((c) => (c.kind === 'count' || c.kind === 'amount') && total.cells[c.index]?.value);
    return adds ? undefined : (0, facts_1.segmentOf)(table, table.rows.indexOf(total));
}
exports.percentTotal = {
    code: 'FL103',
    name: 'percent-total',
    description: 'A percent column’s total does not read 100%, or its rows miss it by more than per-row rounding allows.',
    defaultSeverity: 'error',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        for (const { column, cell, hundred, body, slack } of missesOf(table)) {
            const related = (0, describe_1.rowsInvolved)(table.rows.filter((r) => r.kind === 'body'), column);
            if (!body || !slack) {
                const replacement = (0, decimal_1.formatLike)(hundred, cell.text);
                out.push({
                    span: cell.span,
                    table: table.index,
                    message: `Percent total ${cell.text.trim()} ≠ ${replacement}`,
                    related,
                    fix: {
                        title: `Change ${cell.text.trim()} to ${replacement}`,
                        edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, cell, replacement)],
                    },
                });
                continue;
            }
            out.push({
                span: cell.span,
                table: table.index,
                message: `Percent total ${cell.text.trim()} ≠ sum of rows ${(0, decimal_1.format)(body)}% ` +
                    `(difference ${(0, decimal_1.format)((0, decimal_1.sub)(cell.value, body))}, more than the rounding allowance of ${(0, decimal_1.format)(slack)})`,
                related,
            });
        }
        return out;
    },
};
//# sourceMappingURL=percentTotal.js.map