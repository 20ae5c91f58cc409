/**
 * FL104 cross-foot: a row that breaks a relation its table's other rows keep between columns
 * (`TOTAL = INTEREST + PRINCIPAL` on 10 of 11 rows). The relations are found from the rows
 * (facts/relations.ts); a failing row is reported only where one cell explains it (facts/crossFoot.ts):
 * a figure that one slip turns into the value that makes the row hold, and that no column footing
 * vouches for. A cell a failing footing also blames is reported once, by footing (FL101), naming the
 * relation; a row no single cell explains is listed in the table's hover, not reported.
 */
import { formatLike, sub } from '../decimal';
import { cellEdit, changeFigure } from '../fixes/replace';
import { footingsThrough } from '../facts/crossFoot';
import { SLIP_WORDS } from '../facts/slips';
import type { RelatedInfo } from '../findings';
import type { Row, Table } from '../model';
import type { Relation } from '../facts/relations';
import type { CheckContext, TableCheck, Report } from './check';
import { productSlip, productsOf, type Product, type ProductFailure } from '../facts/products';
import { bare, columnName, productText, relationSupport, relationText, rowName, show } from './describe';

export const crossFoot: TableCheck = {
  code: 'FL104',
  name: 'cross-foot',
  description:
    "A row breaks a relation the table's other rows keep between its columns (Total = Interest + Principal), and one figure's slip explains it.",
  defaultSeverity: 'error',
  scope: 'table',
  runTable(table, ctx) {
    const out = relationReports(table, ctx.facts(table).relations, ctx.model.lines);
    const reported = new Set(out.map((r) => `${r.span.line}:${r.span.start}`));
    for (const product of productsOf(table)) {
      for (const failure of product.fails) {
        const report = productReport(ctx, table, product, failure);
        if (report && !reported.has(`${report.span.line}:${report.span.start}`)) out.push(report);
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
export function relationReports(
  table: Table,
  relations: readonly Relation[],
  lines: readonly string[],
  parts = '',
): Report[] {
  const out: Report[] = [];
  for (const relation of relations) {
    for (const failure of relation.fails) {
      const blame = failure.blame;
      // Footing reports a cell it blames too; an unexplained row is only listed in the hover; a
      // schedule's beginning balance that is not the year before's ending one, FL105.
      if (!blame || blame.why === 'footing' || failure.chained) continue;
      const result = table.columns[relation.result];
      const resultCell = failure.row.cells[relation.result]!;
      const where = blame.row.kind === 'total' ? `the ${rowName(blame.row)} row` : rowName(blame.row);
      const difference = sub(failure.stated, failure.computed);
      const tie =
        `${relationText(table, relation)}${parts} holds on ${relationSupport(relation)} but not on this one ` +
        `(${columnName(table, result)} ${show(failure.stated, result, resultCell)}, the other columns make ` +
        `${show(failure.computed, result, resultCell)}, difference ${show(difference, result, resultCell)})`;
      const related = relatedCells(
        failure.row,
        relation.result,
        relation.terms.map((t) => t.column),
        blame.column,
        table,
      );
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
      const expected = formatLike(blame.expected, bare(blame.cell.text));
      out.push({
        span: blame.cell.span,
        table: table.index,
        message: `${bare(blame.cell.text)} in ${where} reads like ${SLIP_WORDS[blame.why]} for ${expected}: ${tie}`,
        related,
        fix: {
          title: `Change ${bare(blame.cell.text)} to ${expected}`,
          edits: [cellEdit(lines, table, blame.cell, expected)],
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
function productReport(ctx: CheckContext, table: Table, product: Product, failure: ProductFailure): Report | null {
  const found = productSlip(failure);
  if (!found) return null;
  const slip = found.kind;
  const { row } = failure;
  const cell = row.cells[product.result]!;
  const [a, b] = product.factors.map((c) => bare(row.cells[c]!.text));
  const expected = formatLike(found.intended, bare(cell.text));
  const makes = formatLike(failure.computed, bare(cell.text));
  const rows = product.holds.length + product.fails.length;
  const vouched = footingsThrough(ctx.facts(table).footings, product.result, row).some((f) => f.ok);
  const where = row.kind === 'total' ? `the ${rowName(row)} row` : rowName(row);
  return {
    span: cell.span,
    table: table.index,
    message:
      `${bare(cell.text)} in ${where} reads like ${SLIP_WORDS[slip]} for ${expected}: ${productText(table, product)} ` +
      `holds on ${product.holds.length} of ${rows} rows but not on this one (${a} × ${b} makes ${makes})` +
      (vouched ? `; the column's total adds the printed figure` : ''),
    related: relatedCells(row, product.result, product.factors, product.result, table),
    fix: vouched
      ? undefined
      : changeFigure(
          ctx.model.lines,
          cell.span,
          expected,
          table.source === 'html',
          `Change ${bare(cell.text)} to ${expected}`,
        ),
  };
}

/** The row's other figures in the relation, each named by its column. */
function relatedCells(row: Row, result: number, terms: number[], blamed: number, table: Table): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  for (const c of [result, ...terms]) {
    const cell = row.cells[c];
    if (c === blamed || !cell) continue;
    out.push({ span: cell.span, message: `${columnName(table, table.columns[c])}: ${cell.text.trim()}` });
  }
  return out;
}
