/**
 * An HTML document's tables, read whole or, after an edit inside it, only around the edit: the
 * tables that stand away from it are kept, the lines between them scanned again (docs/html.md,
 * "Edits inside an HTML document").
 */
import type { Table } from '../../model';
import type { LineChange } from '../change';
import { MAX_AFTER, scanHtml, type RawTable } from './scan';
import { HtmlSource } from './source';
import { buildHtmlTables } from './table';

/**
 * A table of the document at its top level (not inside another's cell), with the tables read from
 * it and from the tables nested in it. Lines are counted from the document's first, so that a
 * document moved whole by an edit above it keeps them.
 */
export interface TopTable {
  startLine: number;
  endLine: number;
  /** Where its `<TABLE` starts on its first line, and where its `</TABLE>` ends on its last (just past the `>`). */
  startChar: number;
  endChar: number;
  /**
   * Nothing but white space and tags follows its `</TABLE>` on its last line (no text, and no tag
   * that opens a table or hidden content): a scan may start on the line below.
   */
  clearBelow: boolean;
  /**
   * Its rows that hold text (up to MAX_AFTER + 1): each is one of the paragraphs and rows a table
   * above takes as its possible footnotes (MAX_AFTER of them).
   */
  blocks: number;
  /** It took all the MAX_AFTER paragraphs and rows after it it could. */
  afterFull: boolean;
  /** The paragraphs between the top-level table above and this one, counted up to MAX_AFTER + 1. */
  paragraphsBefore: number;
  /** How deep in hidden content its `<TABLE` stands (0 when shown): a scan reaching it must stand as deep. */
  hiddenAt: number;
  tables: Table[];
}

export interface HtmlDocument {
  tables: Table[];
  tops: TopTable[];
  /** How deep in hidden content the text read ends: a part read again must end as deep as the whole read stood there. */
  hiddenAtEnd: number;
}

/** The tables of the HTML document on lines [from, to) of the filing. */
export function readHtmlDocument(lines: readonly string[], from: number, to: number, page: number): HtmlDocument {
  const src = new HtmlSource(lines, from, to);
  return read(src, page, from);
}

/** The tables scanned from `src`, grouped by the top-level table holding them; lines from `docStart`. */
function read(src: HtmlSource, page: number, docStart: number): HtmlDocument {
  const tables: Table[] = [];
  const tops: TopTable[] = [];
  const scan = scanHtml(src.html);
  for (const raw of scan.tables) {
    if (!raw.nested || tops.length === 0) {
      const endLine = src.lineOf(raw.end);
      tops.push({
        startLine: src.lineOf(raw.start) - docStart,
        endLine: endLine - docStart,
        startChar: src.charOf(raw.start),
        endChar: src.charOf(raw.end) + 1,
        clearBelow: onlyTags(src.html, raw.end + 1, src.lineEnd(endLine)),
        blocks: textRows(raw),
        afterFull: raw.after.length >= MAX_AFTER,
        paragraphsBefore: Math.min(raw.paragraphsBefore, MAX_AFTER + 1),
        hiddenAt: raw.hiddenAt,
        tables: [],
      });
    }
    for (const table of buildHtmlTables(raw, src, tables.length, page)) {
      tables.push(table);
      tops[tops.length - 1].tables.push(table);
    }
  }
  return { tables, tops, hiddenAtEnd: scan.hiddenAtEnd };
}

/**
 * The tables of a document read only down to a cut (a first look at a large file) that a read of
 * the whole document gives alike: those of top-level tables clear below with more than MAX_AFTER
 * rows holding text between them and the cut, as an edit at the cut would keep them (see
 * rereadHtmlDocument). A table takes paragraphs and rows after it as its possible footnotes, and
 * the last ones above the cut may have more below it.
 */
export function settledTables(doc: HtmlDocument): Table[] {
  const { tops } = doc;
  let keep = tops.length;
  for (let blocks = 0; keep > 0 && blocks <= MAX_AFTER; keep--) blocks += tops[keep - 1].blocks;
  while (keep > 0 && !tops[keep - 1].clearBelow) keep--;
  return tops.slice(0, keep).flatMap((t) => t.tables);
}

/** How many of a table's rows hold text, counted up to MAX_AFTER + 1 (all that a margin needs). */
function textRows(raw: RawTable): number {
  let n = 0;
  for (const row of raw.rows) {
    if (row.cells.some((c) => c.text.trim() !== '') && ++n > MAX_AFTER) break;
  }
  return n;
}

/** Tags that leave a scan's state as it was at the end of a table: any but those opening a table or hidden content. */
const PLAIN_TAG =
  /<\/?(?!(?:table|script|style|head|title|xml|ix:header)\b)[a-z][^<>]*>|<\/[a-z:]+\s*>|&nbsp;|&#160;|\s+/iy;

/**
 * Whether `html` from `from` to `to` (the rest of a line, after a `</TABLE>`) holds nothing a table's
 * paragraphs could be read from. Read up to the first thing that is not such a tag or space: on a
 * Workiva document's line of a megabyte, text follows each table within a few tags.
 */
function onlyTags(html: string, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    PLAIN_TAG.lastIndex = at;
    const m = PLAIN_TAG.exec(html);
    if (!m) return false;
    at = PLAIN_TAG.lastIndex;
    // Past the line's end: white space running on is the line's own; a tag closed only on a line
    // below is, on this line, text left over.
    if (at > to) return m[0].trim() === '';
  }
  return true;
}

/**
 * Where a change inside a document begins and ends within its lines (filing lines, as before the
 * change): the characters its first line keeps at its start, and the end of what it replaced
 * (`endLine`, `endChar`), after which the text stands as it was, moved by the change's delta in
 * lines and, on `endLine`, by `by` characters.
 */
export interface ChangeEdges {
  unchanged: number;
  endLine: number;
  endChar: number;
  by: number;
}

/** How a kept table is moved: down or up by lines, and along a line by characters. */
export interface TableMoves {
  lines: (table: Table, delta: number) => void;
  chars: (table: Table, line: number, by: number) => void;
}

/**
 * The document's tables after `change`, a change inside it (lines [from, newTo) of the filing now,
 * [from, oldTo) before; `edges` says where inside those lines), from its read before the change.
 * A table takes the paragraphs before it (since the table above) and up to MAX_AFTER paragraphs and
 * rows after it, so the top-level tables kept are those with more than MAX_AFTER rows or paragraphs
 * between them and the change: those above stand as they were, those below move with the text
 * after the change. The text between is scanned again, from just past the `</TABLE>` of the last
 * table kept above (where a whole read's scan stands as a fresh one does: no table open, no
 * paragraph begun) to the `<TABLE` of the MAX_AFTER + 1th row holding text among the kept tables
 * below, which must come out where they were (an edit that opens a table or a comment and does not
 * close it changes everything after it). Positions are taken inside lines: a Workiva document is a
 * few lines of a megabyte, and an edit reads again the part of it around the edit, not all of it.
 * Null when the rescanned tables do not come out where they were, or when the change is too near
 * both ends to gain anything: the document is then read whole.
 */
export function rereadHtmlDocument(
  lines: readonly string[],
  from: number,
  to: number,
  page: number,
  before: HtmlDocument,
  change: LineChange,
  edges: ChangeEdges,
  move: TableMoves,
): HtmlDocument | null {
  const { tops } = before;
  const { delta } = change;
  const at = change.from - from;
  const endLine = edges.endLine - from;
  const { endChar, unchanged } = edges;
  // Where the text after the change moved along its line: only the change's last line moves so.
  const along = (line: number) => (line === endLine ? edges.by : 0);
  const endsAbove = (t: TopTable) => t.endLine < at || (t.endLine === at && t.endChar <= unchanged);
  const startsBelow = (t: TopTable) => t.startLine > endLine || (t.startLine === endLine && t.startChar >= endChar);
  const endsBeforeEnd = (t: TopTable) => t.endLine < endLine || (t.endLine === endLine && t.endChar <= endChar);
  // The first top-level table reaching the change, and the first wholly below it whose paragraphs
  // before (read from the end of the table above) lie below it too.
  let first = 0;
  while (first < tops.length && endsAbove(tops[first])) first++;
  let below = first;
  while (below < tops.length && !startsBelow(tops[below])) below++;
  if (below > 0 && below < tops.length && endsBeforeEnd(tops[below - 1])) below++;
  // Kept above: tables [0, keep), with more than MAX_AFTER paragraphs and rows holding text between
  // the last of them and the change: each table given up adds its rows and the paragraphs between
  // it and the table above (those between the table reaching the change and the one before it may
  // lie after the change, and are not counted).
  let keep = first;
  for (let blocks = 0; keep > 0 && blocks <= MAX_AFTER; keep--) {
    blocks += tops[keep - 1].blocks + (keep > 1 ? tops[keep - 1].paragraphsBefore : 0);
  }
  // Scanned down to table `check`, exclusive: MAX_AFTER + 1 paragraphs and rows holding text below
  // the change (the paragraphs before table `below` lie after the change, as its rule above says,
  // unless it is the document's first).
  let check = below;
  for (let blocks = 0; check < tops.length && blocks <= MAX_AFTER; check++) {
    blocks += tops[check].blocks + (check > 0 ? tops[check].paragraphsBefore : 0);
  }
  if (keep === 0 && check >= tops.length) return null;
  const above = keep > 0 ? tops[keep - 1] : null;
  const until = check < tops.length ? tops[check] : null;
  const again = read(
    new HtmlSource(
      lines,
      above ? from + above.endLine : from,
      until ? from + until.startLine + delta + 1 : to,
      above ? above.endChar : 0,
      until ? until.startChar + along(until.startLine) : undefined,
    ),
    page,
    from,
  );
  // The tables scanned again below the change must be the kept ones, moved with the text after it.
  const rescanned = again.tops.length - (check - below);
  if (rescanned < 0) return null;
  for (let k = below; k < check; k++) {
    const now = again.tops[rescanned + k - below];
    const was = tops[k];
    if (
      now.hiddenAt !== was.hiddenAt ||
      now.startLine !== was.startLine + delta ||
      now.endLine !== was.endLine + delta ||
      now.startChar !== was.startChar + along(was.startLine) ||
      now.endChar !== was.endChar + along(was.endLine)
    ) {
      return null;
    }
  }
  // Each table read again took all the paragraphs and rows after it it could, as in a whole read
  // (unless the scan ran to the document's end, where a whole read stops too).
  if (check < tops.length && again.tops.slice(0, rescanned).some((t) => !t.afterFull)) return null;
  // The part read again began where nothing was hidden, as a fresh scan begins, and ends as deep in
  // hidden content as the whole read stood there: an edit that opens an `ix:header`, or cuts its
  // close, hides all the text after it.
  if ((above?.hiddenAt ?? 0) !== 0 || (until && again.hiddenAtEnd !== until.hiddenAt)) return null;
  const out: TopTable[] = tops.slice(0, keep);
  out.push(...again.tops.slice(0, rescanned));
  for (let k = below; k < tops.length; k++) {
    const was = tops[k];
    for (const t of was.tables) {
      if (delta !== 0) move.lines(t, delta);
      // Only a table starting on the change's last line can have figures there.
      if (edges.by !== 0 && was.startLine === endLine) move.chars(t, from + endLine + delta, edges.by);
    }
    out.push({
      ...was,
      startLine: was.startLine + delta,
      endLine: was.endLine + delta,
      startChar: was.startChar + along(was.startLine),
      endChar: was.endChar + along(was.endLine),
    });
  }
  return {
    tables: out.flatMap((t) => t.tables),
    tops: out,
    hiddenAtEnd: until ? before.hiddenAtEnd : again.hiddenAtEnd,
  };
}
