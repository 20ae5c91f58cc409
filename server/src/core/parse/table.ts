/**
 * One table from its body, in stages: body marks, header, title, column layout, header words, scale,
 * rows, columns and footnotes.
 */
import type { Table } from '../model';
import type { LineAccess } from './doc';
import { isWrappedLabel, scanBody, underlinesYear } from './body';
import {
  findHeader,
  findScale,
  findTitle,
  isSectionYear,
  isYearHeading,
  MAX_HEADER_LINES,
  onlyYears,
  splitTitleRefs,
  untitledTitle,
  titleBesideFiler,
  titleText,
} from './header';
import {
  buildColumns,
  headerWords,
  labelBoundary,
  occupiedRuns,
  splitSharedRuns,
  type Layout,
  type RawColumn,
} from './columns';
import { buildRows } from './rows';
import { retabbedRows } from './tabs';
import { findFootnotes } from './footnotes';

/**
 * A line whose only figures are years, right above a rule (blank lines between allowed): the
 * header's last line (`EXERCISE PRICES  AT DEC. 31, 1997  CONTRACTUAL LIFE  PRICE   1997   PRICE`).
 */
function yearsOverRule(doc: LineAccess, line: number): boolean {
  if (!onlyYears(doc.infos[line])) return false;
  let k = line + 1;
  while (k < doc.infos.length && doc.infos[k].kind === 'blank' && k - line <= 2) k++;
  return k < doc.infos.length && doc.infos[k].kind === 'rule';
}

/**
 * A line whose only figures are years, with more header words under it before the first row: a
 * header line (`Total   Against   1999` over `Reserve   Reserve   Balance`).
 */
function yearsOverText(doc: LineAccess, line: number, depth = 0): boolean {
  if (!onlyYears(doc.infos[line])) return false;
  const next = line + 1;
  if (next >= doc.infos.length) return false;
  // Headings staggered over two lines (`2000   At December 31,` over `(Unaudited)   1999`) lead to
  // the rule through another line of years; no header has more lines than MAX_HEADER_LINES, which
  // bounds the lines looked at (a run of lines of years would otherwise be read again from each).
  return (
    doc.infos[next].kind === 'text' ||
    yearsOverRule(doc, next) ||
    (depth < MAX_HEADER_LINES && yearsOverText(doc, next, depth + 1))
  );
}

function yearHeaderLine(doc: LineAccess, line: number): boolean {
  return isYearHeading(doc.infos[line]) || yearsOverRule(doc, line) || yearsOverText(doc, line);
}

/**
 * Header words between two lines of years (`Initial   Amounts   Dec. 31,` between `1997   1997   At`
 * and `Charges  Adjustments  Used   1997` over a rule): a header line too.
 */
function wordsOverYears(doc: LineAccess, line: number): boolean {
  const next = line + 1;
  return (
    doc.infos[line].kind === 'text' &&
    next < doc.infos.length &&
    line > 0 &&
    onlyYears(doc.infos[line - 1]) &&
    (yearsOverRule(doc, next) || yearsOverText(doc, next))
  );
}

/**
 * A year alone at the labels' margin over the rows under it (Pfizer's segment table: `1996`, then
 * `Net sales` and the other rows of that year, then `1995` and its rows): the first block's heading,
 * a row of the body as the later years' headings are, not a column heading. A year heading a column
 * stands over that column's figures, right of the labels.
 */
function yearOverLabels(doc: LineAccess, line: number, end: number): boolean {
  const chunks = doc.infos[line].chunks;
  if (chunks.length !== 1 || !isSectionYear(doc.infos[line])) return false;
  const year = chunks[0];
  for (let l = line + 1; l <= end && l <= line + 3; l++) {
    const info = doc.infos[l];
    // Blank lines, and the year's own underline (Motorola's Schedule VIII: `1993` over `- ----`).
    if (info.kind === 'blank' || underlinesYear(doc, l)) continue;
    if (info.kind !== 'numeric' || info.chunks[0].number) return false;
    const label = info.chunks[0];
    const figure = info.chunks.find((c) => c.number);
    return year.start <= label.start && (!figure || year.end < figure.start);
  }
  return false;
}

/**
 * The first row's label wrapped above its figures, right under EDGAR's column markup (`<S>  <C>`
 * over `Tax provision at the U.S. federal statutory` over `  rate......  $266`), or the first
 * block's headings over it (a Schedule II's `YEAR ENDED JUNE 28,` / ` 1996:` / `Deducted from
 * asset` / ` accounts:` over `  Allowance for doubtful` and the row): the markup ends the header, so
 * those lines are the body's, not column headings. Each is one run of words left of the row's
 * figures, as a label is; column headings stand over the figures. Returns where the body then starts.
 */
function labelUnderStubMarkup(doc: LineAccess, start: number, floor: number): number {
  // Where the row's figures start: a number at its margin is its label (`1995......`).
  const chunks = doc.chunksOf(start);
  const figuresAt = chunks.find((c, i) => c.number && (i > 0 || !chunks[1]))?.start ?? 0;
  const leftOfFigures = (l: number) => {
    const words = doc.chunksOf(l);
    return words.length === 1 && words[0].end < figuresAt;
  };
  // Under the markup: the lines of words up to it, blank lines between them (IBM's `Revenue:`, a
  // blank line, then its segments; Dell's statement's name over `Research, development and
  // engineering expenses:`, a line long enough to read as prose).
  const under: number[] = [];
  let p = start - 1;
  for (; p >= floor && start - p <= MAX_LINES_UNDER_MARKUP; p--) {
    const kind = doc.infos[p].kind;
    if (kind === 'blank') continue;
    if ((kind !== 'text' && kind !== 'prose') || !leftOfFigures(p)) break;
    under.push(p);
  }
  if (under.length > 0 && p >= floor && STUB_MARKUP.test(doc.lines[p])) {
    const first = under[under.length - 1];
    // One or two lines may be the row's label alone, wrapped; a heading (`Revenue:`) or more lines
    // than a label wraps over carry the body's headings. Anything else (a unit note) stays above.
    const headed = under.some((l) => doc.lines[l].trimEnd().endsWith(':'));
    return under.length > MAX_LABEL_ABOVE || headed || isWrappedLabel(doc, first) ? first : start;
  }
  // Without the markup, a label wrapped over the row, right under the header's rule or a blank line
  // (Motorola's `Weighted average common shares` over `  outstanding   274.4   267.0`; Sears'
  // `Merchandise sales and` over `  services   $7,771 ...`), is the row's all the same: words
  // left of the figures that run on, indented, into the row are a label, not a column heading.
  p = start - 1;
  while (p >= floor && start - p <= MAX_LABEL_ABOVE && doc.infos[p].kind === 'text' && leftOfFigures(p)) p--;
  const first = p + 1;
  if (first === start) return start;
  const above = doc.infos[first - 1]?.kind;
  return (above === 'rule' || above === 'blank') && isWrappedLabel(doc, first) ? first : start;
}
/** Lines a label may wrap over above its figures (see isWrappedLabel). */
const MAX_LABEL_ABOVE = 3;
/** Lines of headings and a wrapped label that may stand between the markup and the first row. */
const MAX_LINES_UNDER_MARKUP = 6;
/** The markup line that opens a table's rows: `<S>` over the stub, then `<C>` over each column. */
const STUB_MARKUP = /^\s*<S>/i;

export function buildTable(
  document: LineAccess,
  start: number,
  end: number,
  floor: number,
  index: number,
  page: number,
): Table | null {
  let doc = document;
  let { infos } = doc;
  // Leading year lines (`1999   1998`, `At December 31 (In millions)   1993   1992`, `1995  -------`)
  // are column headings, not rows.
  while (
    start < end &&
    !yearOverLabels(doc, start, end) &&
    (yearHeaderLine(doc, start) || wordsOverYears(doc, start))
  ) {
    start++;
  }
  start = labelUnderStubMarkup(doc, start, floor);

  // Rows, wrapped labels and rules of the body. Most candidates are a lone numeric line in prose:
  // they are dropped before the header and title are looked for.
  const numericLines: number[] = [];
  for (let l = start; l <= end; l++) if (infos[l].kind === 'numeric') numericLines.push(l);
  if (numericLines.length < 2) return null;
  // Rows typed with tabs among rows typed with spaces are read at their filer's stops.
  const retabbed = retabbedRows(doc, numericLines);
  if (retabbed) {
    doc = doc.reading(retabbed);
    infos = doc.infos;
  }
  const header = findHeader(doc, start, floor);
  const titleLine = findTitle(doc, header.top, floor);

  // Numeric columns are measured from numbers only, so a long label cannot join two columns. A year
  // heading a section of rows (`1995` over that year's rows) is a heading row, not figures: set at
  // the labels' margin, it would make a column of the labels.
  const lineChunks = numericLines.filter((l) => !isSectionYear(infos[l])).map((l) => infos[l].chunks);
  const runs = splitSharedRuns(occupiedRuns(lineChunks, true), lineChunks);
  const body = scanBody(doc, start, end);

  // Totals whose label wraps are left out: the line of their figures may start with the label's
  // end (`Balances at December 31,` over ` 1997.....  --  --  12,043`), a number left of the columns.
  const boundary = labelBoundary(
    runs,
    lineChunks,
    numericLines.filter((l) => body.totalish.has(l) && infos[l - 1]?.kind !== 'text').map((l) => infos[l].chunks),
  );
  if (boundary >= runs.length) return null;

  // The label column: everything left of the first numeric column (numeric labels included).
  let labelStart = boundary > 0 ? runs[0].start : Infinity;
  for (const l of numericLines) {
    const first = infos[l].chunks[0];
    if (first && first.start < runs[boundary].start) labelStart = Math.min(labelStart, first.start);
  }
  const labelRun: RawColumn = Number.isFinite(labelStart)
    ? { start: labelStart, end: runs[boundary].start }
    : { start: 0, end: 0 };
  const layout: Layout = { runs, boundary, labelRun, numericRuns: runs.slice(boundary) };

  const headers = headerWords(doc, header.lines, layout);
  const scale = findScale(doc, titleLine >= 0 ? titleLine : header.top, start);
  const rows = buildRows(doc, start, end, layout, body);
  const columns = buildColumns(rows, layout, headers, scale);
  if (!columns) return null;

  const titled = titleLine >= 0 ? (titleBesideFiler(doc, titleLine) ?? titleText(doc, titleLine)) : '';
  const split = splitTitleRefs(titled);
  const title = split.title || untitledTitle(index);
  const titleRefs = split.refs;
  const footnotes = findFootnotes(doc, end + 1);
  const lastFootnote = footnotes.length ? footnotes[footnotes.length - 1].endLine : end;
  const first = titleLine >= 0 ? titleLine : header.top;
  return {
    index,
    title,
    ...(split.title ? {} : { untitled: true as const }),
    titleLine,
    titleRefs,
    headerLines: header.lines,
    columns,
    rows,
    rules: body.rules,
    footnotes,
    scale,
    startLine: Math.min(first, start),
    endLine: lastFootnote,
    bodyStartLine: start,
    bodyEndLine: end,
    page,
  };
}
