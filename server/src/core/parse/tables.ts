/**
 * Text -> table model. A table is found from its body (a run of numeric rows, with rules, blank
 * lines and wrapped labels between them), then extended upwards to its header and title and
 * downwards to its footnotes.
 */
import type { Cell, Column, FilingModel, Footnote, Row, Rule, ScaleNote, Table } from '../model';
import { parseNumber } from '../decimal';
import { classify, firstNonBlank, lineInfo, PAGE_LINE, PAGE_RE, splitLines, tokenize, viewLine, type Chunk, type LineInfo, type LineView } from './lines';
import { belowTextOpen, isRegionMarker, lineFlags, moveRegions, SKIPPED_LINE, textRegions, type TextRegion } from './regions';
import { inferKind, occupiedRuns, runOf, type RawColumn } from './columns';
import { diffLines, type LineChange } from './change';

/** Blank lines allowed inside a table body before the table is taken to have ended. */
const MAX_BODY_BLANKS = 2;
const MAX_HEADER_LINES = 8;
const MAX_TITLE_GAP = 4;
const MAX_FOOTNOTE_GAP = 8;
/** Lines a wrapped row label may take before its numbers. */
const MAX_WRAPPED_LABEL = 4;

const SKIPPED = lineInfo('prose', []);

const TOTAL_LABEL = /^(?:grand\s+|sub-?\s?)?totals?\b/i;

/** A row that calls itself a total: `Total ...`, `TOTALS`, `Grand total`, `Subtotal`, `Sub-total`. */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label);
}
/** One footnote reference at the end of a title: `(1)`, `(a)`, `*`, `{2}`. */
const TITLE_REF = /(?:\(\w{1,2}\)|\*{1,3}|\{\d{1,2}\})$/;

/** A title's trailing footnote references, peeled off one at a time from its end. */
function splitTitleRefs(title: string): { title: string; refs: string[] } {
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
const SCALE_NOTE = /\bin\s+(thousands|millions|billions)\b/i;

/**
 * The parse's access to the document's lines. A class rather than an object of arrows made per
 * parse: its methods are then the same functions from one parse to the next, and V8 keeps their
 * optimised code across garbage collections (a closure's is dropped once no closure running it is
 * alive, and these run on every line with a digit in it).
 */
class Doc {
  /** Text lines cut into cells when a table's header asks for them. */
  private readonly textChunks = new Map<number, Chunk[]>();

  constructor(
    readonly lines: string[],
    readonly infos: LineInfo[],
    /** Each line's view, made when first asked for. */
    private readonly views: (LineView | undefined)[],
  ) {}

  view(line: number): LineView {
    return this.views[line] ?? (this.views[line] = viewLine(this.lines[line]));
  }

  /** A line's cells: numeric lines carry theirs; others are cut on demand (header words). */
  chunksOf(line: number): Chunk[] {
    const info = this.infos[line];
    if (info.chunks.length > 0 || info.kind === 'numeric') return info.chunks;
    let chunks = this.textChunks.get(line);
    if (!chunks) this.textChunks.set(line, (chunks = tokenize(this.view(line).text)));
    return chunks;
  }
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
}

/** What an earlier parse of the same document left for the next one. */
export interface ParseCache {
  pages: Page[];
  /** The lines it parsed (a copy of the array; the strings are shared with the document). */
  lines?: string[];
  /** The first line of each page. */
  starts?: number[];
  /** The regions and the line flags they give, reused while no region marker changes. */
  regions?: TextRegion[];
  flags?: Uint8Array;
  infos?: LineInfo[];
  views?: (LineView | undefined)[];
}

export function createParseCache(): ParseCache {
  return { pages: [] };
}

/** Whether a line is a `<PAGE>` marker, tested cheaply by its first character before the pattern. */
export function isPageMarker(line: string): boolean {
  if (line.length < 6) return false;
  const first = firstNonBlank(line);
  return first < line.length && line.charCodeAt(first) === 60 && PAGE_RE.test(line);
}

function someLine(lines: string[], from: number, to: number, test: (line: string) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(lines[i])) return true;
  return false;
}

/**
 * Widens a change over the lines whose region flags differ from before (a `<TABLE>` tag typed
 * above them, a `<TEXT>` that now holds HTML): their pages are parsed again and their kinds redone.
 */
function widenToFlags(change: LineChange, before: Uint8Array, now: Uint8Array): void {
  let first = change.from;
  let last = change.newTo - 1;
  for (let i = 0; i < change.from; i++) {
    if (before[i] !== now[i]) {
      first = i;
      break;
    }
  }
  for (let i = now.length - 1; i >= change.newTo; i--) {
    if (before[i - change.delta] !== now[i]) {
      last = i;
      break;
    }
  }
  change.from = Math.min(change.from, first);
  change.newTo = Math.max(change.newTo, last + 1);
  change.oldTo = change.newTo - change.delta;
}

/** `old` made equal to `lines`, in place: the lines of the change replaced by the new ones. */
function patched(old: string[], lines: string[], change: LineChange): string[] {
  const out = change.delta === 0 ? old : spliceChange(old, change);
  for (let i = change.from; i < change.newTo; i++) out[i] = lines[i];
  return out;
}

/** Replaces [from, oldTo) of `items`, in place, by `newTo - from` empty slots. */
function spliceChange<T>(items: T[], change: LineChange): T[] {
  const added = change.newTo - change.from;
  if (added > 10_000) {
    // Spreading a long run of slots into splice's arguments would overflow the stack.
    const out: T[] = new Array(items.length + change.delta);
    for (let i = 0; i < change.from; i++) out[i] = items[i];
    for (let i = change.oldTo; i < items.length; i++) out[i + change.delta] = items[i];
    return out;
  }
  items.splice(change.from, change.oldTo - change.from, ...(new Array(added) as T[]));
  return items;
}

/**
 * Moves a table parsed on an unchanged page below an edit that added or removed lines. Tables are
 * moved in place, so what was computed from them (facts, summaries, misalignments) stays with them.
 */
function shiftTable(table: Table, delta: number): void {
  // A page's tables own their rows, cells, rules, notes and line lists (joined tables are made
  // afresh each parse, and a model is read only for its own version), so all move in place.
  if (table.titleLine >= 0) table.titleLine += delta;
  const headerLines = table.headerLines;
  for (let k = 0; k < headerLines.length; k++) headerLines[k] += delta;
  for (const row of table.rows) {
    row.line += delta;
    const lines = row.lines;
    for (let k = 0; k < lines.length; k++) lines[k] += delta;
    const cells = row.cells;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k];
      if (cell) cell.span.line += delta;
    }
  }
  for (const rule of table.rules) rule.line += delta;
  for (const note of table.footnotes) {
    note.startLine += delta;
    note.endLine += delta;
  }
  if (table.scale) table.scale.line += delta;
  table.startLine += delta;
  table.endLine += delta;
  table.bodyStartLine += delta;
  table.bodyEndLine += delta;
}

export function parseFiling(text: string, cache?: ParseCache): FilingModel {
  return parseLines(splitLines(text), cache);
}

/**
 * `changed`, when the caller knows it (the server's document store does), is what changed since the
 * parse that filled `cache`; without it the two versions are compared line by line.
 */
export function parseLines(lines: string[], cache?: ParseCache, changed?: LineChange): FilingModel {
  const old = cache?.lines;
  // What changed since the last parse, and whether it touched a page break or a region marker.
  const change = !old ? undefined : changed && old.length + changed.delta === lines.length ? { ...changed } : diffLines(old, lines);
  const touches = (change: LineChange, test: (line: string) => boolean, margin = 0) =>
    someLine(old!, Math.max(0, change.from - margin), Math.min(old!.length, change.oldTo + margin), test) ||
    someLine(lines, Math.max(0, change.from - margin), Math.min(lines.length, change.newTo + margin), test);
  // A marker on line 0 is not in `starts` (the first page starts there anyway): an edit at the top redoes them.
  const pagesMoved = !change || touches(change, isPageMarker) || (change.from === 0 && (isPageMarker(old![0] ?? '') || isPageMarker(lines[0] ?? '')));
  // Whether a `<TEXT>` holds HTML depends on its first non-blank line, which need not be a marker.
  // A marker right beside the change counts too: lines put between it and the top of the document
  // (or the end of the region before) make a region where there was none, which has no boundary
  // that moving regions could see.
  const markersTouched = !change || touches(change, isRegionMarker, 1) || belowTextOpen(lines, change.from);
  let starts: number[];
  if (!pagesMoved && cache?.starts) {
    // The first page always starts at line 0, whether or not that line is a marker.
    starts = [0];
    for (let k = 1; k < cache.starts.length; k++) {
      const s = cache.starts[k] >= change!.oldTo ? cache.starts[k] + change!.delta : cache.starts[k];
      if (s > 0) starts.push(s);
    }
  } else {
    starts = [0];
    for (let i = 1; i < lines.length; i++) if (isPageMarker(lines[i])) starts.push(i);
  }
  const firstIsPage = PAGE_RE.test(lines[0] ?? '');

  // Regions (HTML documents, encoded binaries, `<TABLE>` tags) change only when a line that opens
  // or closes one does; lines added or removed move them, so they are found again then (one pass
  // over line starts). Lines whose flags changed count as changed lines.
  const keepRegions = !markersTouched && change?.delta === 0 && cache?.regions && cache.flags;
  const moved = !keepRegions && !markersTouched && change && cache?.regions ? moveRegions(cache.regions, change) : null;
  const regions = keepRegions ? cache!.regions! : (moved ?? textRegions(lines));
  const flags = keepRegions ? cache!.flags! : lineFlags(lines.length, regions);
  // Moved regions keep every boundary outside the change (moveRegions gives up otherwise), so the
  // flags outside it are the old ones, moved: only regions found again can change flags elsewhere.
  if (change && !keepRegions && !moved && cache?.flags) widenToFlags(change, cache.flags, flags);

  // A page is reused when none of its lines changed (nor the line after it, which the parse looks
  // at): it lies wholly above the change, or wholly below it (then its tables move by delta).
  const previous = new Map<number, Page>();
  if (change) for (const page of cache!.pages) previous.set(page.from, page);
  const reusable = (from: number, to: number): Page | undefined => {
    if (!change) return undefined;
    // The page reads the line after it, and a scale note up to SCALE_LOOKBEHIND lines before it.
    const lookahead = Math.min(to + 1, lines.length);
    const oldFrom = lookahead <= change.from ? from : from - SCALE_LOOKBEHIND >= change.newTo ? from - change.delta : -1;
    const known = oldFrom >= 0 ? previous.get(oldFrom) : undefined;
    return known && known.to - known.from === to - from ? known : undefined;
  };

  // Views (tabs expanded, leaders blanked) and line kinds are made only for the lines that need
  // them, and kept from one parse to the next for lines that did not change.
  const keepInfos = change && cache?.infos?.length === old!.length && cache.views?.length === old!.length;
  let infos: LineInfo[];
  let viewCache: (LineView | undefined)[];
  if (!keepInfos) {
    infos = new Array(lines.length);
    viewCache = new Array(lines.length);
  } else if (change!.delta !== 0) {
    infos = spliceChange(cache!.infos!, change!);
    viewCache = spliceChange(cache!.views!, change!);
  } else {
    infos = cache!.infos!;
    viewCache = cache!.views!;
    for (let i = change!.from; i < change!.newTo; i++) {
      infos[i] = undefined as unknown as LineInfo;
      viewCache[i] = undefined;
    }
  }
  // A line's kind and view depend on its text and flags alone, so a page parsed again keeps those
  // of its unchanged lines: only its tables are built again (a long page without <PAGE> markers
  // then costs an edit its table building, not the classification of all its lines).
  const known: (Page | undefined)[] = new Array(starts.length);
  for (let k = 0; k < starts.length; k++) known[k] = reusable(starts[k], k + 1 < starts.length ? starts[k + 1] : lines.length);
  const doc = new Doc(lines, infos, viewCache);
  // A line that starts a page is a page line, also in a skipped region (where `classify` never sees
  // it) or too long for a table (where it takes the line for data): a page's parse reads the line
  // after it and no further, and the walks down a page (a table's footnotes, its detached totals
  // row) stop at that kind. Taken for prose, a marker in an encoded binary let a footnote's
  // continuation run past its page into lines not classified, and the parse threw.
  for (let k = 1; k < starts.length; k++) infos[starts[k]] = PAGE_LINE;

  const pages: Page[] = [];
  const tables: Table[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] : lines.length;
    // Page numbers count the <PAGE> markers above, as the filing's own numbering does.
    const number = k + 1 + (firstIsPage ? 1 : 0);
    const page = known[k];
    // A reusable page has the flags it had: lines whose flags changed were made part of the change.
    if (page) {
      const delta = from - page.from;
      if (delta !== 0) {
        for (const t of page.tables) shiftTable(t, delta);
        page.from = from;
        page.to = to;
      }
      // A <PAGE> marker added or removed above renumbers the pages below; tables added or removed
      // above renumber the tables. Neither is a reason to parse the page again.
      page.number = number;
      // Its reports were worked out by the analysis before: the page it replaced can go.
      pageLineage.delete(page);
      pages.push(page);
      for (const t of page.tables) keepTable(t, number, tables);
      continue;
    }
    // The page reads the line after it too.
    classifyLines(doc, flags, from, Math.min(to + 1, lines.length));
    // The same page as parsed before, with the change inside it: its tables clear of the change are kept.
    const before = change ? previous.get(change.from >= from ? from : from - change.delta) : undefined;
    const lineage = before ? { before, change: change! } : undefined;
    const parsed: Page = { from, to, number, tables: parsePage(doc, from, to, number, tables, lineage) };
    if (lineage) {
      // One generation only: the page before lets go of the one it replaced, or every version of
      // an edited page would stay reachable from the current one.
      pageLineage.delete(lineage.before);
      pageLineage.set(parsed, lineage);
    }
    pages.push(parsed);
  }
  // The cache keeps its own copy of the lines (the caller's array may be edited in place): the copy
  // is patched where the lines changed rather than copied whole on every edit.
  if (cache) Object.assign(cache, { pages, lines: change ? patched(old!, lines, change) : lines.slice(), starts, regions, flags, infos, views: viewCache });
  return { lines, tables: joinContinuedTables(lines, tables), pages, regions, flags };
}

/**
 * Kinds of the lines [from, to) not known yet. HTML documents and encoded binaries inside a
 * submission hold no text tables: their lines are skipped.
 */
function classifyLines(doc: Doc, flags: Uint8Array, from: number, to: number): void {
  const { lines, infos } = doc;
  for (let i = from; i < to; i++) if (infos[i] === undefined) infos[i] = flags[i] & SKIPPED_LINE ? SKIPPED : classify(lines[i], doc, i);
}

/**
 * A page parsed again with its tables clear of the change kept: the page it replaces (its lines
 * numbered as before) and the change since, so that per-line checks scan only the lines near it.
 * Kept until the next parse: then the page is reused as it is, or replaced in turn.
 */
export interface PageLineage {
  before: Page;
  change: LineChange;
}
export const pageLineage = new WeakMap<Page, PageLineage>();

/** A table kept from the last parse, appended to the document's tables with its new number and index. */
function keepTable(t: Table, page: number, tables: Table[]): void {
  t.page = page;
  t.index = tables.length;
  if (t.untitled) t.title = untitledTitle(t.index);
  tables.push(t);
}

/**
 * Where the page's scan stood when it built a table, relative to the table's first line (so the
 * numbers move with the table): the numeric line it started from, the floor (the line below the
 * table before it), the line it went on from, the last line it read below the table, and the last
 * line the page's scan had read by then (its lookahead for rows that came to nothing included).
 */
interface ScanState {
  at: number;
  floor: number;
  next: number;
  reach: number;
  scanned: number;
}
const scanStates = new WeakMap<Table, ScanState>();

/**
 * The last line the scan of a page had read once it built `table`, in the parse that built it; -1
 * for a table put together from two (see joinContinuedTables). A parse of the document's first
 * lines builds the same tables as a parse of the whole document as far as this is above the cut.
 */
export function scannedThrough(table: Table): number {
  const state = scanStates.get(table);
  return state ? table.startLine + state.scanned : -1;
}

/**
 * Whether a table of the last parse is the one this parse would build with its scan at `at` above
 * `floor`: it was built from the same state, and it read no changed line. A table reads no line
 * above SCALE_LOOKBEHIND lines over its floor, and none below its recorded reach. Returns how far
 * it moved (0 above the change), or null.
 */
function keptShift(table: Table, state: ScanState, change: LineChange, at: number, floor: number): number | null {
  const base = table.startLine;
  if (base + state.reach < change.from) return base + state.at === at && base + state.floor === floor ? 0 : null;
  if (base + state.floor - SCALE_LOOKBEHIND < change.oldTo) return null;
  return base + state.at + change.delta === at && base + state.floor + change.delta === floor ? change.delta : null;
}

/**
 * The tables of one page, its lines classified, appended to `tables` (their indexes count from the
 * document's first table). A function of its own, called once per page, so the JIT optimises it
 * like any other rather than through the loop of one long call. With `lineage`, the tables of the
 * page's last parse that are clear of the change are kept, with everything computed from them: a
 * long page (a filing without `<PAGE>` markers is one) then costs an edit the tables near it.
 */
function parsePage(doc: Doc, from: number, to: number, number: number, tables: Table[], lineage?: PageLineage): Table[] {
  const { infos } = doc;
  const pageTables: Table[] = [];
  let old = 0;
  let i = from;
  // The last line read: a body's lookahead reads on whether or not a table comes of it.
  let read = from;
  while (i < to) {
    if (infos[i].kind !== 'numeric') {
      i++;
      continue;
    }
    const floor = pageTables.length ? pageTables[pageTables.length - 1].endLine + 1 : from;
    if (lineage) {
      const { keep, next } = keptTable(lineage, old, i, floor);
      old = next;
      if (keep) {
        if (keep.shift !== 0) shiftTable(keep.table, keep.shift);
        read = Math.max(read, keep.table.startLine + keep.state.scanned);
        pageTables.push(keep.table);
        keepTable(keep.table, number, tables);
        i = keep.table.startLine + keep.state.next;
        continue;
      }
    }
    const end = bodyEnd(doc, i);
    const reachOfBody = bodyReach;
    if (reachOfBody > read) read = reachOfBody;
    const table = buildTable(doc, i, end, floor, tables.length, number);
    const next = (table ? Math.max(end, table.endLine) : end) + 1;
    if (table) {
      // Below its body the table read the gap before its footnotes (within the body's reach, which
      // is at least MAX_TOTALS_GAP lines on) and, past its last footnote, two lines for another.
      const reach = Math.max(reachOfBody, table.endLine + 3);
      if (reach > read) read = reach;
      const base = table.startLine;
      scanStates.set(table, { at: i - base, floor: floor - base, next: next - base, reach: reach - base, scanned: read - base });
      pageTables.push(table);
      tables.push(table);
    }
    i = next;
  }
  return pageTables;
}

/**
 * The table of the page before (from index `from` on) that the scan at `at` above `floor` would
 * build again, with its scan state and how far it moved; and where to look next.
 */
function keptTable({ before, change }: PageLineage, from: number, at: number, floor: number): { keep?: { table: Table; state: ScanState; shift: number }; next: number } {
  let k = from;
  for (; k < before.tables.length; k++) {
    const table = before.tables[k];
    const state = scanStates.get(table);
    if (!state) continue;
    // Old tables the scan has gone past are not built again; they are passed over.
    const start = table.startLine + state.at;
    const moved = start >= change.oldTo ? start + change.delta : start;
    if (moved < at) continue;
    if (moved > at) break;
    const shift = keptShift(table, state, change, at, floor);
    return { keep: shift === null ? undefined : { table, state, shift }, next: k + 1 };
  }
  return { next: k };
}

const CONTINUED_GAP = 16;

/**
 * A table the filer broke across a `<PAGE>` marker: the part above has no total row, and the part
 * below starts right after the marker (past blank lines, a page number, a running head or a
 * "(Continued)" title) with the same numeric columns at the same right edges. The two are one table:
 * its total adds the rows of both pages.
 */
function joinContinuedTables(lines: string[], tables: Table[]): Table[] {
  if (tables.length < 2) return tables;
  const out: Table[] = [];
  for (const table of tables) {
    const previous = out[out.length - 1];
    if (previous && continues(lines, previous, table)) {
      out[out.length - 1] = {
        ...previous,
        rows: [...previous.rows, ...table.rows],
        rules: [...previous.rules, ...table.rules],
        footnotes: table.footnotes,
        endLine: table.endLine,
        bodyEndLine: table.bodyEndLine,
        continuedFrom: previous.continuedFrom ?? previous,
      };
      continue;
    }
    out.push(table);
  }
  out.forEach((t, i) => (t.index = i));
  return out;
}

function continues(lines: string[], above: Table, below: Table): boolean {
  if (below.page !== above.page + 1 || above.rows.some((r) => r.kind === 'total')) return false;
  if (below.startLine - above.endLine > CONTINUED_GAP) return false;
  // Only blank lines, the marker, a page number and short headings between the two parts.
  let markers = 0;
  for (let l = above.endLine + 1; l < below.startLine; l++) {
    const t = lines[l].trim();
    if (PAGE_RE.test(lines[l])) markers++;
    else if (t.length > 90) return false;
  }
  if (markers !== 1) return false;
  const a = above.columns.slice(1);
  const b = below.columns.slice(1);
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((c, i) => Math.abs(c.rightEdge - b[i].rightEdge) <= 1 && c.kind === b[i].kind);
}

/** A page number: a lone whole number on its line, just above a `<PAGE>` marker (or the end). */
function isPageNumber(doc: Doc, line: number): boolean {
  const chunks = doc.infos[line].chunks;
  if (chunks.length !== 1 || !chunks[0].number || !/^\d{1,4}$/.test(chunks[0].text)) return false;
  for (let k = line + 1; k < doc.lines.length && k <= line + 3; k++) {
    const kind = doc.infos[k]?.kind;
    if (kind === 'blank') continue;
    return kind === 'page' || PAGE_RE.test(doc.lines[k]);
  }
  return true;
}

/**
 * The last line bodyEnd read, set by each call (it is never re-entered): the scan's last line plus
 * the lookahead of its helpers (a detached totals row is looked for up to MAX_TOTALS_GAP + 2 lines on).
 */
let bodyReach = 0;

/** The last numeric line of the body that starts at `start`. */
function bodyEnd(doc: Doc, start: number): number {
  const { infos } = doc;
  let last = start;
  let blanks = 0;
  let j = start + 1;
  for (; j < infos.length; j++) {
    const kind = infos[j].kind;
    if (kind === 'numeric') {
      if (isPageNumber(doc, j)) break;
      last = j;
      blanks = 0;
    } else if (kind === 'rule') {
      blanks = 0;
    } else if (kind === 'blank') {
      if (++blanks > MAX_BODY_BLANKS) {
        // Certificateholder reports print their TOTALS row under a rule after a dozen blank lines.
        const totals = detachedTotals(doc, j);
        if (totals < 0) break;
        j = totals - 1;
        blanks = 0;
      }
    } else if ((kind === 'text' || (kind === 'prose' && isWrappedLabel(doc, j))) && blanks < 2) {
      // Text after two blank lines starts something new (the next statement's title), not a heading.
      // Label lines inside the body: a wrapped label or a section heading, followed by rows.
      // Headings may stack with a blank line between them (`Foreign currency / management`, blank, `Forward contracts`).
      let k = j;
      let gap = 0;
      while (k + 1 < infos.length && k - j < MAX_WRAPPED_LABEL * 2) {
        const nk = infos[k + 1].kind;
        if (nk === 'text') gap = 0;
        else if (nk === 'blank' && gap === 0) gap = 1;
        else break;
        k++;
      }
      const next = nextNonBlank(infos, k + 1, 1);
      if (next < 0 || infos[next].kind !== 'numeric') break;
      blanks = 0;
      j = k;
    } else {
      break;
    }
  }
  bodyReach = j + MAX_TOTALS_GAP + 2;
  return last;
}

/** A long label line that wraps onto the row below it (`GECS financing receivables (investment in ...`). */
function isWrappedLabel(doc: Doc, line: number): boolean {
  const text = doc.lines[line];
  return text.length < 100 && line + 1 < doc.infos.length && doc.infos[line + 1].kind === 'numeric' && /^\s+\S/.test(doc.lines[line + 1]);
}

const MAX_TOTALS_GAP = 20;

/** The line of a `TOTALS` row a blank gap (and a rule) away, or -1. */
function detachedTotals(doc: Doc, from: number): number {
  const { infos, lines } = doc;
  let p = from;
  while (p < infos.length && p - from < MAX_TOTALS_GAP && infos[p].kind === 'blank') p++;
  if (p < infos.length && infos[p].kind === 'rule') p++;
  if (p < infos.length && infos[p].kind === 'numeric' && TOTAL_LABEL.test(lines[p].trim())) return p;
  return -1;
}

function nextNonBlank(infos: LineInfo[], from: number, maxBlanks: number): number {
  let blanks = 0;
  for (let j = from; j < infos.length; j++) {
    if (infos[j].kind !== 'blank') return j;
    if (++blanks > maxBlanks) return -1;
  }
  return -1;
}

function isYearHeader(info: LineInfo): boolean {
  return info.chunks.length > 0 && info.chunks.every((c) => c.number !== null && /^(?:19|20)\d\d\**$/.test(c.text));
}

/** A line whose numbers are all years, with or without a label: a heading line of periods. */
function isYearRow(info: LineInfo): boolean {
  const numbers = info.chunks.filter((c) => c.number);
  return numbers.length >= 2 && numbers.every((c) => /^(?:19|20)\d\d\**$/.test(c.text));
}

interface Header {
  lines: number[];
  top: number;
}

/** Header lines above the body: between the header rule (if any) and the top rule or a blank line. */
function findHeader(doc: Doc, bodyStart: number, floor: number): Header {
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
    if (kind === 'text' || (kind === 'numeric' && (isYearHeader(infos[p]) || isYearRow(infos[p])))) {
      lines.unshift(p);
      top = p;
      p--;
    } else if (kind === 'rule' && lines.length > 0) {
      top = p;
      // Two-level headings (`THREE MONTHS ENDED` over `7/1/00  6/26/99`) are split by an underline.
      if (p - 1 >= floor && isColumnHeading(doc, p - 1)) {
        p--;
        continue;
      }
      break;
    } else break;
  }
  return { lines, top };
}

/** A heading line over columns: several phrases set apart by wide gaps, no sentence. */
function isColumnHeading(doc: Doc, line: number): boolean {
  const info = doc.infos[line];
  return (info.kind === 'text' || (info.kind === 'numeric' && isYearRow(info))) && doc.chunksOf(line).length >= 2 && /\S\s{3,}\S/.test(doc.lines[line].trim());
}

const COLUMN_MARKUP = /^\s*<(?:S|C|CAPTION|\/CAPTION|FN)>/i;

function isColumnMarkup(line: string): boolean {
  return COLUMN_MARKUP.test(line);
}

/** `(In millions)`, `Dollars in thousands`: a unit note between a title and its table (tested trimmed). */
const UNIT_NOTE = /^\(?(?:in|dollars|amounts)\b[^)]*\)?$/i;

function findTitle(doc: Doc, above: number, floor: number): number {
  const { infos, lines } = doc;
  let p = above - 1;
  let gap = 0;
  while (p >= floor && gap <= MAX_TITLE_GAP) {
    const kind = infos[p].kind;
    if (kind === 'blank') {
      gap++;
      p--;
      continue;
    }
    // `<TABLE>`, `<CAPTION>` and rules sit between a statement's title and its header.
    if (kind === 'rule' || isColumnMarkup(lines[p]) || /^\s*<TABLE>\s*$/i.test(lines[p])) {
      p--;
      continue;
    }
    if ((kind === 'text' || kind === 'numeric') && lines[p].trim().length <= 120 && !isColumnHeading(doc, p) && !UNIT_NOTE.test(lines[p].trim())) return p;
    if (UNIT_NOTE.test(lines[p].trim()) && lines[p].trim().startsWith('(')) {
      p--;
      continue;
    }
    return -1;
  }
  return -1;
}

function buildTable(doc: Doc, start: number, end: number, floor: number, index: number, page: number): Table | null {
  const { infos, lines } = doc;
  // Leading year lines (`1999   1998`, `At December 31 (In millions)   1993   1992`) are column
  // headings, not rows.
  while (start < end && (isYearHeader(infos[start]) || isYearRow(infos[start]))) start++;

  // Rows, wrapped labels and rules of the body. Most candidates are a lone numeric line in prose:
  // they are dropped before the header and title are looked for.
  const numericLines: number[] = [];
  for (let l = start; l <= end; l++) if (infos[l].kind === 'numeric') numericLines.push(l);
  if (numericLines.length < 2) return null;
  const header = findHeader(doc, start, floor);
  const titleLine = findTitle(doc, header.top, floor);

  // Numeric columns are measured from numbers only, so a long label cannot join two columns.
  const lineChunks = numericLines.map((l) => infos[l].chunks);
  const runs = occupiedRuns(lineChunks, true);
  const body = scanBody(doc, start, end);

  const boundary = labelBoundary(runs, lineChunks, numericLines.filter((l) => body.totalish.has(l)).map((l) => infos[l].chunks));
  if (boundary >= runs.length) return null;

  // The label column: everything left of the first numeric column (numeric labels included).
  let labelStart = boundary > 0 ? runs[0].start : Infinity;
  for (const l of numericLines) {
    const first = infos[l].chunks[0];
    if (first && first.start < runs[boundary].start) labelStart = Math.min(labelStart, first.start);
  }
  const labelRun: RawColumn = Number.isFinite(labelStart) ? { start: labelStart, end: runs[boundary].start } : { start: 0, end: 0 };
  const layout: Layout = { runs, boundary, labelRun, numericRuns: runs.slice(boundary) };

  const headers = headerWords(doc, header.lines, layout);
  const scale = findScale(doc, titleLine >= 0 ? titleLine : header.top, start);
  const rows = buildRows(doc, start, end, layout, body);
  const columns = buildColumns(rows, layout, headers, scale);
  if (!columns) return null;

  const titleText = titleLine >= 0 ? lines[titleLine].trim() : '';
  const split = splitTitleRefs(titleText);
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

/** Where a table's columns are: occupied runs, the first numeric one, the label column's run. */
interface Layout {
  runs: RawColumn[];
  boundary: number;
  labelRun: RawColumn;
  numericRuns: RawColumn[];
}

/** A body's rules, and its rows that a rule or a `Total` label marks as totals. */
interface BodyMarks {
  rules: Rule[];
  totalish: Set<number>;
}

function scanBody(doc: Doc, start: number, end: number): BodyMarks {
  const { infos } = doc;
  const totalish = new Set<number>();
  const rules: Rule[] = [];
  let previous: 'rule' | 'row' | 'other' = 'other';
  for (let l = start; l <= end; l++) {
    const kind = infos[l].kind;
    if (kind === 'rule') {
      const view = doc.view(l);
      const s = view.text.search(/[-=_]/);
      rules.push({ line: l, start: view.toChar(s), end: view.toChar(view.text.trimEnd().length), char: infos[l].ruleChar ?? '-' });
      previous = 'rule';
    } else if (kind === 'numeric') {
      // A `Total ...` row without a rule is a total only right under the rows it adds; after a
      // blank line or a heading it leads the rows below it (`Total Retail Sales-` then its parts).
      if (previous === 'rule' || (previous === 'row' && infos[l - 1].kind === 'numeric' && TOTAL_LABEL.test(leadingText(infos[l].chunks)))) totalish.add(l);
      previous = 'row';
    } else if (kind !== 'blank') previous = 'other';
  }
  return { rules, totalish };
}

/** The header words over each column (index 0 is the label column). */
function headerWords(doc: Doc, headerLines: number[], layout: Layout): string[][] {
  const headers: string[][] = [];
  for (let k = 0; k <= layout.numericRuns.length; k++) headers.push([]);
  for (const hl of headerLines) {
    for (const chunk of doc.chunksOf(hl)) {
      const col = nearestColumn(layout.labelRun, layout.numericRuns, chunk);
      headers[col].push(chunk.text);
    }
  }
  return headers;
}

/** The rows of a body: headings, and rows of cells placed in the layout's columns. */
function buildRows(doc: Doc, start: number, end: number, layout: Layout, body: BodyMarks): Row[] {
  const { infos, lines } = doc;
  const { runs, boundary, labelRun } = layout;
  const rows: Row[] = [];
  let pendingLabel: number[] = [];
  for (let l = start; l <= end; l++) {
    const info = infos[l];
    if (info.kind === 'text' || (info.kind === 'prose' && isWrappedLabel(doc, l))) {
      let k = l + 1;
      while (k <= end && infos[k].kind === 'text' && !lines[k - 1].trim().endsWith(':')) k++;
      const next = k <= end ? infos[k].kind : 'blank';
      const text = lines[l].trim();
      if (next === 'numeric' && !text.endsWith(':')) pendingLabel.push(l);
      else {
        rows.push({ kind: 'heading', label: wrappedLabel(lines, pendingLabel, text), lines: withLine(pendingLabel, l), line: l, cells: [] });
        pendingLabel = [];
      }
      continue;
    }
    if (info.kind !== 'numeric') continue;
    if (isYearHeader(info)) {
      // A column heading of years inside the body (`2006    2005`) starts a new section.
      rows.push({ kind: 'heading', label: lines[l].trim().replace(/\s+/g, ' '), lines: withLine(pendingLabel, l), line: l, cells: [] });
      pendingLabel = [];
      continue;
    }
    const cells: (Cell | undefined)[] = new Array(layout.numericRuns.length + 1);
    const lineView = doc.view(l);
    // The label cell runs from the first label chunk's start to the last one's end.
    let labelFrom = -1;
    let labelTo = -1;
    const chunks = splitGluedNumbers(info.chunks, runs, boundary, labelRun);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c];
      const run = chunk.number ? runOf(runs, chunk) : -1;
      if (chunk.start < labelRun.end && (!chunk.number || run < boundary)) {
        if (labelFrom < 0) labelFrom = chunk.start;
        labelTo = chunk.end;
        continue;
      }
      if (!chunk.number) continue; // a note such as `(a)` or `n/a` among the numbers
      const col = run - boundary + 1;
      if (col < 1 || cells[col]) continue;
      cells[col] = makeCell(lineView, l, col, chunk);
    }
    let labelOnLine = '';
    if (labelFrom >= 0) {
      labelOnLine = lineView.text.slice(labelFrom, labelTo);
      cells[0] = {
        column: 0,
        text: labelOnLine,
        span: { line: l, start: lineView.toChar(labelFrom), end: lineView.toChar(labelTo - 1) + 1 },
        display: { start: labelFrom, end: labelTo },
        value: null,
        dollar: false,
        percent: false,
      };
    }
    // Most rows have no wrapped label lines above them: their label is their own line's.
    const wrapped = pendingLabel.length > 0;
    const label = wrapped ? wrappedLabel(lines, pendingLabel, labelOnLine) : singleSpaced(labelOnLine.trim());
    const kind = body.totalish.has(l) ? 'total' : 'body';
    rows.push({ kind, label, lines: wrapped ? withLine(pendingLabel, l) : [l], line: l, cells });
    if (wrapped) pendingLabel = [];
  }
  return rows;
}

/** The table's columns, label first, or null when no numeric column has two numbers in it. */
function buildColumns(rows: Row[], layout: Layout, headers: string[][], scale: ScaleNote | null): Column[] | null {
  const { labelRun } = layout;
  const columns: Column[] = [
    { index: 0, kind: 'label', start: labelRun.start, end: labelRun.end, rightEdge: labelRun.end, header: headers[0].join(' ') },
  ];
  // A table needs a numeric column with at least two numbers in it.
  let populated = false;
  for (let k = 0; k < layout.numericRuns.length; k++) {
    const run = layout.numericRuns[k];
    const col = k + 1;
    const cells: Cell[] = [];
    let values = 0;
    for (const r of rows) {
      const cell = r.cells[col];
      if (cell === undefined) continue;
      cells.push(cell);
      if (cell.value) values++;
    }
    if (values >= 2) populated = true;
    const header = headers[col].join(' ');
    const kind = inferKind({ header, cells, scaleNote: scale !== null });
    columns.push({ index: col, kind, start: run.start, end: run.end, rightEdge: modeRightEdge(rows, col, run.end), header });
  }
  return populated ? columns : null;
}

/** What a table without a title is called: its place in the document. */
function untitledTitle(index: number): string {
  return `Table ${index + 1}`;
}

/**
 * A label written up against its number (`Cash at Beginning of Year 1,604.0`) reaches into the
 * first numeric column; the last word is the number when it sits in a numeric column.
 */
function splitGluedNumbers(chunks: Chunk[], runs: RawColumn[], boundary: number, label: RawColumn): Chunk[] {
  if (!chunks.some((c) => !c.number && c.end > label.end)) return chunks;
  const out: Chunk[] = [];
  for (const c of chunks) {
    const space = c.text.lastIndexOf(' ');
    if (c.number || c.end <= label.end || space < 0) {
      out.push(c);
      continue;
    }
    const word = c.text.slice(space + 1);
    const number = parseNumber(word);
    const tail: Chunk = { start: c.start + space + 1, end: c.end, text: word, number };
    if (!number || runOf(runs, tail) < boundary) {
      out.push(c);
      continue;
    }
    const head = c.text.slice(0, space).trimEnd();
    out.push({ start: c.start, end: c.start + head.length, text: head, number: null }, tail);
  }
  return out;
}

/**
 * Index of the first numeric column. Runs before it hold the labels: numeric labels (rates, terms)
 * and range bounds have no text to their left, while a data column follows a text label in most
 * rows. A total row never has a number in the label column, which bounds the labels when every
 * label is a number.
 */
function labelBoundary(runs: RawColumn[], rows: Chunk[][], totals: Chunk[][]): number {
  let totalBound = runs.length;
  for (const chunks of totals) {
    for (const c of chunks) {
      if (!c.number) continue;
      const r = runOf(runs, c);
      if (r >= 0 && r < totalBound) totalBound = r;
    }
  }
  for (let r = 0; r < Math.min(totalBound, runs.length); r++) {
    let withText = 0;
    let reached = 0;
    for (const chunks of rows) {
      const inRun = chunks.find((c) => c.number && runOf(runs, c) === r);
      if (!inRun) continue;
      reached++;
      if (chunks.some((c) => !c.number && c.end <= inRun.start)) withText++;
    }
    if (reached > 0 && withText * 2 > reached) return r;
  }
  if (totals.length > 0) return totalBound;
  // No text labels and no totals: the first column is the label column.
  return runs.length > 1 ? 1 : runs.length;
}

/** The leading text of a line, before its first number: what a row calls itself. */
function leadingText(chunks: Chunk[]): string {
  const parts: string[] = [];
  for (const c of chunks) {
    if (c.number) break;
    parts.push(c.text);
  }
  return parts.join(' ');
}

/** A label part with each run of white space made one space (most have none: they are returned as they are). */
function singleSpaced(part: string): string {
  return WHITE_RUN_TEST.test(part) ? part.replace(/\s{2,}/g, ' ') : part;
}
const WHITE_RUN_TEST = /\s{2}/;

/**
 * A label wrapped over the lines `above` and ending in `last`, joined (see joinLabel). Rows with a
 * wrapped label are the exception: this and withLine are functions of their own, so that the row
 * loop's optimised code does not carry (and is not thrown away for) what only they do.
 */
function wrappedLabel(lines: readonly string[], above: readonly number[], last: string): string {
  let out = '';
  for (let k = 0; k < above.length; k++) out = joinLabel(out, lines[above[k]]);
  return joinLabel(out, last);
}

/** The line numbers `above`, then `line`. */
function withLine(above: readonly number[], line: number): number[] {
  const out = above.slice();
  out.push(line);
  return out;
}

/** `out` with the next line of a label added: a space between, or nothing after a `/` or `-`. */
function joinLabel(out: string, raw: string): string {
  const p = singleSpaced(raw.trim());
  if (!p) return out;
  if (!out) return p;
  return out.endsWith('/') || out.endsWith('-') ? out + p : `${out} ${p}`;
}

function makeCell(view: LineView, line: number, column: number, chunk: Chunk): Cell {
  const n = chunk.number!;
  const s = chunk.start + n.start;
  const e = chunk.start + n.end;
  return {
    column,
    text: chunk.text,
    span: { line, start: view.toChar(s), end: view.toChar(e - 1) + 1 },
    display: { start: s, end: e },
    value: n.dash ? null : n.value,
    dollar: n.dollar,
    percent: n.percent,
  };
}

/** The column a header word stands over: the numeric column it overlaps most, else the label column if it is left of them all, else the nearest. */
function nearestColumn(label: RawColumn, runs: RawColumn[], chunk: Chunk): number {
  let best = -1;
  let bestOverlap = 0;
  runs.forEach((r, k) => {
    const overlap = Math.min(r.end, chunk.end) - Math.max(r.start, chunk.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = k + 1;
    }
  });
  if (best > 0) return best;
  if (runs.length === 0 || chunk.end <= runs[0].start || (label.end > label.start && chunk.start < label.end && chunk.end <= label.end + 1)) return 0;
  let nearest = 1;
  let distance = Infinity;
  runs.forEach((r, k) => {
    const d = chunk.start >= r.end ? chunk.start - r.end : r.start - chunk.end;
    if (d < distance) {
      distance = d;
      nearest = k + 1;
    }
  });
  return nearest;
}

function modeRightEdge(rows: Row[], col: number, fallback: number): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const c = r.cells[col];
    if (c) counts.set(c.display.end, (counts.get(c.display.end) ?? 0) + 1);
  }
  let best = fallback;
  let n = 0;
  for (const [edge, k] of counts) if (k > n) [best, n] = [edge, k];
  return best;
}

/** Lines above a table's title (or header) searched for its scale note; they may be on the page before. */
const SCALE_LOOKBEHIND = 3;

function findScale(doc: Doc, from: number, to: number): ScaleNote | null {
  const lo = Math.max(0, from - SCALE_LOOKBEHIND);
  for (let l = lo; l < to; l++) {
    const m = SCALE_NOTE.exec(doc.lines[l]);
    if (m) {
      const word = m[1].toLowerCase();
      return { exponent: word === 'thousands' ? 3 : word === 'millions' ? 6 : 9, line: l, text: m[0] };
    }
  }
  return null;
}

/** Footnotes under a table: after an optional short rule, lines that start with a marker. */
function findFootnotes(doc: Doc, from: number): Footnote[] {
  const { infos, lines } = doc;
  let p = from;
  let gap = 0;
  while (p < infos.length && gap <= MAX_FOOTNOTE_GAP && (infos[p].kind === 'blank' || infos[p].kind === 'rule' || /^\s*<\/TABLE>/i.test(lines[p]))) {
    p++;
    gap++;
  }
  const out: Footnote[] = [];
  while (p < infos.length && infos[p].kind === 'footnote') {
    const m = /^\s*(\(\w{1,3}\)|\*{1,3}|\{\d{1,2}\}|\d{1,2}\))/.exec(lines[p]);
    const marker = m ? m[1] : '';
    const start = p;
    const parts = [lines[p].slice(m ? m[0].length : 0).trim()];
    p++;
    while (p < infos.length) {
      const kind = infos[p].kind;
      if (kind === 'blank' || kind === 'footnote' || kind === 'page' || kind === 'tag' || kind === 'rule') break;
      parts.push(lines[p].trim());
      p++;
    }
    out.push({ marker, text: parts.join(' '), startLine: start, endLine: p - 1 });
    // One blank line may separate footnotes.
    let q = p;
    while (q < infos.length && infos[q].kind === 'blank' && q - p < 2) q++;
    if (q < infos.length && infos[q].kind === 'footnote') p = q;
    else break;
  }
  return out;
}
