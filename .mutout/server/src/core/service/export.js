"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableToDelimited = tableToDelimited;
exports.tableToJson = tableToJson;
/**
 * Tables out of the filing: CSV or TSV that pastes into a spreadsheet with numbers as numbers
 * (plain digits, negatives with a minus, percents as written without `%`... kept as numbers),
 * labels joined across wrapped lines and total rows marked; and JSON for downstream tools.
 */
const continuedColumns_1 = require("../facts/continuedColumns");
const decimal_1 = require("../decimal");
const model_1 = require("../model");
const facts_1 = require("../facts");
const percentChanges_1 = require("../facts/percentChanges");
const quarterlyTotals_1 = require("../facts/quarterlyTotals");
const rollForwards_1 = require("../facts/rollForwards");
const periodChains_1 = require("../facts/periodChains");
const repeatedFigures_1 = require("../facts/repeatedFigures");
const optionPrices_1 = require("../facts/optionPrices");
const describe_1 = require("../checks/describe");
const products_1 = require("../facts/products");
function quote(value, separator) {
    if (separator === '\t')
        return value.replace(/[\t\r\n]/g, ' ');
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function tableToDelimited(table, separator) {
    const header = ['Row', ...table.columns.map((c) => c.header || (c.index === 0 ? 'Label' : `Column ${c.index + 1}`))];
    const lines = [header.map((h) => quote(h, separator)).join(separator)];
    for (const row of table.rows) {
        if (row.kind === 'heading') {
            lines.push([quote('heading', separator), quote(row.label, separator)].join(separator));
            continue;
        }
        const values = table.columns.map((c) => {
            if (c.index === 0)
                return quote(row.label, separator);
            const cell = row.cells[c.index];
            if (!cell)
                return '';
            if (!cell.value)
                return '0'; // a dash for zero
            return (0, decimal_1.toPlain)(cell.value);
        });
        lines.push([row.kind === 'total' ? 'total' : 'row', ...values].join(separator));
    }
    return `${lines.join('\r\n')}\r\n`;
}
function tableToJson(table, model) {
    const json = tableJson(table);
    if (model) {
        json.repeats = (0, repeatedFigures_1.repeatsOf)(model, table).map((r) => ({
            lines: [r.other.startLine + 1, r.other.endLine + 1],
            title: r.other.title,
            alike: r.agreeing,
            apart: r.differing,
        }));
        json.quarters = (0, quarterlyTotals_1.confirmedQuarterTies)(model)
            .filter((t) => t.table === table)
            .map((t) => ({
            label: t.label.trim(),
            year: t.year,
            quarters: t.quarters.map((c) => c.span.line + 1),
            sum: (0, decimal_1.toPlain)(t.sum),
            stated: (0, decimal_1.toPlain)(t.stated.value),
            statementLine: t.statement.startLine + 1,
            statedLine: t.stated.span.line + 1,
            agrees: t.agrees,
        }));
        const continued = (0, continuedColumns_1.continuedWith)(model.tables, table);
        if (continued) {
            const other = continued.above === table ? continued.below : continued.above;
            json.continued = {
                lines: [other.startLine + 1, other.endLine + 1],
                relations: continued.relations.map((r) => ({
                    text: (0, describe_1.relationText)(continued.wide, r),
                    holds: r.holds.map((row) => (0, model_1.sourceLineOf)(row) + 1),
                    fails: r.fails.map((f) => (0, model_1.sourceLineOf)(f.row) + 1),
                })),
            };
        }
        json.optionPrices = (0, optionPrices_1.optionPriceTiesOf)(model, table).map(({ at, byRange, ok }) => ({
            line: at.priceCell.span.line + 1,
            count: (0, decimal_1.toPlain)(at.countCell.value),
            price: (0, decimal_1.toPlain)(at.price),
            byRange: (0, decimal_1.toPlain)(byRange.priceCell ? byRange.price : (0, decimal_1.roundTo)(byRange.averaged.price, at.price.scale + 2)),
            otherTable: (table === at.table ? byRange.table : at.table).startLine + 1,
            agrees: ok,
        }));
    }
    return json;
}
function tableJson(table) {
    return {
        title: table.title,
        page: table.page,
        lines: [table.startLine + 1, table.endLine + 1],
        scale: table.scale?.exponent ?? null,
        columns: table.columns.map((c) => ({ header: c.header, kind: c.kind })),
        rows: table.rows.map((r) => ({
            kind: r.kind,
            label: r.label,
            line: (0, model_1.sourceLineOf)(r) + 1,
            values: table.columns.slice(1).map((c) => {
                const cell = r.cells[c.index];
                return cell ? (cell.value ? (0, decimal_1.toPlain)(cell.value) : '0') : null;
            }),
        })),
        footnotes: table.footnotes.map((f) => ({ marker: f.marker, text: f.text })),
        relations: (0, facts_1.factsOf)(table).relations.map((r) => ({
            text: (0, describe_1.relationText)(table, r),
            result: r.result,
            terms: r.terms.map((t) => ({ column: t.column, sign: t.sign })),
            holds: r.holds.map((row) => (0, model_1.sourceLineOf)(row) + 1),
            fails: r.fails.map((f) => (0, model_1.sourceLineOf)(f.row) + 1),
        })),
        products: (0, products_1.productsOf)(table).map((p) => ({
            text: (0, describe_1.productText)(table, p),
            result: p.result,
            factors: p.factors,
            unit: p.unit,
            holds: p.holds.map((row) => (0, model_1.sourceLineOf)(row) + 1),
            fails: p.fails.map((f) => (0, model_1.sourceLineOf)(f.row) + 1),
        })),
        rollForwards: rollForwardsJson(table),
        yearRows: (0, periodChains_1.scheduleChainsOf)(table).map((c) => ({
            line: (0, model_1.sourceLineOf)(c.later) + 1,
            from: (0, model_1.sourceLineOf)(c.earlier) + 1,
            ok: c.ok,
        })),
        changes: (0, percentChanges_1.percentChanges)(table).map((c) => ({
            column: c.column.index,
            later: c.later.index,
            earlier: c.earlier.index,
            agree: c.rows.filter((r) => r.ok).map((r) => (0, model_1.sourceLineOf)(r.row) + 1),
            disagree: c.failing.map((r) => (0, model_1.sourceLineOf)(r.row) + 1),
        })),
    };
}
function rollForwardsJson(table) {
    const rf = (0, rollForwards_1.rollForwardsOf)(table);
    const years = (0, periodChains_1.periodChainsOf)(table);
    return rf.segments.map((segment) => {
        const ties = rf.ties.filter((t) => t.segment === segment);
        const chains = years.filter((c) => c.segment === segment);
        return {
            kind: segment.kind,
            open: (0, model_1.sourceLineOf)(segment.open) + 1,
            close: (0, model_1.sourceLineOf)(segment.close) + 1,
            ties: ties.filter((t) => t.ok).map((t) => t.column),
            fails: ties.filter((t) => !t.ok).map((t) => t.column),
            // Each year column's opening balance against the year before's closing one (columns by index).
            years: chains.map((c) => ({ column: c.later.index, from: c.earlier.index, ok: c.ok })),
        };
    });
}
//# sourceMappingURL=export.js.map