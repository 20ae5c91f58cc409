/**
 * FL202 malformed-figure: a figure printed wrongly among the figures of its column: a doubled
 * comma (`1,,234`), a comma in the wrong place (`12,34`), a space inside it (`1 .01`, `1 166`), a
 * parenthesis without its pair (`2.40)`) or closed twice (`(66,494))`), stray characters typed after
 * it (`157,603..`), a leading group of zero (`0,953`: a digit lost), a
 * decimal point where the column's whole numbers have a thousands comma (`$14.785` among
 * `12,738`), or a decimal point lost from a year's figure in a row of years (`72` among `.86` and
 * `.62`). Only what could not be a figure as written, or could not be one of this column's, is
 * reported: text that is not a figure at all (`n/a`, a range) is not.
 */
import { abs, cmp, formatLike, pow10, rescale, timesPow10, type Decimal } from '../decimal';
import type { Cell, Row, Table } from '../model';
import type { Fix } from '../findings';
import { columnsByYear } from '../facts/statements';
import { memoize } from '../memo';
import { cellEdit, replaceKeepingRightEdge } from '../fixes/replace';
import { STRAY_TYPED } from '../parse/lines';
import type { TableCheck, Report } from './check';
import { rowName } from './describe';

/** The shape of a `)` without its `(`: a figure mistyped, unless the label opened the parenthesis. */
const CLOSING_ONLY = {
  pattern: /^\$?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?\)$/,
  what: 'a closing parenthesis without its opening one',
};

/** Shapes of text among figures that are a figure mistyped, and what is wrong with each. */
const MISTYPED: { pattern: RegExp; what: string }[] = [
  { pattern: /^\(?\$?\s*\d+(?:,\d+)*,,\d+(?:,\d+)*(?:\.\d+)?\)?%?$/, what: 'a doubled comma' },
  {
    pattern: /^\(?\$?\s*\d{1,3}(?:,\d{3})*,\d{1,2}(?:\.\d+)?\)?%?$/,
    what: 'a comma that does not set off three digits',
  },
  {
    pattern: /^\(?\$?\s*\d{1,3}(?:,\d{3})*,\d{4,}(?:\.\d+)?\)?%?$/,
    what: 'a comma that does not set off three digits',
  },
  { pattern: /^\(?\$?\s*\d+ \.\d+\)?%?$/, what: 'a space inside the figure' },
  // `1 166`: a space typed for the thousands comma.
  { pattern: /^\(?\$?\s*\d{1,3} \d{3}\)?%?$/, what: 'a space where its thousands comma goes' },
  // `$8, 356`: a space typed after the thousands comma.
  { pattern: /^\(?\$?\s*\d{1,3}, \d{3}\)?%?$/, what: 'a space after its thousands comma' },
  // `(1,25 1)`: a space typed inside the last group of three digits.
  { pattern: /^\(?\$?\s*\d{1,3}(?:,\d{3})*,(?:\d \d{2}|\d{2} \d)(?:\.\d+)?\)?%?$/, what: 'a space inside the figure' },
  CLOSING_ONLY,
  { pattern: /^\(\$?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?$/, what: 'an opening parenthesis without its closing one' },
  { pattern: /^\(\$?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?\)\)+%?$/, what: 'a closing parenthesis too many' },
];

/** Whether a label opens more parentheses than it closes: a note that the row's figures close. */
function opensMore(label: string): boolean {
  let depth = 0;
  for (const c of label) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}

/** `0,953`: a group of zero leading a figure, which no figure has; a digit was lost. */
const ZERO_GROUP = /^\(?\$?\s*0,\d{3}/;

/** Fewer whole figures than this beside it do not establish that a column writes thousands with commas. */
const MIN_WHOLE = 3;

/**
 * Whether the table's other figures (in its columns that add) are all whole numbers, at least
 * MIN_WHOLE of them written with thousands commas: a table that writes no decimal point.
 */
function wholeWithCommas(table: Table, except: Cell): boolean {
  let grouped = 0;
  for (const column of table.columns) {
    if (column.kind !== 'amount' && column.kind !== 'count') continue;
    for (const r of table.rows) {
      const c = r.cells[column.index];
      if (!c?.value || c === except) continue;
      if (c.value.scale !== 0 || c.percent) return false;
      if (c.text.includes(',')) grouped++;
    }
  }
  return grouped >= MIN_WHOLE;
}

/** Whether the other figures of a cell's column are whole numbers, two or more with thousands commas. */
function columnWhole(table: Table, cell: Cell): boolean {
  let grouped = 0;
  for (const r of table.rows) {
    const c = r.cells[cell.column];
    if (!c?.value || c === cell) continue;
    if (c.value.scale !== 0 || c.percent) return false;
    if (c.text.includes(',')) grouped++;
  }
  return grouped >= 2;
}

/** A figure written as thousands with a point for their comma: `$1.437`, `(14.785)`. */
const THOUSANDS_POINT = /^\(?\$?\s*\d{1,3}\.\d{3}\)?$/;

/**
 * `14.785` in a column and a table of whole thousands, or in a row of them (`Net sales  $1,710
 * $1,578  ...  $1.556`, in a column whose other figures are shares and amounts per share): a point
 * typed for the comma.
 */
function pointForComma(table: Table, row: Row, cell: Cell): 'column' | 'row' | null {
  const v = cell.value;
  const kind = table.columns[cell.column].kind;
  if (!v || v.scale !== 3 || cell.percent || (kind !== 'amount' && kind !== 'count')) return null;
  if (!THOUSANDS_POINT.test(cell.text.trim())) return null;
  if (columnWhole(table, cell) && wholeWithCommas(table, cell)) return 'column';
  return rowWhole(table, row, cell) ? 'row' : null;
}

/**
 * Whether a row's other figures (its percents aside) are whole numbers, two or more with thousands
 * commas, and its column's figures written to three places are few among its whole ones (see
 * pointsAmongWhole).
 */
function rowWhole(table: Table, row: Row, cell: Cell): boolean {
  if (!rowGrouped(row, cell)) return false;
  const known = pointColumns(table);
  let few = known.get(cell.column);
  if (few === undefined) known.set(cell.column, (few = pointsAmongWhole(table, cell.column)));
  return few;
}

/** Each column's answer to pointsAmongWhole, worked out once: every three-place figure of it asks. */
const pointColumns = memoize((_table: Table) => new Map<number, boolean>());

/**
 * Whether a column's figures written to three places are each written as thousands in a row of
 * whole figures with commas, and its whole figures are twice as many or more; or it has one such
 * figure alone. A column of prices or rates to three places writes them so throughout: Bristol-Myers
 * Squibb's 1997 sales by product, `$1.437` and, seven rows down, `1.219`, each among whole figures in
 * millions written with commas, are two points typed for commas in one column of ten whole figures;
 * `$34.625` on each row of an option grants table, prices in eighths.
 */
function pointsAmongWhole(table: Table, column: number): boolean {
  let whole = 0;
  let threePlaces = 0;
  for (const r of table.rows) {
    const c = r.cells[column];
    if (!c?.value) continue;
    if (c.value.scale === 0) whole++;
    if (c.value.scale !== 3) continue;
    if (!THOUSANDS_POINT.test(c.text.trim()) || !rowGrouped(r, c)) return false;
    threePlaces++;
  }
  return threePlaces <= 1 || whole >= 2 * threePlaces;
}

/** Whether a row's figures other than `cell` (its percents aside) are whole, two or more with thousands commas. */
function rowGrouped(row: Row, cell: Cell): boolean {
  let grouped = 0;
  for (const c of row.cells) {
    if (!c?.value || c === cell || c.percent) continue;
    if (c.value.scale !== 0) return false;
    if (c.text.includes(',')) grouped++;
  }
  return grouped >= 2;
}

/** A figure of the row written with a thousands comma, shown beside the finding. */
function grouped(row: Row, not: Cell): { span: Cell['span']; message: string }[] {
  const c = row.cells.find((x) => x?.value && x !== not && !x.percent && x.text.includes(','));
  return c ? [{ span: c.span, message: `the row writes ${c.text.trim()}` }] : [];
}

/** A well-formed figure of the same column, shown beside the finding. */
function neighbour(table: Table, column: number, not: Cell): { span: Cell['span']; message: string }[] {
  for (const r of table.rows) {
    const c = r.cells[column];
    if (c?.value && c !== not) return [{ span: c.span, message: `the column writes ${c.text.trim()}` }];
  }
  return [];
}

/** Figures of a row of years a decimal point lost needs beside it, each written to the same places. */
const MIN_YEARS = 4;

/**
 * `72` in a row of years whose every other figure is written to two places (`.97  .86  72  .62`, a
 * summary's net income per share): the point was lost. Only where the figure as printed is far
 * beyond the others (more than five times the largest) and with the point put back lies among them
 * (within half again of their least and their largest): a whole figure the row's scale fits is the
 * filer's way of writing it (`1` among `.75`). Returns the figure as meant, or null.
 */
function pointLost(table: Table, row: Row): { cell: Cell; meant: Decimal; like: string } | null {
  const years = columnsByYear(table);
  if (years.size < MIN_YEARS) return null;
  let whole: Cell | undefined;
  const others: Cell[] = [];
  for (const column of years.values()) {
    const c = row.cells[column.index];
    if (!c?.value || c.percent) continue;
    if (c.value.scale === 0) {
      if (whole) return null;
      whole = c;
    } else others.push(c);
  }
  if (!whole || others.length < MIN_YEARS - 1) return null;
  const scale = others[0].value!.scale;
  if (others.some((c) => c.value!.scale !== scale)) return null;
  // Every year's figure is in a column of years: a row that mixes counts and prices is no series.
  for (let k = 1; k < row.cells.length; k++) {
    const c = row.cells[k];
    if (c?.value && c !== whole && !others.includes(c)) return null;
  }
  const sizes = others.map((c) => abs(c.value!));
  const least = sizes.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
  const largest = sizes.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
  const meant = timesPow10(whole.value!, -scale);
  // In units of the row's last place: the printed figure is the meant one in those units.
  const units = (d: Decimal) => rescale(d, scale).units;
  const printed = units(abs(meant));
  // Far beyond the others as printed (72 is more than five times the largest, 2.21), and among them
  // with its point (.72 within half again of their least, .62, and their largest).
  if (printed * pow10(scale) <= 5n * units(largest)) return null;
  if (3n * printed < 2n * units(least) || 2n * printed > 3n * units(largest)) return null;
  // Written as the years beside it write their figures (`.86`, not `0.86`).
  const beside = row.cells[whole.column - 1]?.value ? row.cells[whole.column - 1]! : others[0];
  return { cell: whole, meant, like: beside.text.trim() };
}

/** A figure of a table printed wrongly, and how. */
interface Malformed {
  row: Row;
  cell: Cell;
  what: 'mistyped' | 'stray' | 'zero group' | 'point for comma' | 'point lost';
  /**
   * For `mistyped`, what is wrong; for `point lost`, the figure as meant, written as the row writes
   * it; for `point for comma`, whether its column's or its row's whole figures say so.
   */
  detail?: string;
}

/**
 * A table's malformed figures, worked out once per table object (unchanged pages keep their tables
 * between edits). Most figures are told apart by their parsed value, before any pattern is tried.
 */
const malformedIn = memoize((table: Table): Malformed[] => {
  const out: Malformed[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    // The label's words, with a heading right above that its first line continues.
    const above = r > 0 && table.rows[r - 1].kind === 'heading' ? table.rows[r - 1].label : '';
    for (const cell of row.unread) {
      const text = cell.text.trim();
      const stray = STRAY_TYPED.exec(text);
      if (stray) {
        out.push({ row, cell, what: 'stray', detail: stray[1] });
        continue;
      }
      const kind = MISTYPED.find((m) => m.pattern.test(text));
      // `$1.00)` after `(Series A Junior / Participating Preferred`: the `)` closes the label's.
      if (kind === CLOSING_ONLY && opensMore(`${above} ${row.label}`)) continue;
      if (kind) out.push({ row, cell, what: 'mistyped', detail: kind.what });
    }
    for (let c = 1; c < row.cells.length; c++) {
      const cell = row.cells[c];
      if (!cell?.value) continue;
      if (cell.text.includes('0,') && ZERO_GROUP.test(cell.text.trim())) out.push({ row, cell, what: 'zero group' });
      else if (cell.value.scale === 3) {
        const among = pointForComma(table, row, cell);
        if (among) out.push({ row, cell, what: 'point for comma', detail: among });
      }
    }
    const lost = row.kind === 'heading' ? null : pointLost(table, row);
    if (lost) out.push({ row, cell: lost.cell, what: 'point lost', detail: formatLike(lost.meant, lost.like) });
  }
  return out;
});

/**
 * The fix for stray characters after a figure: the figure alone, set on its column's right edge
 * when the edge lies within the cell (`157,603..` ending past it by the `..`), else where its
 * digits are (`138.6\`` whose digits end on the edge). Nothing outside the cell moves.
 */
function strayRemoved(table: Table, cell: Cell, stray: string, lineText: string): Fix {
  const text = cell.text.trim();
  const figure = text.slice(0, text.length - stray.length);
  const title = `Remove ${stray} after ${figure.replace(/^\$\s*/, '')}`;
  if (table.source === 'html') return { title, edits: [replaceKeepingRightEdge(lineText, cell.span, figure, true)] };
  const source = lineText.slice(cell.span.start, cell.span.end);
  const lead = source.length - source.trimStart().length;
  const trail = source.length - source.trimEnd().length;
  // Where the figure's last character is, and where the column wants it (display columns match the
  // cell's characters: a cell's text holds no tab).
  const edge = table.columns[cell.column].end;
  const figureEnd = cell.display.end - trail - stray.length;
  const shift = edge > figureEnd && edge <= figureEnd + stray.length ? edge - figureEnd : 0;
  const newText =
    source.slice(0, lead) +
    ' '.repeat(shift) +
    figure +
    ' '.repeat(stray.length - shift) +
    source.slice(source.length - trail);
  return { title, edits: [{ span: cell.span, newText }] };
}

/**
 * Dots typed after the upper bound of a range (`$ 0.00 - $72.31.. 31,272,225`, the total row of an
 * options table by exercise price) are the range label's leaders, typed short of three for want of
 * room: the bound is a label's figure, and nothing was typed wrong.
 */
function rangeLeaders(stray: string, lineText: string | undefined, cell: Cell): boolean {
  return stray.startsWith('..') && RANGE_BEFORE.test((lineText ?? '').slice(0, cell.span.start));
}
const RANGE_BEFORE = /\d\s{0,3}(?:-{1,2}|\u2013|to)\s{0,3}$/;

export const malformedFigure: TableCheck = {
  code: 'FL202',
  name: 'malformed-figure',
  description:
    'A figure is printed wrongly for its column: a doubled or misplaced comma, a space inside, ' +
    'an unpaired parenthesis, stray characters after it, a lost digit, a point for a comma or a lost point.',
  defaultSeverity: 'warning',
  scope: 'table',
  runTable(table, ctx) {
    const out: Report[] = [];
    for (const { row, cell, what, detail } of malformedIn(table)) {
      const text = cell.text.trim();
      const related = neighbour(table, cell.column, cell);
      if (what === 'mistyped') {
        out.push({
          span: cell.span,
          table: table.index,
          message: `${text} in ${rowName(row)} is not a well-formed figure: ${detail}`,
          related,
        });
      } else if (what === 'stray') {
        if (rangeLeaders(detail!, ctx.model.lines[cell.span.line], cell)) continue;
        out.push({
          span: cell.span,
          table: table.index,
          message: `${text} in ${rowName(row)} is not a well-formed figure: stray characters (${detail}) typed after it`,
          related,
          fix: strayRemoved(table, cell, detail!, ctx.model.lines[cell.span.line]),
        });
      } else if (what === 'zero group') {
        out.push({
          span: cell.span,
          table: table.index,
          message: `${text} in ${rowName(row)} is not a well-formed figure: a group of zero leads it (a digit lost?)`,
          related,
        });
      } else if (what === 'point lost') {
        const digits = text.replace(/^\$\s*/, '');
        const beside = yearsBeside(row, cell);
        const shown = beside.length ? ` (${beside.map((c) => c.text.trim()).join(' and ')} beside it)` : '';
        out.push({
          span: cell.span,
          table: table.index,
          message: `${text} in ${rowName(row)} reads like ${detail} with its decimal point lost: the row's other years are written to ${placesOf(detail!)}${shown}`,
          related: beside.map((c) => ({
            span: c.span,
            message: `${table.columns[c.column].header.trim() || 'beside it'}: ${c.text.trim()}`,
          })),
          fix: { title: `Change ${digits} to ${detail}`, edits: [cellEdit(ctx.model.lines, table, cell, detail!)] },
        });
      } else {
        const fixed = text.replace('.', ',').replace(/^\$\s*/, '');
        const digits = text.replace(/^\$\s*/, '');
        out.push({
          span: cell.span,
          table: table.index,
          message: `${text} in ${rowName(row)} has a decimal point where the ${detail}'s whole figures have a thousands comma`,
          related: detail === 'row' ? grouped(row, cell) : related,
          fix: {
            title: `Change ${digits} to ${fixed}`,
            edits: [cellEdit(ctx.model.lines, table, cell, fixed)],
          },
        });
      }
    }
    return out;
  },
};

/** `two places` for `.72`. */
function placesOf(figure: string): string {
  const places = /\.(\d+)/.exec(figure)?.[1].length ?? 0;
  return places === 1 ? 'one place' : `${['no', 'one', 'two', 'three', 'four'][places] ?? places} places`;
}

/** The figures of the years either side of a cell in its row. */
function yearsBeside(row: Row, cell: Cell): Cell[] {
  const out: Cell[] = [];
  for (const k of [cell.column - 1, cell.column + 1]) {
    const c = row.cells[k];
    if (c?.value) out.push(c);
  }
  return out;
}
