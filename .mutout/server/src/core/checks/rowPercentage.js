"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowPercentage = void 0;
/** FL102 row-percentage: each percent is its row's share of the column it is a percentage of. */
const decimal_1 = require("../decimal");
const percentRows_1 = require("../facts/percentRows");
const statements_1 = require("../facts/statements");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
exports.rowPercentage = {
    code: 'FL102',
    name: 'row-percentage',
    description: "A percentage is not its row's share of the column it is a percentage of, to its shown decimals.",
    defaultSeverity: 'error',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        for (const share of ctx.facts(table).shares) {
            const base = table.columns[share.baseColumn];
            const first = table.rows.find((r) => r.kind === 'total' && r.cells[share.baseColumn]?.value);
            for (const sr of share.rows) {
                if (sr.ok || sr.explained)
                    continue;
                // In a table of blocks, each row's whole is its own block's total.
                const total = sr.whole ?? first;
                const part = sr.row.cells[share.baseColumn];
                const replacement = (0, decimal_1.formatLike)(sr.computed, sr.cell.text);
                const of = share.denominatorIsStatedTotal ? 'the total' : 'the sum of the rows';
                out.push({
                    span: sr.cell.span,
                    table: table.index,
                    message: `Percent ${sr.cell.text.trim()} ≠ ${replacement} computed from ${(0, describe_1.show)(part.value, base, part)} ` +
                        `of ${of} ${(0, describe_1.show)(sr.denominator ?? share.denominator, base, part)} (${base.header || 'base column'})`,
                    related: [
                        { span: part.span, message: `${(0, describe_1.rowName)(sr.row)}: ${part.text.trim()}` },
                        ...(total
                            ? [
                                {
                                    span: total.cells[share.baseColumn].span,
                                    message: `total ${total.cells[share.baseColumn].text.trim()}`,
                                },
                            ]
                            : []),
                    ],
                    fix: {
                        title: `Change ${sr.cell.text.trim()} to ${replacement}`,
                        edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, sr.cell, replacement)],
                    },
                });
            }
        }
        out.push(...percentRowReports(table, ctx.model.lines));
        return out;
    },
};
/** A row of percentages of sales under its row of amounts (facts/percentRows.ts): each one not its amount's share. */
function percentRowReports(table, lines) {
    const read = (0, percentRows_1.percentRowsOf)(table);
    if (!read)
        return [];
    return read.cells
        .filter((c) => !c.ok)
        .map((c) => {
        const base = (0, statements_1.printedLabel)(c.baseRow.label);
        const replacement = (0, decimal_1.formatLike)(c.computed, c.cell.text);
        return {
            span: c.cell.span,
            table: table.index,
            message: `Percent ${c.cell.text.trim()} ≠ ${replacement} computed from ${c.part.text.trim()} ` +
                `(${(0, statements_1.printedLabel)(c.partRow.label)}) of ${c.base.text.trim()} (${base}), even allowing for the rounding of both`,
            related: [
                { span: c.part.span, message: `${(0, statements_1.printedLabel)(c.partRow.label)}: ${c.part.text.trim()}` },
                { span: c.base.span, message: `${base}: ${c.base.text.trim()}` },
            ],
            fix: {
                title: `Change ${c.cell.text.trim()} to ${replacement}`,
                edits: [(0, replace_1.cellEdit)(lines, table, c.cell, replacement)],
            },
        };
    });
}
//# sourceMappingURL=rowPercentage.js.map