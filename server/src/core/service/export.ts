/**
 * Tables out of the filing: CSV or TSV that pastes into a spreadsheet with numbers as numbers
 * (plain digits, negatives with a minus, percents as written without `%`... kept as numbers),
 * labels joined across wrapped lines and total rows marked; and JSON for downstream tools.
 */
import { continuedWith } from '../facts/continuedColumns';
import { roundTo, toPlain } from '../decimal';
import { sourceLineOf, type FilingModel, type Table } from '../model';
import { factsOf } from '../facts';
import { percentChanges } from '../facts/percentChanges';
import { confirmedQuarterTies } from '../facts/quarterlyTotals';
import { rollForwardsOf } from '../facts/rollForwards';
import { periodChainsOf, scheduleChainsOf } from '../facts/periodChains';
import { repeatsOf } from '../facts/repeatedFigures';
import { optionPriceTiesOf } from '../facts/optionPrices';
import { productText, relationText } from '../checks/describe';
import { productsOf } from '../facts/products';

function quote(value: string, separator: string): string {
  if (separator === '\t') return value.replace(/[\t\r\n]/g, ' ');
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToDelimited(table: Table, separator: ',' | '\t'): string {
  const header = ['Row', ...table.columns.map((c) => c.header || (c.index === 0 ? 'Label' : `Column ${c.index + 1}`))];
  const lines = [header.map((h) => quote(h, separator)).join(separator)];
  for (const row of table.rows) {
    if (row.kind === 'heading') {
      lines.push([quote('heading', separator), quote(row.label, separator)].join(separator));
      continue;
    }
    const values = table.columns.map((c) => {
      if (c.index === 0) return quote(row.label, separator);
      const cell = row.cells[c.index];
      if (!cell) return '';
      if (!cell.value) return '0'; // a dash for zero
      return toPlain(cell.value);
    });
    lines.push([row.kind === 'total' ? 'total' : 'row', ...values].join(separator));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface TableJson {
  title: string;
  page: number;
  lines: [number, number];
  scale: number | null;
  columns: { header: string; kind: string }[];
  rows: { kind: string; label: string; line: number; values: (string | null)[] }[];
  footnotes: { marker: string; text: string }[];
  /**
   * Relations between columns found across the rows (cross-footing): the result column and its
   * signed terms by index into `columns`, the equation in words, and the 1-based lines of the rows
   * where it holds and where it fails.
   */
  relations: {
    text: string;
    result: number;
    terms: { column: number; sign: 1 | -1 }[];
    holds: number[];
    fails: number[];
  }[];
  /**
   * Products across the rows: the result column is its two factor columns multiplied, divided by
   * 10^unit (3: the result in thousands); the 1-based lines of the rows where it holds and fails.
   */
  products: {
    text: string;
    result: number;
    factors: [number, number];
    unit: number;
    holds: number[];
    fails: number[];
  }[];
  /** Roll-forwards down the table: opening and closing rows' 1-based lines, and the columns (by index) where each ties and fails. */
  rollForwards: {
    kind: 'roll' | 'chain';
    open: number;
    close: number;
    ties: number[];
    fails: number[];
    years: { column: number; from: number; ok: boolean }[];
  }[];
  /** A schedule's rows by year: each row's beginning balance against the year before's row's ending one (lines). */
  yearRows: { line: number; from: number; ok: boolean }[];
  /**
   * Percent-change columns: the change column and the later and earlier amounts it compares, by index
   * into `columns`, and the 1-based lines of the rows that agree and that do not.
   */
  changes: { column: number; later: number; earlier: number; agree: number[]; disagree: number[] }[];
  /**
   * The document's other tables that state this one's figures again (facts/repeatedFigures.ts): their
   * 1-based lines and title, and how many figures they state alike and apart. Present where the table
   * was exported with its document.
   */
  repeats?: { lines: [number, number]; title: string; alike: number; apart: number }[];
  /**
   * With a model: where the table is one part of a table continued by columns on the next page
   * (FL315), the other part's first and last lines and the relations its total keeps across both,
   * each with the lines (of the part below) where it holds and fails.
   */
  continued?: { lines: [number, number]; relations: { text: string; holds: number[]; fails: number[] }[] };
  /**
   * A quarterly table's lines against the year in the income statement (facts/quarterlyTotals.ts),
   * where the table is read as tied: each line's label and year, the 1-based lines of its four
   * quarters, their sum, the statement's figure (its line and the statement's first line) and
   * whether they agree. Present where the table was exported with its document.
   */
  quarters?: {
    label: string;
    year: number;
    quarters: number[];
    sum: string;
    stated: string;
    statementLine: number;
    statedLine: number;
    agrees: boolean;
  }[];
  /**
   * The options at a date an activity table and a table by range of exercise prices both state
   * (FL312), on either table: the balance's line, count and price, the other table's price (its
   * total row's, else what its ranges give) and its first line, and whether they agree.
   */
  optionPrices?: {
    line: number;
    count: string;
    price: string;
    byRange: string;
    otherTable: number;
    agrees: boolean;
  }[];
}

export function tableToJson(table: Table, model?: FilingModel): TableJson {
  const json = tableJson(table);
  if (model) {
    json.repeats = repeatsOf(model, table).map((r) => ({
      lines: [r.other.startLine + 1, r.other.endLine + 1],
      title: r.other.title,
      alike: r.agreeing,
      apart: r.differing,
    }));
    json.quarters = confirmedQuarterTies(model)
      .filter((t) => t.table === table)
      .map((t) => ({
        label: t.label.trim(),
        year: t.year,
        quarters: t.quarters.map((c) => c.span.line + 1),
        sum: toPlain(t.sum),
        stated: toPlain(t.stated.value!),
        statementLine: t.statement.startLine + 1,
        statedLine: t.stated.span.line + 1,
        agrees: t.agrees,
      }));
    const continued = continuedWith(model.tables, table);
    if (continued) {
      const other = continued.above === table ? continued.below : continued.above;
      json.continued = {
        lines: [other.startLine + 1, other.endLine + 1],
        relations: continued.relations.map((r) => ({
          text: relationText(continued.wide, r),
          holds: r.holds.map((row) => sourceLineOf(row) + 1),
          fails: r.fails.map((f) => sourceLineOf(f.row) + 1),
        })),
      };
    }
    json.optionPrices = optionPriceTiesOf(model, table).map(({ at, byRange, ok }) => ({
      line: at.priceCell.span.line + 1,
      count: toPlain(at.countCell.value!),
      price: toPlain(at.price),
      byRange: toPlain(byRange.priceCell ? byRange.price : roundTo(byRange.averaged!.price, at.price.scale + 2)),
      otherTable: (table === at.table ? byRange.table : at.table).startLine + 1,
      agrees: ok,
    }));
  }
  return json;
}

function tableJson(table: Table): TableJson {
  return {
    title: table.title,
    page: table.page,
    lines: [table.startLine + 1, table.endLine + 1],
    scale: table.scale?.exponent ?? null,
    columns: table.columns.map((c) => ({ header: c.header, kind: c.kind })),
    rows: table.rows.map((r) => ({
      kind: r.kind,
      label: r.label,
      line: sourceLineOf(r) + 1,
      values: table.columns.slice(1).map((c) => {
        const cell = r.cells[c.index];
        return cell ? (cell.value ? toPlain(cell.value) : '0') : null;
      }),
    })),
    footnotes: table.footnotes.map((f) => ({ marker: f.marker, text: f.text })),
    relations: factsOf(table).relations.map((r) => ({
      text: relationText(table, r),
      result: r.result,
      terms: r.terms.map((t) => ({ column: t.column, sign: t.sign })),
      holds: r.holds.map((row) => sourceLineOf(row) + 1),
      fails: r.fails.map((f) => sourceLineOf(f.row) + 1),
    })),
    products: productsOf(table).map((p) => ({
      text: productText(table, p),
      result: p.result,
      factors: p.factors,
      unit: p.unit,
      holds: p.holds.map((row) => sourceLineOf(row) + 1),
      fails: p.fails.map((f) => sourceLineOf(f.row) + 1),
    })),
    rollForwards: rollForwardsJson(table),
    yearRows: scheduleChainsOf(table).map((c) => ({
      line: sourceLineOf(c.later) + 1,
      from: sourceLineOf(c.earlier) + 1,
      ok: c.ok,
    })),
    changes: percentChanges(table).map((c) => ({
      column: c.column.index,
      later: c.later.index,
      earlier: c.earlier.index,
      agree: c.rows.filter((r) => r.ok).map((r) => sourceLineOf(r.row) + 1),
      disagree: c.failing.map((r) => sourceLineOf(r.row) + 1),
    })),
  };
}

function rollForwardsJson(table: Table): TableJson['rollForwards'] {
  const rf = rollForwardsOf(table);
  const years = periodChainsOf(table);
  return rf.segments.map((segment) => {
    const ties = rf.ties.filter((t) => t.segment === segment);
    const chains = years.filter((c) => c.segment === segment);
    return {
      kind: segment.kind,
      open: sourceLineOf(segment.open) + 1,
      close: sourceLineOf(segment.close) + 1,
      ties: ties.filter((t) => t.ok).map((t) => t.column),
      fails: ties.filter((t) => !t.ok).map((t) => t.column),
      // Each year column's opening balance against the year before's closing one (columns by index).
      years: chains.map((c) => ({ column: c.later.index, from: c.earlier.index, ok: c.ok })),
    };
  });
}
