/**
 * The table model: what the parser makes of a filing and what checks, summaries and fixes read.
 * Positions are 0-based lines and 0-based character columns into the document as given
 * (tabs are not expanded in positions, so ranges map straight onto the editor's text).
 */
import type { Decimal } from './decimal';
import type { TextRegion } from './parse/regions';

/** A half-open character range on one line: [start, end). */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export type ColumnKind =
  /** The row labels, leftmost; may hold numbers (rates, terms) or ranges. */
  | 'label'
  /** Whole numbers of things (loans, shares): foot exactly. */
  | 'count'
  /** Money: foot exactly to the cent, or by the rounding interval when in a declared scale. */
  | 'amount'
  /** Shares of another column, or of 100. */
  | 'percent'
  /** Other numbers (rates, ratios) that are not added up. */
  | 'number';

export interface Column {
  index: number;
  kind: ColumnKind;
  /** Display columns (tabs expanded) covered by the column's numbers across the table's rows. */
  start: number;
  end: number;
  /** The right edge most of the column's numbers share (exclusive), for alignment. */
  rightEdge: number;
  /** Header words stacked over the column, joined with spaces. */
  header: string;
  /** Set on the three columns a range is written across (`$ 0.50  -  $52.43`): bounds, not amounts. */
  range?: true;
}

export interface Cell {
  column: number;
  /** The raw text of the cell as written, `$` and `%` included. */
  text: string;
  /** The span of the number itself (without a detached `$`), the range diagnostics point at. */
  span: Span;
  /** The same range in display columns (tabs expanded), where alignment is measured. */
  display: { start: number; end: number };
  /**
   * The display column where the figure's digits (or its `%`) end, its column edge: a negative's
   * closing parenthesis, stars and footnote markers hang past it. For a label, its end.
   */
  edge: number;
  /** A footnote marker glued to the figure (`*`, `(5)`, `(a)`, `{1}`, as written); '' when none. */
  marker: string;
  /** Set when the figure follows dot leaders directly (`Indemnity....... 17`): placed by them, not by a column edge. */
  afterLeader?: true;
  /** Parsed exact value; null for text cells. */
  value: Decimal | null;
  /** True when a `$` sign belongs to the cell. */
  dollar: boolean;
  /** True when the cell ends with `%`. */
  percent: boolean;
}

export type RowKind = 'body' | 'total' | 'heading';

export interface Row {
  kind: RowKind;
  /** The label, wrapped lines joined with a space (or nothing after a trailing `/` or `-`). */
  label: string;
  /** Every line of the row, label-only continuation lines first, the line with the numbers last. */
  lines: number[];
  /** The line holding the numbers. */
  line: number;
  /** Cells by column index; the label column's cell holds the label's last line. */
  cells: (Cell | undefined)[];
  /**
   * What the row holds among its figures that could not be read as one: a malformed figure
   * (`1,,234`, `2.40)`), or a second figure in a column (a range, `$0.50 - $52.43`), as cells of
   * their column without a value. A total whose rows have one is not footed in that column.
   */
  unread: Cell[];
}

export interface Rule {
  line: number;
  start: number;
  end: number;
  /** The same range in display columns (tabs expanded), to tell which columns the rule is drawn over. */
  display: { start: number; end: number };
  char: '-' | '=' | '_';
}

export interface Footnote {
  /** The marker as written: `(1)`, `*`, `(a)`. */
  marker: string;
  /** Text with its lines joined by single spaces. */
  text: string;
  startLine: number;
  endLine: number;
}

/** A declared unit for the table's amounts: `(in thousands)` is exponent 3. */
export interface ScaleNote {
  exponent: number;
  line: number;
  text: string;
  /**
   * Which counts the note puts in a unit too, so that they are rounded: `all`, where it names them
   * (`units in thousands`, `shares in millions`, `(thousands of shares)`); `shares`, where it names
   * no unit and excepts no counts (`(in millions, except per share data)`: a statement's share
   * columns are in millions). Unset where counts are exact (`Dollars in thousands`, `except share
   * data`).
   */
  counts?: 'all' | 'shares';
}

export interface Table {
  /** Index of the table in the document, 0-based. */
  index: number;
  /** The title line's text, or `Table N` (N = index + 1) when the table has none. */
  title: string;
  /** Set when the title is the `Table N` stand-in, which follows the index when tables above come or go. */
  untitled?: true;
  /** Line of the title, or -1 when the table has none. */
  titleLine: number;
  /** Footnote markers attached to the title: `(1)(2)` gives ['(1)', '(2)']. */
  titleRefs: string[];
  headerLines: number[];
  columns: Column[];
  rows: Row[];
  rules: Rule[];
  footnotes: Footnote[];
  scale: ScaleNote | null;
  /** First and last line the table occupies (title to last row or footnote). */
  startLine: number;
  endLine: number;
  /** First and last line of the body (first row to total row). */
  bodyStartLine: number;
  bodyEndLine: number;
  /** The page number the table sits on (1 + the number of `<PAGE>` markers above it). */
  page: number;
  /** For a table broken across a `<PAGE>` marker: its first part, as parsed on its own page. */
  continuedFrom?: Table;
  /**
   * Set on a table read from HTML (parse/html/). Its cells' spans are where their text is in the
   * source, but its layout is the browser's: `Row.line`, `Row.lines` and `Rule.line` number its
   * rows, rules and the gaps between groups as a printed table has them, a line each from the
   * table's first line (what the facts read: which rows a rule closes), and display columns are
   * grid columns (GRID_UNIT each). Checks about layout (alignment, line lengths) pass it over.
   */
  source?: 'html';
}

/**
 * A page of the filing: the lines from one `<PAGE>` marker to the next. Tables never span a
 * `<PAGE>` marker, so pages parse independently: an edit re-parses only the page it touched, and
 * results computed per page (tables, EDGAR notes) are kept with it.
 */
export interface Page {
  from: number;
  /** Exclusive. */
  to: number;
  number: number;
  tables: Table[];
  /** What checks worked out from the page, kept with it across edits, by slot (pageKept.ts). */
  kept: unknown[];
}

/**
 * A piece of a paragraph's text and where it is written: `length` characters from `char` on `line`
 * (counted from its document's first line), or, for a decoded entity (`&#36;` read as `$`), the one
 * character the entity there stands for.
 */
export interface TextPiece {
  /** Offset of the piece in the paragraph's text. */
  at: number;
  line: number;
  char: number;
  length: number;
  entity: boolean;
}

/** A paragraph of an HTML document's text outside its tables that states an amount (parse/html/scan.ts). */
export interface ProseParagraph {
  /** Its text, entities decoded, line breaks and runs of spaces as written. */
  text: string;
  pieces: TextPiece[];
}

/** The paragraphs stating amounts of an HTML document of the filing, which starts on `startLine`. */
export interface HtmlProse {
  startLine: number;
  paragraphs: ProseParagraph[];
}

/** The parsed document: its lines, its tables, and the pages they were parsed by. */
export interface FilingModel {
  lines: string[];
  tables: Table[];
  pages: Page[];
  /** The paragraphs stating amounts in the HTML documents' text, which the text reader's lines do not show. */
  htmlProse: HtmlProse[];
  /** The plain-text parts of the submission (not HTML, not encoded binaries). */
  regions: TextRegion[];
  /** Per line, what the regions say of it: SKIPPED_LINE and TABLE_TAG_LINE bits (parse/regions.ts). */
  flags: Uint8Array;
}

/**
 * The line a row's text is on in the document: its first cell's (an HTML row's `line` is its place
 * in the table, not a line of the source). A row without cells (a heading) gives its `line`.
 */
export function sourceLineOf(row: Row): number {
  for (const c of row.cells) if (c) return c.span.line;
  return row.line;
}
