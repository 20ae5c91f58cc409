"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.crossFoot = void 0;
exports.relationReports = relationReports;
/**
 * FL104 cross-foot: a row that breaks a relation its table's other rows keep between columns
 * (`TOTAL = INTEREST + PRINCIPAL` on 10 of 11 rows). The relations are found from the rows
 * (facts/relations.ts); a failing row is reported only where one cell explains it (facts/crossFoot.ts):
 * a figure that one slip turns into the value that makes the row hold, and that no column footing
 * vouches for. A cell a failing footing also blames is reported once, by footing (FL101), naming the
 * relation; a row no single cell explains is listed in the table's hover, not reported.
 */
const decimal_1 = require("../decimal");
const replace_1 = require("../fixes/replace");
const crossFoot_1 = require("../facts/crossFoot");
const slips_1 = require("../facts/slips");
const products_1 = require("../facts/products");
const describe_1 = require("./describe");
exports.crossFoot = {
    code: 'FL104',
    name: 'cross-foot',
    description: "A row breaks a relation the table's other rows keep between its columns (Total = Interest + Principal), and one figure's slip explains it.",
    defaultSeverity: 'error',
    scope: 'table',
    runTable(table, ctx) {
        const out = relationReports(table, ctx.facts(table).relations, ctx.model.lines);
        const reported = new Set(out.map((r) => `${r.span.line}:${r.span.start}`));
        for (const product of (0, products_1.productsOf)(table)) {
            for (const failure of product.fails) {
                const report = productReport(ctx, table, product, failure);
                if (report && !reported.has(`${report.span.line}:${report.span.start}`))
                    out.push(report);
            }
        }
        return out;
    },
};
/**
 * The reports on the rows where a table's relations fail: on the cell one slip explains, with the fix
 * that makes the row hold, or on the row's result where a slip in one of several figures would.
 * `parts`, when the table is read from two parts (continuedColumns.ts), says so after the relation.
 */
function relationReports(table, relations, lines, parts = '') {
    const out = [];
    for (const relation of relations) {
        for (const failure of relation.fails) {
            const blame = failure.blame;
            // Footing reports a cell it blames too; an unexplained row is only listed in the hover; a
            // schedule's beginning balance that is not the year before's ending one, FL105.
            if (!blame || blame.why === 'footing' || failure.chained)
                continue;
            const result = table.columns[relation.result];
            const resultCell = failure.row.cells[relation.result];
            const where = blame.row.kind === 'total' ? `the ${(0, describe_1.rowName)(blame.row)} row` : (0, describe_1.rowName)(blame.row);
            const difference = (0, decimal_1.sub)(failure.stated, failure.computed);
            const tie = `${(0, describe_1.relationText)(table, relation)}${parts} holds on ${(0, describe_1.relationSupport)(relation)} but not on this one ` +
                `(${(0, describe_1.columnName)(table, result)} ${(0, describe_1.show)(failure.stated, result, resultCell)}, the other columns make ` +
                `${(0, describe_1.show)(failure.computed, result, resultCell)}, difference ${(0, describe_1.show)(difference, result, resultCell)})`;
            const related = relatedCells(failure.row, relation.result, relation.terms.map((t) => t.column), blame.column, table);
            if (blame.why === 'shape') {
                // A slip in one of several figures: the row is wrong, which figure is not known. Tentative, no fix.
                out.push({
                    span: blame.cell.span,
                    table: table.index,
                    tentative: true,
                    message: `${where} does not cross-foot: ${tie}; a slip in one of its figures would make the difference`,
                    related,
                });
                continue;
            }
            const expected = (0, decimal_1.formatLike)(blame.expected, (0, describe_1.bare)(blame.cell.text));
            out.push({
                span: blame.cell.span,
                table: table.index,
                message: `${(0, describe_1.bare)(blame.cell.text)} in ${where} reads like ${slips_1.SLIP_WORDS[blame.why]} for ${expected}: ${tie}`,
                related,
                fix: {
                    title: `Change ${(0, describe_1.bare)(blame.cell.text)} to ${expected}`,
                    edits: [(0, replace_1.cellEdit)(lines, table, blame.cell, expected)],
                },
            });
        }
    }
    return out;
}
/**
 * A row where a product the other rows keep fails, and the result printed with a slip explains it
 * (`1,512,000` for 50,000 × $30.64 = 1,532,000). A factor is not blamed: a rounded price or a
 * weighted average printed a cent off is no slip a reader can confirm. Where a column footing adds
 * the printed figure (the total was made from it), the figure is still wrong, but changing it alone
 * would break that total: no fix is offered.
 */
function productReport(ctx, table, product, failure) {
    const found = (0, products_1.productSlip)(failure);
    if (!found)
        return null;
    const slip = found.kind;
    const { row } = failure;
    const cell = row.cells[product.result];
    const [a, b] = product.factors.map((c) => (0, describe_1.bare)(row.cells[c].text));
    const expected = (0, decimal_1.formatLike)(found.intended, (0, describe_1.bare)(cell.text));
    const makes = (0, decimal_1.formatLike)(failure.computed, (0, describe_1.bare)(cell.text));
    const rows = product.holds.length + product.fails.length;
    const vouched = (0, crossFoot_1.footingsThrough)(ctx.facts(table).footings, product.result, row).some((f) => f.ok);
    const where = row.kind === 'total' ? `the ${(0, describe_1.rowName)(row)} row` : (0, describe_1.rowName)(row);
    return {
        span: cell.span,
        table: table.index,
        message: `${(0, describe_1.bare)(cell.text)} in ${where} reads like ${slips_1.SLIP_WORDS[slip]} for ${expected}: ${(0, describe_1.productText)(table, product)} ` +
            `holds on ${product.holds.length} of ${rows} rows but not on this one (${a} × ${b} makes ${makes})` +
            (vouched ? `; the column's total adds the printed figure` : ''),
        related: relatedCells(row, product.result, product.factors, product.result, table),
        fix: vouched
            ? undefined
            : (0, replace_1.changeFigure)(ctx.model.lines, cell.span, expected, table.source === 'html', `Change ${(0, describe_1.bare)(cell.text)} to ${expected}`),
    };
}
/** The row's other figures in the relation, each named by its column. */
function relatedCells(row, result, terms, blamed, table) {
    const out = [];
    for (const c of [result, ...terms]) {
        const cell = row.cells[c];
        if (c === blamed || !cell)
            continue;
        out.push({ span: cell.span, message: `${(0, describe_1.columnName)(table, table.columns[c])}: ${cell.text.trim()}` });
    }
    return out;
}
//# sourceMappingURL=crossFoot.js.map