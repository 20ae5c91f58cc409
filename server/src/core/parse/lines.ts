/**
 * Lines of a filing: splitting, tab expansion, classification and cell tokenisation.
 * Everything here is linear in the line's length; no regex here can backtrack badly.
 */
import { isDigit, parseNumberIn, type ParsedNumber } from '../decimal';

/** Lines longer than this are never table rows (a 50,000-character line is data, not a table). */
export const MAX_TABLE_LINE = 400;
export const TAB_STOP = 8;

/**
 * Splits on the line ends LSP knows: CRLF, LF and CR. Text without a carriage return (most filings
 * once checked out) splits on LF alone, which a string separator does in about half the time of
 * the pattern; the result is the same.
 */
export function splitLines(text: string): string[] {
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

/** Where a line's text starts: the offset of its first character above a space. */
export function firstNonBlank(line: string): number {
  let k = 0;
  while (k < line.length && line.charCodeAt(k) <= 32) k++;
  return k;
}

/** A line as measured for columns: tabs expanded, with a map back to character offsets. */
export interface LineView {
  /** The line with tabs expanded to TAB_STOP and leader dots (`.....`) blanked. */
  text: string;
  /** Character offset in the original line of display column `col`. */
  toChar(col: number): number;
}

const identity = (col: number): number => col;

/**
 * A line's view as a parse keeps it for the next: undefined until made, and null for a line that is
 * its own view (no tab, no leaders, nothing blanked), which is made again when asked for rather
 * than kept (most lines of a filing; on a 10 MB one, 20,000 objects fewer in the heap).
 */
export type KeptView = LineView | null | undefined;

/**
 * The views a parse keeps for the next, one slot per line: most lines are never asked for one or
 * are their own view (null), so a byte per line says which are plain, and the few views made of
 * tabs, leaders or armour are kept by line (on the bench's 10 MB filing, 2,525 of 154,398 lines).
 * An array of a slot per line took 1.2 MB of the server's heap, an eighth of the file's size.
 */
export class KeptViews {
  private made = new Map<number, LineView>();
  private constructor(private plain: Uint8Array) {}

  static of(lines: number): KeptViews {
    return new KeptViews(new Uint8Array(lines));
  }

  get length(): number {
    return this.plain.length;
  }

  get(line: number): KeptView {
    if (this.plain[line] === 1) return null;
    return this.made.get(line);
  }

  /** Keeps a line's view: null for one that is its own. */
  set(line: number, view: LineView | null): void {
    if (view === null) this.plain[line] = 1;
    else this.made.set(line, view);
  }

  /** Forgets the views of lines `from` to `to` (exclusive): they changed. */
  clear(from: number, to: number): void {
    this.plain.fill(0, from, to);
    for (let line = from; line < to; line++) this.made.delete(line);
  }

  /**
   * The views after an edit that replaced lines `from` to `oldTo` by as many as reach `newTo`: those
   * above kept in place, those below moved by the lines added or removed, the edited ones forgotten.
   */
  spliced(from: number, oldTo: number, newTo: number): KeptViews {
    const delta = newTo - oldTo;
    const plain = new Uint8Array(this.plain.length + delta);
    plain.set(this.plain.subarray(0, from));
    plain.set(this.plain.subarray(oldTo), newTo);
    const out = new KeptViews(plain);
    for (const [line, view] of this.made) {
      if (line < from) out.made.set(line, view);
      else if (line >= oldTo) out.made.set(line + delta, view);
    }
    return out;
  }
}

/** The view of a line shown as written. */
export function plainView(line: string): LineView {
  return { text: line, toChar: identity };
}

/** Whether a view is its line's own (kept as null). */
export function isPlain(view: LineView, line: string): boolean {
  return view.text === line && view.toChar === identity;
}

/**
 * A line's view, its tabs expanded to stops `stop` columns apart (TAB_STOP unless a table's rows
 * say their filer set others: parse/tabs.ts; 0 for a tab that takes no room).
 */
export function viewLine(line: string, stop = TAB_STOP): LineView {
  // EDGAR's PEM armour writes `- ` before every line that starts with a dash: the line as filed is
  // the rest, and its columns are measured there (`- - Income before taxes   $2,407.3`).
  if (isDashStuffed(line)) {
    const filed = viewLine(line.slice(2), stop);
    return { text: filed.text, toChar: (col: number) => filed.toChar(col) + 2 };
  }
  let text = line;
  let toChar = identity;
  if (line.includes('\t')) {
    const map: number[] = [];
    text = expandTabs(line, map, stop);
    toChar = (col: number) => (col < map.length ? map[col] : line.length + (col - map.length));
  }
  return { text: blankLeaders(blankGluedPage(text)), toChar };
}

/**
 * A `<PAGE>` marker typed onto the end of a line's text (`expiration      56.2<PAGE>`): the line is
 * the page's last, and its figure is read without the marker. (A marker alone on its line is the
 * page break the parser counts: PAGE_RE.)
 */
function blankGluedPage(text: string): string {
  if (text.indexOf('<') < 0) return text;
  return text.replace(GLUED_PAGE, spacesFor);
}
const GLUED_PAGE = /(?<=\S)<PAGE>\s*$/i;

/** Whether a line carries EDGAR's dash-stuffing: `- ` before a line that began with `-`. */
export function isDashStuffed(line: string): boolean {
  return line.charCodeAt(0) === 45 && line.charCodeAt(1) === 32 && line.charCodeAt(2) === 45;
}

/** The line with each tab written as the spaces to the next stop; `map` gets each column's character offset. */
export function expandTabs(line: string, map?: number[], stop = TAB_STOP): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const n = ch !== '\t' ? 1 : stop === 0 ? 0 : stop - (out.length % stop);
    if (map) for (let k = 0; k < n; k++) map.push(i);
    out += ch === '\t' ? ' '.repeat(n) : ch;
  }
  return out;
}

/** Dotted leaders (`Cash ........ $ 12`) become spaces so they do not join label and number. */
function blankLeaders(text: string): string {
  if (!text.includes('..')) return text;
  // Three or more dots (optionally spaced): a decimal point that ends a number is never three.
  return text.replace(/(?:\. ?){3,}\.?/g, spacesFor);
}
const spacesFor = (m: string): string => ' '.repeat(m.length);

export type LineKind = 'blank' | 'rule' | 'page' | 'tag' | 'footnote' | 'numeric' | 'text' | 'prose';

/** A run of non-blank text in a line, in display columns. */
export interface Chunk {
  start: number;
  end: number;
  text: string;
  number: ParsedNumber | null;
}

export interface LineInfo {
  readonly kind: LineKind;
  readonly chunks: Chunk[];
  /** Rule character for rule lines. */
  readonly ruleChar: '-' | '=' | '_' | undefined;
}

/**
 * Every line's record is made here, with the same three fields in the same order, and not frozen
 * (the type keeps it read-only): the parser reads `kind` on every line (docs/performance.md, "One
 * shape per record").
 */
export function lineInfo(kind: LineKind, chunks: Chunk[], ruleChar?: '-' | '=' | '_'): LineInfo {
  return { kind, chunks, ruleChar };
}

const RULE_RE = /^[\s\-=_]+$/;
const RULE_RUN_RE = /[-=_]{3,}/;
/**
 * Underlines two characters wide under two columns or more (`--` under `$--`, Dell's unrealized
 * gains and losses, nil throughout): a rule of short columns, not a row.
 */
const SHORT_RULES = /^\s*[-=_]{2}(?:\s+[-=_]{2})+\s*$/;
/** A `<PAGE>` marker line: where EDGAR text breaks pages. */
export const PAGE_RE = /^\s*<PAGE>/i;

/** Whether a line is a `<PAGE>` marker, tested cheaply by its first character before the pattern. */
export function isPageMarker(line: string): boolean {
  if (line.length < 6) return false;
  const first = firstNonBlank(line);
  return first < line.length && line.charCodeAt(first) === 60 && PAGE_RE.test(line);
}

const TAG_RE = /^\s*<\/?[A-Za-z][A-Za-z0-9.-]*(?:\s[^<>]*)?>/;
export const FOOTNOTE_RE = /^\s{0,12}(?:\(\w{1,3}\)|\*{1,3}|\{\d{1,2}\}|\d{1,2}\))\s+[A-Za-z"(]/;
/**
 * Whether FOOTNOTE_RE is worth trying on a line whose first character above a space is at `first`:
 * a marker starts with `(`, `*`, `{` or a digit. A non-ASCII character there may be a white space the
 * pattern skips, so the pattern decides.
 */
export function mayBeFootnote(raw: string, first: number): boolean {
  const c = raw.charCodeAt(first);
  return c === 40 || c === 42 || c === 123 || (c >= 48 && c <= 57) || c > 127;
}

/** Whether a line starts with a footnote marker; `first` is its first character above a space. */
function startsFootnote(raw: string, first: number): boolean {
  return mayBeFootnote(raw, first) && FOOTNOTE_RE.test(raw);
}
// Characters that never appear in filing text; a line with them is binary data.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const BINARY_RE = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/** Word boundaries of the line being cut into cells (reused: tokenize is never re-entered). */
let wordStarts = new Int32Array(128);
let wordEnds = new Int32Array(128);

/** Finds the words (runs of non-blank characters) of `text` into wordStarts/wordEnds; returns their count. */
function findWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const s = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= 32) break;
      // `(126)$(1,020)`, `$(1,198)$  (26)`: in columns set tight, a negative's `)` meets the `$` of
      // the next figure. The `$` starts a word of its own where what stands before it is a figure.
      if (c === 36 && i > s && text.charCodeAt(i - 1) === 41 && parseNumberIn(text, s, i) !== null) break;
      i++;
    }
    if (count === wordStarts.length) {
      const starts = new Int32Array(count * 2);
      const ends = new Int32Array(count * 2);
      starts.set(wordStarts);
      ends.set(wordEnds);
      wordStarts = starts;
      wordEnds = ends;
    }
    wordStarts[count] = s;
    wordEnds[count] = i;
    count++;
  }
  return count;
}

/** A number starts with a digit, `$`, `(`, a sign, a point or a dash; other words skip the parser. */
function mayBeNumber(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || c === 36 || c === 40 || c === 45 || c === 43 || c === 46 || c === 0x2013 || c === 0x2014
  );
}

/**
 * Adds the figure that starts at `start` and ends with word `last` (`$` and its number are two
 * words), with the fraction of a price one space on (`48 7/8`, `$ 8 3/4`) when there is one;
 * returns the index of the word after it.
 */
function pushFigure(out: Chunk[], text: string, start: number, last: number, num: ParsedNumber, count: number): number {
  const starts = wordStarts;
  const ends = wordEnds;
  const end = ends[last];
  const next = last + 1;
  const mixed = next < count && starts[next] - end === 1 && hasSlash(text, starts[next], ends[next]);
  const whole = mixed ? parseNumberIn(text, start, ends[next]) : null;
  if (
    !whole &&
    next < count &&
    starts[next] - end === 1 &&
    (splitDecimal(text, start, end, starts[next], ends[next]) || splitThousands(text, start, end, next, count))
  ) {
    // `1 .01`, `1 166`: one figure with a space typed inside it, unread (FL202 names it), not two figures.
    out.push({ start, end: ends[next], text: text.slice(start, ends[next]), number: null });
    return next + 1;
  }
  const to = whole ? ends[next] : end;
  out.push({ start, end: to, text: text.slice(start, to), number: whole ?? num });
  return whole ? next + 1 : next;
}

/**
 * Whether a whole number of one to three digits (`$      1`) and a decimal part one space after it
 * (`.01`) are one figure split by a typing slip, as in `$      1 .01   $     0 .50`.
 */
function splitDecimal(text: string, from: number, to: number, nextFrom: number, nextTo: number): boolean {
  let digits = 0;
  for (let k = to - 1; k >= from && isDigit(text.charCodeAt(k)); k--) digits++;
  if (digits === 0 || digits > 3) return false;
  const before = to - digits - 1;
  if (
    before >= from &&
    !(text.charCodeAt(before) === 36 || text.charCodeAt(before) === 32 || text.charCodeAt(before) === 40)
  ) {
    return false;
  }
  if (text.charCodeAt(nextFrom) !== 46 || nextTo - nextFrom < 2) return false;
  for (let k = nextFrom + 1; k < nextTo; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c) && !(k === nextTo - 1 && (c === 37 || c === 41))) return false;
  }
  return true;
}

/**
 * Whether a whole number of one to three digits, set off by a gutter before it (`  1`), and three
 * digits one space after it, with a gutter or the line's end after them (`166  `), are one figure
 * whose thousands comma was typed as a space: Kodak's 2000 balance sheet prints long-term borrowings
 * as `1 166`. Fixed-width tables set their columns two spaces apart at least, so two figures one
 * space apart are not two cells.
 */
function splitThousands(text: string, from: number, to: number, next: number, count: number): boolean {
  let digits = 0;
  for (let k = to - 1; k >= from && isDigit(text.charCodeAt(k)); k--) digits++;
  if (digits === 0 || digits > 3 || digits !== to - from - leadOf(text, from, to)) return false;
  if (from >= 2 && !(text.charCodeAt(from - 1) === 32 && text.charCodeAt(from - 2) === 32)) return false;
  const nextFrom = wordStarts[next];
  let nextTo = wordEnds[next];
  if (text.charCodeAt(nextTo - 1) === 41) nextTo--;
  if (nextTo - nextFrom !== 3) return false;
  for (let k = nextFrom; k < nextTo; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return next + 1 >= count || wordStarts[next + 1] - wordEnds[next] >= 2;
}

/** How many characters of `$` and `(` (and spaces after a `$`) lead a word before its digits. */
function leadOf(text: string, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c !== 36 && c !== 40 && c !== 32) break;
    k++;
  }
  return k - from;
}

/** A chunk that tokenize made of such a split figure (`$      1 .01`, `1 166`): a cell that could not be read. */
export function isSplitFigure(text: string): boolean {
  // Most chunks are words: a figure starts with a digit, `$` or `(` (a test of one character first).
  const c = text.charCodeAt(0);
  return (isDigit(c) || c === 36 || c === 40) && SPLIT_FIGURE.test(text);
}
// `$8, 356`: a space typed after the thousands comma, too.
const SPLIT_FIGURE = /^\(?\$?\s*\d{1,3}(?: (?:\.\d+|\d{3})|, \d{3})\)?%?$/;

/**
 * A figure with stray characters typed after it (`138.6\``, `157,603..`): a cell that could not be
 * read. Footnote marks (`*`, `+`, `#`) and a sentence's `.` or `,` are not stray.
 */
export function isStrayTyped(text: string): boolean {
  const c = text.charCodeAt(0);
  return (isDigit(c) || c === 36 || c === 40) && STRAY_TYPED.test(text);
}
export const STRAY_TYPED = /^\(?\$?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?%?(\.{2,}|[`~^]+)$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether text[from, to) has a `/` in it (the fraction of a price written `48 7/8`). */
function hasSlash(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 47) return true;
  return false;
}

/** Whether word `j` starts a figure: a number (`$216,901`), or a `$` or `(` set apart from one (`$ 61,102`). */
function figureFrom(text: string, j: number, count: number): boolean {
  const start = wordStarts[j];
  const end = wordEnds[j];
  if (mayBeNumber(text.charCodeAt(start)) && parseNumberIn(text, start, end) !== null) return true;
  return j + 1 < count && isPrefix(text, start, end) && parseNumberIn(text, start, wordEnds[j + 1]) !== null;
}

/** Whether text before `end` is dot leaders (two dots or more). */
function endsInLeaders(text: string, end: number): boolean {
  return end >= 2 && text.charCodeAt(end - 1) === 46 && text.charCodeAt(end - 2) === 46;
}

/** A unit of time that follows a figure in its cell: `years`, `year`, `yrs.`, `months`, `mos.`. */
const DURATION_UNIT = /^(?:years?|yrs?\.?|months?|mos\.?)$/i;

/** Whether text[from, to) has a point followed by a digit (`5.0`, `.75`). */
function hasDecimals(text: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) return true;
  return false;
}

/** Whether word `j` is a unit of time that ends its phrase (the next word, if any, two spaces or more on). */
function durationUnitAt(text: string, j: number, count: number): boolean {
  if (j >= count || wordEnds[j] - wordStarts[j] > 6) return false;
  if (j + 1 < count && wordStarts[j + 1] - wordEnds[j] === 1) return false;
  return DURATION_UNIT.test(text.slice(wordStarts[j], wordEnds[j]));
}

/** Words that belong to the number after them: `$`, `(`, `$(`. */
function isPrefix(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end - start === 1) return c === 36 || c === 40;
  if (end - start !== 2) return false;
  const d = text.charCodeAt(start + 1);
  return (c === 36 && d === 40) || (c === 40 && d === 36);
}

/**
 * Cells of a line: numbers stand alone (a detached `$` joins its number); text words separated by
 * single spaces stay together, and a number that directly follows text (`Series 2002`) is text.
 */
export function tokenize(text: string): Chunk[] {
  const count = findWords(text);
  const starts = wordStarts;
  const ends = wordEnds;
  const out: Chunk[] = [];
  let i = 0;
  while (i < count) {
    const start = starts[i];
    const wordEnd = ends[i];
    if (i + 1 < count && isPrefix(text, start, wordEnd)) {
      const num = parseNumberIn(text, start, ends[i + 1]);
      if (num) {
        i = pushFigure(out, text, start, i + 1, num, count);
        continue;
      }
    }
    const num = mayBeNumber(text.charCodeAt(start)) ? parseNumberIn(text, start, wordEnd) : null;
    // `(28,284,000 )`: a negative whose closing parenthesis was padded off it.
    if (!num && i + 1 < count && starts[i + 1] - wordEnd === 1 && text.charCodeAt(starts[i + 1]) === 41) {
      const padded = parseNumberIn(text, start, ends[i + 1]);
      if (padded) {
        i = pushFigure(out, text, start, i + 1, padded, count);
        continue;
      }
    }
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    // Dot leaders end a label: the figure one space after them (`parties.......... $216,901`) is a cell.
    const gluedToText =
      prev !== undefined && prev.number === null && start - prev.end === 1 && !endsInLeaders(text, prev.end);
    // A number a space before a word is part of a phrase (`52 Weeks`, `1997 Compared with 1996`).
    const beforeWord = i + 1 < count && starts[i + 1] - wordEnd === 1 && isLetter(text.charCodeAt(starts[i + 1]));
    if (num && !gluedToText && !beforeWord) {
      i = pushFigure(out, text, start, i, num, count);
      continue;
    }
    // `5.0 years`: a figure with its unit of time after it (an options table's remaining life) is
    // the figure alone, the unit left out of the cell, where nothing follows within a space. Only a
    // figure with decimals: `5 Years` and `10 Years` head the columns of compound growth rates.
    if (num && !gluedToText && hasDecimals(text, start, wordEnd) && durationUnitAt(text, i + 1, count)) {
      out.push({ start, end: wordEnd, text: text.slice(start, wordEnd), number: num });
      i += 2;
      continue;
    }
    if (gluedToText) {
      prev.end = wordEnd;
      prev.text = text.slice(prev.start, wordEnd);
      i++;
      continue;
    }
    // A text word: extend over following words separated by single spaces.
    let j = i + 1;
    let end = wordEnd;
    while (j < count && starts[j] - end === 1 && !(endsInLeaders(text, end) && figureFrom(text, j, count))) {
      end = ends[j];
      j++;
    }
    out.push({ start, end, text: text.slice(start, end), number: null });
    i = j;
  }
  // A copy the size of its chunks: an array grown by push from empty holds room for 17, and a
  // filing's numeric lines keep theirs (1.5 MB of empty room in the bench's 10 MB filing).
  return out.slice();
}

/** Dot leaders, then one space and a figure: a label's end in a row typed without gutters. */
const LEADERS_BEFORE_FIGURE = /\.\.\. [$(]{0,2} ?\d/;

/**
 * The last line of a postal address: a city, a comma, a state (its two letters or its name) and a
 * ZIP code (`New York,  NY  10281`, `Cupertino, California      95014`, `Washington, D.C.  20549`).
 * Lists of underwriters' or agents' offices set their lines apart with spaces as a table's rows are.
 */
const POSTAL =
  '(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR)';
const STATE_NAMES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii',
  'Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan',
  'Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York',
  'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina',
  'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
]
  .join('|')
  .replace(/ /g, String.raw`\s+`);
const ZIP_LINE = new RegExp(String.raw`,\s*(?:${POSTAL}|D\.\s?C\.|${STATE_NAMES})\s+\d{5}(?:-\d{4})?\s*$`);
const BLANK = lineInfo('blank', []);
const DATA = lineInfo('prose', []);
/** A `<PAGE>` marker's line. */
export const PAGE_LINE = lineInfo('page', []);
const TAG = lineInfo('tag', []);
const DIGIT = /\d/;

/**
 * Text, prose and footnote lines share one record each: their cells are only worked out if
 * a table's header asks for them (through the parser's `chunksOf`), so most lines allocate nothing.
 */
const TEXT = lineInfo('text', []);
const PROSE = lineInfo('prose', []);
const FOOTNOTE = lineInfo('footnote', []);
const SHARED: Record<string, LineInfo> = { text: TEXT, prose: PROSE, footnote: FOOTNOTE };

/** Where classify gets a line's view when it needs one (made once, on demand). */
export interface LineSource {
  view(line: number): LineView;
}

/**
 * What a line is. Most lines of a filing are prose: they are told apart by a scan that allocates
 * nothing, and only lines with digits (candidate rows) are cut into cells here.
 */
export function classify(raw: string, source: LineSource, line: number): LineInfo {
  const first = firstNonBlank(raw);
  const n = raw.length;
  if (first === n) return BLANK;
  if (n > MAX_TABLE_LINE) return DATA;
  const c = raw.charCodeAt(first);
  if ((c === 45 || c === 61 || c === 95) && RULE_RE.test(raw)) {
    const run = RULE_RUN_RE.exec(raw);
    if (run || SHORT_RULES.test(raw)) return lineInfo('rule', [], (run ? run[0][0] : raw[first]) as '-' | '=' | '_');
  }
  if (c === 60) {
    if (PAGE_RE.test(raw)) return PAGE_LINE;
    if (TAG_RE.test(raw)) return TAG;
  }
  // A sentence with digits in it ("On September 30, 2002, CWMBS, Inc. ...") has no gutter of two
  // spaces or a tab between words: prose, without cutting it into cells.
  if (n - first >= 50 && raw.indexOf('\t', first) < 0) {
    let end = n;
    while (end > first && raw.charCodeAt(end - 1) <= 32) end--;
    const gap = raw.indexOf('  ', first);
    // Dot leaders set a label off its figures as a gutter does (`parties....... $216,901 $114,308`).
    if (end - first >= 50 && (gap < 0 || gap >= end) && !LEADERS_BEFORE_FIGURE.test(raw)) {
      return startsFootnote(raw, first) ? FOOTNOTE : PROSE;
    }
  }
  if (!DIGIT.test(raw)) {
    // `*     The sum of the quarters' ...`: a footnote marker without digits.
    // Ten words take 19 characters at least, and a run of 50 takes 50: a shorter line is text.
    if (n - first < 19) return TEXT;
    return SHARED[startsFootnote(raw, first) && raw.length - first >= 27 ? 'footnote' : proseOrText(raw, first)];
  }
  // Control characters mean binary data, not a row.
  if (BINARY_RE.test(raw)) return DATA;
  const text = source.view(line).text;
  const chunks = tokenize(text);
  if (startsFootnote(text, firstNonBlank(text))) {
    let textLen = 0;
    for (const ch of chunks) if (!ch.number) textLen += ch.text.length;
    if (textLen >= 25) return lineInfo('footnote', chunks);
  }
  let numbers = 0;
  let longest = 0;
  let longAfterFirst = false;
  for (let i = 0; i < chunks.length; i++) {
    const ch = chunks[i];
    // A figure split by a typed space (`$ 0 .95`) is still a figure: the line is a row.
    if (ch.number || isSplitFigure(ch.text)) {
      numbers++;
      continue;
    }
    if (ch.text.length > longest) longest = ch.text.length;
    if (i > 0 && ch.text.length >= 20) longAfterFirst = true;
  }
  if (numbers > 0 && justifiedProse(chunks)) return lineInfo('prose', chunks);
  // A long label still makes a row when the line ends in numbers set apart from it.
  const last = chunks[chunks.length - 1];
  // An address's last line (`New York,  NY  10281`): its ZIP code is no figure.
  if (numbers === 1 && last.number && ZIP_LINE.test(text)) return lineInfo('text', chunks);
  if (numbers > 0 && (longest < 60 || (longest < 100 && last.number !== null && !longAfterFirst))) {
    return lineInfo('numeric', chunks);
  }
  if (longest >= 50 || hasWords(chunks, 10)) return lineInfo('prose', chunks);
  return lineInfo('text', chunks);
}

/**
 * A sentence set justified, its words spread by two spaces here and there (`During  1997,  the
 * Company  issued  55,125  shares of  common  stock for no`), is cut into chunks as a row is, and has
 * figures: it is prose when it holds ten words or more, has no gutter wider than two spaces, as every
 * row's columns have somewhere, and runs on in words after a figure, or spreads its words before the
 * first one (`Reference  is  made  to  Note  2 Acquisitions  and  Divestitures,  Note  7`): a row's
 * label keeps its words together, one space apart.
 */
function justifiedProse(chunks: Chunk[]): boolean {
  let wordsAfterFigure = false;
  let figure = false;
  // Chunks of words before the first figure, each set two spaces from the one before.
  let spreadWords = chunks.length > 0 && !chunks[0].number ? 1 : 0;
  for (let i = 1; i < chunks.length; i++) {
    if (chunks[i].start - chunks[i - 1].end > 2) return false;
    if (chunks[i - 1].number) figure = true;
    if (!figure && !chunks[i].number) spreadWords++;
    if (figure && !chunks[i].number && /^[a-z]/.test(chunks[i].text)) wordsAfterFigure = true;
  }
  return (wordsAfterFigure || spreadWords >= SPREAD_WORDS) && hasWords(chunks, 10);
}
/** Chunks of words before a line's first figure that make it a justified sentence's (see justifiedProse). */
const SPREAD_WORDS = 4;

/** Whether the text cells of a line hold `n` words or more (a cell's words are separated by single spaces). */
function hasWords(chunks: Chunk[], n: number): boolean {
  let words = 0;
  for (const ch of chunks) {
    if (ch.number) continue;
    words++;
    for (let k = ch.text.indexOf(' '); k >= 0; k = ch.text.indexOf(' ', k + 1)) words++;
    if (words >= n) return true;
  }
  return false;
}

/** Prose (a sentence: a long single-spaced run or ten words) or a short text line such as a title. */
function proseOrText(raw: string, from: number): LineKind {
  let words = 0;
  let run = 0;
  let longest = 0;
  let spaces = 0;
  let inWord = false;
  for (let i = from; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 32) {
      spaces++;
      inWord = false;
      if (spaces >= 2) run = 0;
      else run++;
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    spaces = 0;
    run++;
    if (run > longest) longest = run;
    // Both only grow: once either says prose, the rest of the line cannot change the answer.
    if (longest >= 50 || words >= 10) return 'prose';
  }
  return 'text';
}
