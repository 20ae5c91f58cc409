/**
 * Where the plain text is in a submission: everything except the submission header, HTML documents (`<TEXT>` followed by
 * `<HTML>`), uuencoded binaries (`begin 644 name` ... `end`) and PDF/XBRL payloads. Tables, checks
 * and EDGAR conformance look only at text regions.
 */
import { firstNonBlank } from './lines';

export interface TextRegion {
  start: number;
  end: number;
  /** Line ranges [first, last] from `<TABLE>` to `</TABLE>`: EDGAR's 132-column limit applies there. */
  tableRanges: [number, number][];
}

/** A `<TEXT>` line: a document's text follows. */
const TEXT_OPEN = /^\s*<TEXT>\s*$/i;
export const TEXT_CLOSE = /^\s*<\/TEXT>\s*$/i;

/**
 * Whether TEXT_CLOSE is worth trying: the line has `</` with only white space before it. HTML
 * documents are long, and most of their lines do not start with a closing tag.
 */
export function mayCloseText(line: string): boolean {
  const k = line.indexOf('</');
  if (k < 0) return false;
  return firstNonBlank(line) === k || line.slice(0, k).trim() === '';
}
const HTML_START = /^\s*(?:<!DOCTYPE\s+html|<html\b|<XBRL>|<XML>|<PDF>)/i;
/** Of those, the ones that open an HTML document (not an XBRL, XML or PDF payload). */
const HTML_DOCUMENT = /^\s*(?:<!DOCTYPE\s+html|<html\b)/i;
const UU_BEGIN = /^begin [0-7]{3,4} \S/;
const HEADER_OPEN = /^\s*<(?:SEC|IMS)-HEADER>/i;
const HEADER_CLOSE = /^\s*<\/(?:SEC|IMS)-HEADER>/i;
const TABLE_OPEN = /^\s*<TABLE\b/i;
const TABLE_CLOSE = /^\s*<\/TABLE>/i;

/**
 * A document's file name that says it is not text: the XBRL viewer's script, style sheet, summary
 * and links EDGAR adds to a submission since 2009 (`Show.js`, `report.css`, `FilingSummary.xml`,
 * `MetaLinks.json`), and other payloads. Their lines are code and data, which EDGAR's limits for
 * ASCII documents and the table reader have nothing to say of.
 */
const NOT_TEXT_FILE = /^\s*<FILENAME>\s*\S*\.(?:js|css|json|xml|xsd|xslt?|xlsx?|zip|pdf|jpe?g|gif|png)\s*$/i;
const DOCUMENT_OPEN = /^\s*<DOCUMENT>/i;
/** How far above its `<TEXT>` a document's header lines are looked for (`<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>`). */
const DOCUMENT_HEADER_LINES = 8;

/** Whether the document whose `<TEXT>` is on line `text` is named as a file that is not text. */
function notText(lines: string[], text: number): boolean {
  for (let k = text - 1; k >= 0 && k >= text - DOCUMENT_HEADER_LINES; k--) {
    if (NOT_TEXT_FILE.test(lines[k])) return true;
    if (DOCUMENT_OPEN.test(lines[k])) return false;
  }
  return false;
}

/** The lines [start, end] of an HTML document: the `<TEXT>` of a submission's document, or a whole `.htm` file. */
export interface HtmlRegion {
  start: number;
  end: number;
}

/**
 * Lines a document's `<?xml ...?>` and comments may take before its `<html>`: an `<XBRL>` wrapper's
 * before inline XBRL, or a browser's comments before a page it saved.
 */
const PROLOG_LEAD = 50;

/**
 * The line where the HTML of a `<TEXT>` starts, or -1: its first line, or for inline XBRL (an
 * `<XBRL>` wrapper, as EDGAR sends 10-Ks and 10-Qs since 2019) the `<html>` line a few lines below.
 */
function htmlOpening(lines: string[], first: number, end: number): number {
  if (HTML_DOCUMENT.test(pastComments(lines[first]))) return first;
  if (!/^\s*<XBRL>/i.test(lines[first])) return -1;
  for (let k = first + 1; k < end && k <= first + PROLOG_LEAD; k++) {
    // The XML declaration and comments may share the `<html>` line (Workiva writes them all on one).
    const at = afterProlog(lines[k]);
    if (at < 0) continue;
    if (HTML_DOCUMENT.test(lines[k].slice(at))) return k;
    // Past the XML declaration and comments, another element: an XBRL instance, not inline XBRL.
    if (at < lines[k].length) return -1;
  }
  return -1;
}

/**
 * Where a document's prolog ends in `text`: past white space, an XML declaration (`<?xml ...?>`)
 * and comments (`<!--XBRL Document Created with the Workiva Platform-->`); -1 inside one left open.
 */
function afterProlog(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
    const close = text.startsWith('<?', at) ? '?>' : text.startsWith('<!--', at) ? '-->' : null;
    if (!close) return at;
    const end = text.indexOf(close, at + 2);
    if (end < 0) return -1;
    at = end + close.length;
  }
}

/**
 * The first line at or after `from` that is not blank or wholly a comment, where comments open a
 * document's text (a few lines at most); `from` itself where none do or they run on too far.
 */
function commentsBefore(lines: string[], from: number): number {
  for (let k = from; k < lines.length && k <= from + PROLOG_LEAD; k++) {
    const text = lines[k];
    if (!text.trimStart().startsWith('<!--')) {
      if (text.trim() === '') continue;
      return k;
    }
    const at = afterProlog(text);
    // A comment left open past its line: not a few comments before the document.
    if (at < 0) return from;
    if (at < text.length) return k;
  }
  return from;
}

/** A line past the comments that may open it: what HTML_START and HTML_DOCUMENT are tested on. */
function pastComments(text: string): string {
  const at = afterProlog(text);
  return at > 0 ? text.slice(at) : text;
}

/** The opening of a document that is HTML from its first line (a `.htm` file, inline XBRL): no SGML around it. */
const HTML_FILE_START = /^(?:<!DOCTYPE\s+html|<html\b)/i;
/** How much of a document's start its prolog may take: Workiva's comments run to a few hundred characters. */
const PROLOG_CHARS = 1 << 16;
/** Nor further than this many lines. */
const PROLOG_LINES = 1000;

/**
 * Whether the document is HTML itself (its first lines open HTML, after an XML declaration and
 * comments if any), not a submission with HTML inside.
 */
export function isHtmlDocument(lines: string[]): boolean {
  let head = '';
  for (let j = 0; j < lines.length && j < PROLOG_LINES && head.length < PROLOG_CHARS; j++) head += `${lines[j]}\n`;
  const at = afterProlog(head);
  return at >= 0 && HTML_FILE_START.test(head.slice(at, at + 16));
}

/**
 * The plain-text regions of a submission; the HTML documents it skips are added to `html` when
 * given (an HTML file as a whole is one, with no text region).
 */
export function textRegions(lines: string[], html?: HtmlRegion[]): TextRegion[] {
  const regions: TextRegion[] = [];
  if (isHtmlDocument(lines)) {
    html?.push({ start: 0, end: lines.length - 1 });
    return regions;
  }
  let start = 0;
  let tableRanges: [number, number][] = [];
  // The first line of an open `<TABLE>`, or -1.
  let tableStart = -1;
  const endTable = (last: number) => {
    if (tableStart >= 0 && last >= tableStart) tableRanges.push([tableStart, last]);
    tableStart = -1;
  };
  const close = (end: number) => {
    endTable(end);
    if (end >= start) regions.push({ start, end, tableRanges });
    tableRanges = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    // Every marker below starts with `<` (after spaces) or with `begin `: skip other lines fast, by
    // their first character or with one native search for `<`.
    const c0 = line.length > 0 ? line.charCodeAt(0) : 0;
    if (c0 !== 32 && c0 !== 60 && c0 !== 98) {
      i++;
      continue;
    }
    if (line.indexOf('<') < 0 && !line.startsWith('begin ')) {
      i++;
      continue;
    }
    let first = 0;
    while (first < line.length && line.charCodeAt(first) === 32) first++;
    const lead = line.charCodeAt(first);
    if (lead !== 60 && lead !== 98) {
      i++;
      continue;
    }
    if (TEXT_OPEN.test(line)) {
      // Look at the first non-blank line of the document's text, past comments before its HTML
      // (`<!-- saved from url=(0022)http://internet.e-mail -->`, as a browser saves a page).
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      const opening = commentsBefore(lines, j);
      if (j < lines.length && (HTML_START.test(pastComments(lines[opening])) || notText(lines, i))) {
        close(i);
        while (j < lines.length && !(mayCloseText(lines[j]) && TEXT_CLOSE.test(lines[j]))) j++;
        const opens = html ? htmlOpening(lines, opening, j) : -1;
        if (opens >= 0) html!.push({ start: opens, end: j - 1 });
        start = j;
        i = j;
        continue;
      }
    }
    if (HEADER_OPEN.test(line)) {
      // The submission header is fields, not tables.
      close(i - 1);
      let j = i + 1;
      while (j < lines.length && !HEADER_CLOSE.test(lines[j])) j++;
      start = j + 1;
      i = j + 1;
      continue;
    }
    if (UU_BEGIN.test(line)) {
      close(i - 1);
      let j = i + 1;
      while (j < lines.length && lines[j] !== 'end') j++;
      start = j + 1;
      i = j + 1;
      continue;
    }
    if (tableStart < 0 && TABLE_OPEN.test(line)) tableStart = i;
    if (tableStart >= 0 && TABLE_CLOSE.test(line)) endTable(i);
    i++;
  }
  close(lines.length - 1);
  return regions;
}

/** Line flags: outside every text region (not parsed), and inside `<TABLE>` tags (EDGAR's wider limit). */
export const SKIPPED_LINE = 1;
export const TABLE_TAG_LINE = 2;

/** Per line, what the regions say of it: SKIPPED_LINE and TABLE_TAG_LINE bits. */
export function lineFlags(lineCount: number, regions: TextRegion[]): Uint8Array {
  const flags = new Uint8Array(lineCount).fill(SKIPPED_LINE);
  for (const r of regions) {
    flags.fill(0, r.start, r.end + 1);
    for (const [first, last] of r.tableRanges) flags.fill(TABLE_TAG_LINE, first, last + 1);
  }
  return flags;
}

/** Lines that open or close a region or decide what a `<TEXT>` holds. */
const REGION_MARKER =
  /^\s*(?:<\/?(?:TEXT|SEC-HEADER|IMS-HEADER|TABLE|HTML|XBRL|XML|PDF)\b|<FILENAME>|<!DOCTYPE|begin |end\s*$)/i;

/** Whether a line opens or closes a region, or could decide what a `<TEXT>` holds. */
export function isRegionMarker(line: string): boolean {
  const c = line.charCodeAt(firstNonBlank(line));
  return (c === 60 || c === 98 || c === 101 || c === 66 || c === 69) && REGION_MARKER.test(line);
}

/** Whether only blank lines lie between `<TEXT>` and this line (editing it may turn HTML into text). */
export function belowTextOpen(lines: string[], line: number): boolean {
  let k = line - 1;
  // Comments may stand before a document's HTML (commentsBefore): they decide nothing either.
  while (k >= 0 && line - k < 1000 && (lines[k].trim() === '' || lines[k].trimStart().startsWith('<!--'))) k--;
  return k >= 0 && TEXT_OPEN.test(lines[k]);
}

/**
 * Whether a change at line `from` could make the document an HTML file or stop it being one: it lies
 * within what isHtmlDocument reads (its first PROLOG_LINES lines and PROLOG_CHARS characters), and the
 * two versions read differently there. A comment typed at the top (`<!--` before `<HTML>`) makes a
 * prolog of a line that was none, though no line of the change is a region marker.
 */
export function prologChanged(before: string[], after: string[], from: number): boolean {
  if (from >= PROLOG_LINES) return false;
  let chars = 0;
  for (let j = 0; j < from && chars < PROLOG_CHARS; j++) chars += before[j].length + 1;
  return chars < PROLOG_CHARS && isHtmlDocument(before) !== isHtmlDocument(after);
}

/** Lines [from, oldTo) of the earlier text were replaced, and the lines after them moved by delta. */
export interface RegionChange {
  from: number;
  oldTo: number;
  delta: number;
}

/**
 * The regions after a change that added or removed lines away from every region boundary (no
 * marker touched, no boundary within a line of it): the same regions, moved. Null when they must
 * be found again.
 */
export function moveRegions(regions: TextRegion[], change: RegionChange): TextRegion[] | null {
  const near = (b: number) => b >= change.from - 1 && b <= change.oldTo;
  const move = (b: number) => (b >= change.oldTo ? b + change.delta : b);
  for (const r of regions) {
    if (near(r.start) || near(r.end)) return null;
    for (const [first, last] of r.tableRanges) if (near(first) || near(last)) return null;
  }
  return regions.map((r) => ({
    start: move(r.start),
    end: move(r.end),
    tableRanges: r.tableRanges.map(([first, last]) => [move(first), move(last)] as [number, number]),
  }));
}

/** HTML regions after the same change as moveRegions: moved, or null when the change touches a boundary. */
export function moveHtmlRegions(regions: HtmlRegion[], change: RegionChange): HtmlRegion[] | null {
  const near = (b: number) => b >= change.from - 1 && b <= change.oldTo;
  const move = (b: number) => (b >= change.oldTo ? b + change.delta : b);
  for (const r of regions) if (near(r.start) || near(r.end)) return null;
  return regions.map((r) => ({ start: move(r.start), end: move(r.end) }));
}
