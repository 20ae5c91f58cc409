/**
 * What stands above a table's body: its header lines (the words over each column), its title with
 * the footnote references peeled off it, and its scale note (`(in thousands)`).
 */
import type { ScaleNote } from '../model';
import { firstNonBlank, type Chunk, type LineInfo } from './lines';
import type { LineAccess } from './doc';

/** The most lines a table's header has. */
export const MAX_HEADER_LINES = 8;
const MAX_TITLE_GAP = 4;

/** One footnote reference at the end of a title: `(1)`, `(a)`, `*`, `{2}`. */
const TITLE_REF = /(?:\(\w{1,2}\)|\*{1,3}|\{\d{1,2}\})$/;

/** A title's trailing footnote references, peeled off one at a time from its end. */
export function splitTitleRefs(title: string): { title: string; refs: string[] } {
  let rest = title.trimEnd();
  const refs: string[] = [];
  for (let guard = 0; guard < 10; guard++) {
    const tail = rest.slice(-6);
    const m = TITLE_REF.exec(tail);
    if (!m) break;
    refs.unshift(m[0]);
    rest = rest.slice(0, rest.length - m[0].length).trimEnd();
  }
  return { title: rest, refs };
}

/** What a table without a title is called: its place in the document. */
export function untitledTitle(index: number): string {
  return `Table ${index + 1}`;
}

/** A year heading a column, with any footnote marker glued to it (`1999*`, `1998(a)`). */
const YEAR = /^(?:19|20)\d\d(?:\*{1,3}|(?:\([A-Za-z0-9]{1,2}\)|\/\([A-Za-z0-9]{1,2}\)\/){1,3}|\{\d{1,2}\})?$/;

export function isYearHeader(info: LineInfo): boolean {
  const { chunks } = info;
  return (
    chunks.length > 0 && chunks.every((c, i) => c.number !== null && (YEAR.test(c.text) || markerAfterYear(chunks, i)))
  );
}

/** A line whose numbers are all years, with or without a label: a heading line of periods. */
export function isYearRow(info: LineInfo): boolean {
  return yearsAmong(info) >= 2;
}

/**
 * How many years a line's figures are, a footnote's mark after one aside; -1 when a figure is
 * something else.
 */
function yearsAmong(info: LineInfo): number {
  const { chunks } = info;
  let years = 0;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (!c.number || markerAfterYear(chunks, i)) continue;
    if (!YEAR.test(c.text)) return -1;
    years++;
  }
  return years;
}

/**
 * A footnote's mark typed a space after a year that heads a column (`Dec. 31` over `1999 (1)`): read
 * as a figure, (1) is a negative one; it marks the year.
 */
function markerAfterYear(chunks: readonly Chunk[], i: number): boolean {
  const c = chunks[i];
  const before = i > 0 ? chunks[i - 1] : undefined;
  return (
    before !== undefined &&
    c.start - before.end === 1 &&
    SPACED_MARK.test(c.text) &&
    before.number !== null &&
    YEAR.test(before.text)
  );
}
const SPACED_MARK = /^\((?:[A-Za-z]|\d{1,2})\)$/;

/**
 * A line of the header over period columns: years and nothing else (`2006   2005`), two years or
 * more with heading words (`Amount   1995   1994   1993`), or a year over an underline that spans
 * the columns beside it (`1995   --------------------`). One year and a label is a row.
 */
export function isYearHeading(info: LineInfo): boolean {
  if (isYearHeader(info) || isYearRow(info)) return true;
  let years = 0;
  let underline = false;
  for (let i = 0; i < info.chunks.length; i++) {
    const c = info.chunks[i];
    if (c.number) {
      if (markerAfterYear(info.chunks, i)) continue;
      if (!YEAR.test(c.text)) return false;
      years++;
    } else if (UNDERLINE.test(c.text)) underline = true;
    else return false;
  }
  return years === 1 && underline;
}
const UNDERLINE = /^[-=_]{3,}$/;

/**
 * A row of period headings inside a body: two years or more, all within three years of each other
 * (`1995  1994  1993` after a label such as `1990-1995 (a)`; `1998   1998   Initial   1998` in a
 * heading of several lines), or years running one by one however many (`As of December 31,   1998
 * 1997   1996   1995   1994` over the balance-sheet half of five years' selected data), which
 * figures hardly ever are.
 */
export function isPeriodRow(info: LineInfo): boolean {
  if (!isYearRow(info)) return false;
  let low = Infinity;
  let high = -Infinity;
  let previous = 0;
  let step = 0;
  let consecutive = true;
  for (const c of info.chunks) {
    if (!c.number) continue;
    const year = Number(c.text.slice(0, 4));
    if (year < low) low = year;
    if (year > high) high = year;
    if (previous !== 0) {
      const by = year - previous;
      if ((by !== 1 && by !== -1) || (step !== 0 && by !== step)) consecutive = false;
      step = by;
    }
    previous = year;
  }
  return high - low <= 3 || consecutive;
}

/** A line whose figures are all years, with any words beside them: above a body, a header line. */
export function onlyYears(info: LineInfo): boolean {
  return yearsAmong(info) > 0;
}

/**
 * A section heading of one year at the start of a line, with no other figure (`1994   94/93`,
 * `1997` over the year's rows of a roll-forward).
 */
export function isSectionYear(info: LineInfo): boolean {
  const first = info.chunks[0];
  if (!first?.number || !YEAR.test(first.text)) return false;
  for (let k = 1; k < info.chunks.length; k++) if (info.chunks[k].number) return false;
  return true;
}

export interface Header {
  lines: number[];
  top: number;
}

/** Header lines above the body: between the header rule (if any) and the top rule or a blank line. */
export function findHeader(doc: LineAccess, bodyStart: number, floor: number): Header {
  const { infos } = doc;
  let p = bodyStart - 1;
  let blanks = 0;
  // Blank lines and EDGAR's column markup (`<S>  <C>  <C>`, `<CAPTION>`) sit between header and body.
  while (p >= floor && ((infos[p].kind === 'blank' && blanks < 2) || isColumnMarkup(doc.lines[p]))) {
    if (infos[p].kind === 'blank') blanks++;
    p--;
  }
  const lines: number[] = [];
  let top = bodyStart;
  if (p >= floor && infos[p].kind === 'rule') {
    top = p;
    p--;
  }
  while (p >= floor && lines.length < MAX_HEADER_LINES) {
    const kind = infos[p].kind;
    if (isColumnMarkup(doc.lines[p])) {
      p--;
      continue;
    }
    if (kind === 'text' || (kind === 'numeric' && onlyYears(infos[p])) || (kind === 'prose' && headsColumns(doc, p))) {
      if (endsSentenceAbove(doc, p, floor)) break;
      lines.unshift(p);
      top = p;
      p--;
    } else if (kind === 'rule' && lines.length > 0) {
      top = p;
      // Two-level headings (`THREE MONTHS ENDED` over `7/1/00  6/26/99`) are split by an underline,
      // and so is a heading over a group of columns (`% Change` over `96/95  95/94`), underlined
      // from where the group starts.
      if (
        p - 1 >= floor &&
        (isColumnHeading(doc, p - 1) || isGroupHeading(doc, p - 1, p) || blankUnderHeading(doc, p - 1, floor))
      ) {
        p--;
        continue;
      }
      break;
    } else if (blankUnderHeading(doc, p, floor) || blankUnderMarkup(doc, p, floor)) p--;
    else break;
  }
  return { lines, top };
}

/**
 * A line that finishes the sentence above it, with no blank line between it and the headings below:
 * the line above is prose stopped mid-phrase (`Fifty-three weeks ended December 31, 1994 and
 * fifty-two weeks ended` over `December 25, 1993 and December 26, 1992`, `... for the three-year
 * period ended` over `December 29, 2001`), and this line is one phrase, not headings set apart by
 * wide gaps. It is the title block's (its period, or the end of a sentence), not a column heading.
 */
function endsSentenceAbove(doc: LineAccess, line: number, floor: number): boolean {
  if (line - 1 < floor || doc.infos[line - 1].kind !== 'prose') return false;
  return !WIDE_GAP.test(doc.lines[line].trim()) && MID_PHRASE.test(doc.lines[line - 1].trimEnd());
}
/**
 * Words that join a line to the next: a line that ends on one goes on below, a label's (rows.ts
 * `CARRIES_ON`) or a sentence's (`MID_PHRASE`).
 */
export const JOINING_WORDS = 'and|or|of|to|in|for|the|by|with|from|on|at';
/** The end of a line that stops mid-phrase: a joining word, a period's or a verb's that leads into more, or a comma. */
const MID_PHRASE = new RegExp(`(?:\\b(?:${JOINING_WORDS}|ended|ending|through|as|are|were)|,)$`, 'i');

/**
 * A blank line or two right under EDGAR's column stops (`<S>  <C>  <C>`) inside the header: the
 * stops part the column headings from the body, so what lies between them and the body (a group's
 * heading, `Consumer Imaging`, a blank line under `<S>`) does not end the headings above them. Not
 * under `<CAPTION>`, which opens the caption: a blank line there parts the title from the headings.
 */
function blankUnderMarkup(doc: LineAccess, line: number, floor: number): boolean {
  const { infos } = doc;
  if (infos[line].kind !== 'blank') return false;
  // One blank line more, at most, between it and the stops.
  const p = line - 1 >= floor && infos[line - 1].kind === 'blank' ? line - 2 : line - 1;
  return p >= floor && COLUMN_STOPS.test(doc.lines[p]);
}

/** EDGAR's line of column stops, `<S>` over the labels and `<C>` over each column. */
const COLUMN_STOPS = /^\s*<S>/i;

/**
 * A blank line between a table's column headings and the rule under them, inside EDGAR's caption
 * (`<CAPTION>`, the headings, a blank line, the rule, `<S>`): the headings above it are the table's.
 */
function blankUnderHeading(doc: LineAccess, line: number, floor: number): boolean {
  const { infos } = doc;
  if (line - 1 < floor || infos[line].kind !== 'blank' || infos[line + 1]?.kind !== 'rule') return false;
  if (!headingLine(doc, line - 1)) return false;
  // The caption's opening tag above the headings, with only heading lines and blank lines between.
  for (let p = line - 2; p >= Math.max(floor, line - 2 - MAX_HEADER_LINES); p--) {
    if (CAPTION.test(doc.lines[p])) return true;
    const kind = infos[p].kind;
    if (kind !== 'text' && kind !== 'blank' && kind !== 'rule' && !headingLine(doc, p)) return false;
  }
  return false;
}

const CAPTION = /^\s*<CAPTION>/i;

/** A line of column headings, read as text, as years, or as prose set with wide gaps. */
function headingLine(doc: LineAccess, line: number): boolean {
  return isColumnHeading(doc, line) || (doc.infos[line].kind === 'prose' && headsColumns(doc, line));
}

/** Where a group heading and its underline start at the least: right of the row labels. */
const GROUP_INDENT = 12;

/**
 * A heading over a group of columns: a short text line set right of the row labels, over an
 * underline that starts there too (`% Change*` over `--------------`, then `96/95  95/94`).
 */
function isGroupHeading(doc: LineAccess, line: number, rule: number): boolean {
  if (doc.infos[line].kind !== 'text') return false;
  const text = doc.view(line).text;
  const under = doc.view(rule).text;
  return firstNonBlank(text) >= GROUP_INDENT && firstNonBlank(under) >= GROUP_INDENT && text.trim().length <= 60;
}

/** A heading line over columns: several phrases set apart by wide gaps, no sentence. */
function isColumnHeading(doc: LineAccess, line: number): boolean {
  const info = doc.infos[line];
  return (
    (info.kind === 'text' || (info.kind === 'numeric' && isYearRow(info))) &&
    doc.chunksOf(line).length >= 2 &&
    /\S\s{3,}\S/.test(doc.lines[line].trim())
  );
}

/**
 * A line read as prose that heads columns all the same: a unit note or a sentence-like phrase at the
 * left, then column headings set apart by wide gaps (`(Dollars in millions, except per share data)
 *    Amount   (decrease)   Amount`).
 */
function headsColumns(doc: LineAccess, line: number): boolean {
  const chunks = doc.chunksOf(line);
  if (chunks.length < 3 || !WIDE_GAP.test(doc.lines[line].trim())) return false;
  // Column headings are short; a line of prose set with wide gaps has long phrases.
  for (let k = 1; k < chunks.length; k++) if (chunks[k].text.length > HEADING_WIDTH) return false;
  return true;
}
/** The longest phrase of one column heading line (`Accumulated Benefits` is 20). */
const HEADING_WIDTH = 24;
const WIDE_GAP = /\S\s{3,}\S/;

const COLUMN_MARKUP = /^\s*<(?:S|C|CAPTION|\/CAPTION|FN)>/i;

export function isColumnMarkup(line: string): boolean {
  return COLUMN_MARKUP.test(line);
}

/** The months, as a title block spells them. */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * A line of a title that only says which period or date (`For the years ended ...`, `AS OF JUNE 30,
 * 1999`, `December 31, 1998 and 1997`).
 */
const PERIOD_LINE = new RegExp(
  '^\\s*(?:(?:for\\s+the\\s+)?(?:(?:three|six|nine|twelve|thirteen|fiscal|fifty-two|fifty-three)\\s+|\\d{1,2}(?:-|\\s+))?(?:years?|quarters?|periods?|months?|weeks?)\\s+' +
    `(?:ended|ending)|(?:as\\s+of|at|to|through|and)\\s+(?:${MONTHS}|the\\s+end)\\b)`,
  'i',
);

/**
 * A line that is only a date, or two (tested trimmed): `DECEMBER 31, 1997 AND 1996`, `December 28,
 * 1996 and December 30, 1995`, or the day alone over year columns (`December 31`).
 */
const DATE_LINE = new RegExp(
  `^(?:${MONTHS})\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d\\d(?:,?\\s+and\\s+(?:[a-z]+\\s+\\d{1,2},?\\s+)?(?:19|20)\\d\\d)?)?,?:?$`,
  'i',
);

/** A line of a title that names its filer (`PepsiCo, Inc. and Subsidiaries`), not the table. */
const FILER_LINE =
  /\b(?:inc\.?|incorporated|corporation|corp\.?|company|companies|co\.|ltd\.?|subsidiar(?:y|ies))\s*$/i;

/** EDGAR's opening table tag on a line of its own. */
const TABLE_TAG = /^\s*<TABLE>\s*$/i;

/** Lines of a title block looked at above the line nearest the table. */
const TITLE_BLOCK = 4;
/** Blank lines that may part a title block from the period line under it. */
const MAX_TITLE_BLANKS = 2;

/**
 * The line of a title block that names the table. The line nearest the table may only say when
 * (`YEAR ENDED DECEMBER 31, 1997 AND ...`, `TO DECEMBER 31, 1996`) or finish a sentence (`at
 * December 31 were as follows:`): the block's lines above it (no blank between) are then read up
 * to the first that says what (`STATEMENTS OF CASH FLOWS`), passing over the scale and the filer's
 * name (taken only when nothing else names the table).
 */
function namingLine(doc: LineAccess, nearest: number, floor: number): number {
  const { infos, lines } = doc;
  const when = saysOnlyWhen(lines[nearest]) || NO_NAME.test(lines[nearest].trim());
  if (!when && !CONTINUATION.test(lines[nearest])) return wrappedFrom(doc, nearest, floor);
  let filer = -1;
  let blanks = 0;
  // Lines passed over without counting: EDGAR's `<TABLE>` and `<CAPTION>` between a title above the
  // tags and its period line inside them, and the blank lines beside the tags.
  let skipped = 0;
  let tagged = false;
  for (let p = nearest - 1; p >= floor && nearest - p <= TITLE_BLOCK + skipped + blanks; p--) {
    const kind = infos[p].kind;
    if (when && (isColumnMarkup(lines[p]) || TABLE_TAG.test(lines[p]))) {
      tagged = true;
      skipped++;
      continue;
    }
    if (kind === 'blank' && when && tagged && skipped < MAX_TITLE_GAP) {
      skipped++;
      continue;
    }
    // A blank line or two may part a title from its period and unit lines (a sentence's lines are
    // not parted: Pfizer sets `Consolidated Statement of Income` and its name two blank lines above
    // `Year ended December 31`, Akamai its title, unit and `(unaudited)` a blank line apart); past
    // them, only a short line that does not end a sentence is still the title block.
    if (kind === 'blank' && when && blanks < MAX_TITLE_BLANKS) {
      blanks++;
      continue;
    }
    if ((kind !== 'text' && kind !== 'prose') || isColumnHeading(doc, p)) break;
    const text = lines[p].trim();
    if (text.length > 120 || (blanks > 0 && (text.length > 60 || text.endsWith('.')))) break;
    if (UNIT_NOTE.test(text) || ASIDE.test(text) || saysOnlyWhen(lines[p])) continue;
    if (FILER_LINE.test(text)) {
      if (filer < 0) filer = p;
      continue;
    }
    if (!CONTINUATION.test(lines[p])) return p;
  }
  return filer >= 0 ? filer : nearest;
}

/**
 * A line over a table that names a part of it or says it is unaudited (`ASSETS`, `(unaudited)`,
 * `ASSETS     (Unaudited)`), set between a statement's title and its header.
 */
const NO_NAME = /^(?:assets:?|\(unaudited\))(?:\s+\(unaudited\))?$/i;

function saysOnlyWhen(line: string): boolean {
  return PERIOD_LINE.test(line) || DATE_LINE.test(line.trim());
}

/**
 * The first line of a title wrapped onto `line`: the line right above, where it breaks off at a
 * joining word (`CONSOLIDATED STATEMENTS OF OPERATIONS &` over `SHAREHOLDERS' EQUITY`), which names
 * the table first; else `line` itself.
 */
function wrappedFrom(doc: LineAccess, line: number, floor: number): number {
  const p = line - 1;
  return p >= floor && wrapsOnto(doc, p) ? p : line;
}

/** Whether a title line breaks off at a joining word (`&`, `and`, `of`, `for`, `in`) and goes on in the next. */
function wrapsOnto(doc: LineAccess, line: number): boolean {
  const next = line + 1;
  if (doc.infos[line]?.kind !== 'text' || doc.infos[next]?.kind !== 'text' || isColumnHeading(doc, line)) return false;
  const text = doc.lines[line].trim();
  return /^[A-Z]/.test(text) && text.length <= 120 && doc.lines[next].trim().length <= 120 && WRAPS_ON.test(text);
}
const WRAPS_ON = /(?:&|\b(?:and|of|for|in))$/i;

/** A title's text: its line, and the next where the title wraps onto it (`Condensed Statement of` over `Income`). */
export function titleText(doc: LineAccess, line: number): string {
  const text = doc.lines[line].trim();
  return wrapsOnto(doc, line) ? `${text} ${doc.lines[line + 1].trim()}` : text;
}

/** `(Continued)`, `(Dollar values in thousands)`: a line in parentheses says something of the table, not its name. */
const ASIDE = /^\([^()]*\)$/;

/** A line that carries on the one above it: it starts in lower case. */
const CONTINUATION = /^\s*[a-z]/;

/** `(In millions)`, `Dollars in thousands`: a unit note between a title and its table (tested trimmed). */
const UNIT_NOTE = /^\(?(?:in|dollars|amounts)\b[^)]*\)?$/i;

/** A short line that neither carries on a sentence nor ends one with a colon or comma. */
function setAsTitle(line: string): boolean {
  const text = line.trim();
  return text.length <= 60 && !CONTINUATION.test(line) && !/[:,;]$/.test(text);
}

/**
 * The title of a line that prints a table's title and, set apart at its right, the filer's name
 * (`Consolidated Balance Sheet        Pfizer Inc and Subsidiary Companies`); null for any other line.
 */
export function titleBesideFiler(doc: LineAccess, line: number): string | null {
  const chunks = doc.chunksOf(line);
  if (chunks.length !== 2 || !isColumnHeading(doc, line)) return null;
  const [title, filer] = chunks.map((c) => c.text.trim());
  return FILER_LINE.test(filer) && !FILER_LINE.test(title) && /^[A-Z]/.test(title) ? title : null;
}

/**
 * Whether a line holds figures set apart from its words: two or more numbers (`Cash  $ --  $ 122,324`),
 * which make it a row, not a title. A title may name a year or a number (`1997 Compared with 1996`).
 */
function hasFigures(info: LineInfo): boolean {
  let numbers = 0;
  for (const c of info.chunks) if (c.number && !YEAR.test(c.text)) numbers++;
  return numbers >= 2;
}

export function findTitle(doc: LineAccess, above: number, floor: number): number {
  const { infos, lines } = doc;
  let p = above - 1;
  let gap = 0;
  // Blank lines passed in all, inside the tag and out: past MAX_TITLE_GAP, only a line set as a
  // title is taken (not the end of a sentence: `Company made during 1998:`, `share amounts;
  // unaudited)`).
  let blanks = 0;
  while (p >= floor && gap <= MAX_TITLE_GAP) {
    const kind = infos[p].kind;
    if (kind === 'blank') {
      gap++;
      blanks++;
      p--;
      continue;
    }
    // `<TABLE>`, `<CAPTION>` and rules sit between a statement's title and its header. The blank
    // lines inside the `<TABLE>` tag, above its header, are the table's own: the title's distance
    // is counted from the tag (Adobe sets its statements' titles three blank lines above `<TABLE>`
    // and the header two below `<CAPTION>`).
    const tableTag = TABLE_TAG.test(lines[p]);
    if (kind === 'rule' || isColumnMarkup(lines[p]) || tableTag) {
      if (tableTag) gap = 0;
      p--;
      continue;
    }
    // A title and the filer's name on one line, set apart (`Consolidated Statement of Income
    // Pfizer Inc and Subsidiary Companies`), not a line of column headings.
    if (kind === 'text' && titleBesideFiler(doc, p) !== null) return p;
    // A number alone, not a year: the page's number at its foot (Texas Instruments' `16` over the
    // headings of the page's continued statement). The title, if any, is on the page before.
    if (kind === 'numeric' && infos[p].chunks.every((c) => c.number && !YEAR.test(c.text))) return -1;
    if (
      (kind === 'text' ||
        (kind === 'numeric' && !hasFigures(infos[p])) ||
        // A period line long enough to read as prose (`Years ended October 31, 1998, November 1, 1997
        // and November 2, 1996`): the title is above it.
        (kind === 'prose' && saysOnlyWhen(lines[p]))) &&
      lines[p].trim().length <= 120 &&
      !isColumnHeading(doc, p) &&
      !UNIT_NOTE.test(lines[p].trim())
    ) {
      if (blanks > MAX_TITLE_GAP && !setAsTitle(lines[p])) return -1;
      return namingLine(doc, p, floor);
    }
    if (UNIT_NOTE.test(lines[p].trim()) && lines[p].trim().startsWith('(')) {
      p--;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * A unit note: `(in thousands)`, `Dollars in millions`, or a unit in parentheses of its own,
 * `(millions of dollars)`, `(Thousands)`, `(millions of shares)`, `(millions, except per share
 * data)`, as Exxon, Pfizer and Texas Instruments write it.
 */
const SCALE_NOTE =
  /\bin\s+(thousands|millions|billions)\b|\((thousands|millions|billions)(?: of [^()]{1,30}|,? except [^()]{1,40})?\)/i;

/** Things counted, as a unit note names them (`units in thousands`, `(millions of shares)`). */
const COUNTED =
  '(?:shares|units|vehicles|deliveries|customers|subscribers|members|employees|accounts|contracts|options|awards|warrants|barrels|tons|passengers|households|stores|loans)';
const COUNTS_NOTE = new RegExp(
  `\\b${COUNTED}\\s+(?:are\\s+)?in\\s+(?:thousands|millions|billions)\\b|\\b(?:thousands|millions|billions)\\s+of\\s+${COUNTED}\\b`,
  'i',
);
/** A note that names money as its unit: `Dollars in thousands`, `(amounts in millions)`, `$ in millions`. */
const MONEY_BEFORE = /(?:\b(?:dollars?|amounts?|usd|euros?)|\$)\s*$/i;
/** A note that leaves counts out of its unit: `except share data`, `except number of stores`. */
const EXCEPT_COUNTS = new RegExp(`\\bexcept\\b.*(?:\\bshares?\\b(?!\\s*amounts?\\b)|\\bnumber\\b|\\b${COUNTED})`, 'i');
/** `per share` and its forms, taken out before asking whether a note excepts shares. */
const PER_SHARE = /\bper[-\s](?:common\s+|ordinary\s+)?share\b/gi;

/** The scale a unit note in `text` declares, the note as written, and which counts it scales. */
export function scaleNoteIn(text: string): { exponent: number; text: string; counts?: 'all' | 'shares' } | null {
  const m = SCALE_NOTE.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2]).toLowerCase();
  const exponent = word === 'thousands' ? 3 : word === 'millions' ? 6 : 9;
  const note = { exponent, text: m[0] };
  if (COUNTS_NOTE.test(text)) return { ...note, counts: 'all' };
  // A bare note (`(in millions, except per share data)`) puts a statement's share counts in it too.
  const named =
    m[2] !== undefined ? /\bof\b/i.test(m[0]) : MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).replace(PER_SHARE, '');
  if (named || EXCEPT_COUNTS.test(after)) return note;
  return { ...note, counts: 'shares' };
}

/**
 * Lines of text above a table's title (or header) searched for its scale note; they may be on the
 * page before. Blank lines and tag lines (`<TABLE>`, `<CAPTION>`) between are not counted: the
 * sentence that introduces a table often carries its unit (`options at December 31, 1997 (shares in
 * millions):`), and the tags stand between it and the header.
 */
export const SCALE_LOOKBEHIND = 3;
/**
 * Lines above a table's title (or header) looked at in all, blank and tag lines included: the search
 * stays bounded, and an edit further above leaves the table's scale as it was (parse/reuse.ts).
 */
export const SCALE_REACH = 8;

export function findScale(doc: LineAccess, from: number, to: number): ScaleNote | null {
  // A note in the title or header first, then the nearest above it.
  for (let l = Math.max(0, from); l < to; l++) {
    const note = scaleNoteIn(doc.lines[l]);
    if (note) return { ...note, line: l };
  }
  const floor = Math.max(0, from - SCALE_REACH);
  for (let l = from - 1, seen = 0; l >= floor && seen < SCALE_LOOKBEHIND; l--) {
    const kind = doc.infos[l].kind;
    if (kind === 'blank') continue;
    // A tag line may carry the note (`<TABLE>   (in millions)`), but does not count as text.
    if (kind !== 'tag') seen++;
    const note = scaleNoteIn(doc.lines[l]);
    if (note) return { ...note, line: l };
  }
  return null;
}
