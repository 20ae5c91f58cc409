/**
 * Text -> table model, the pipeline: plan what the last parse leaves standing, classify the lines
 * of each page parsed again, find the page's tables (body, header, title, columns, rows,
 * footnotes: see table.ts), and join the tables a `<PAGE>` marker broke.
 */
import type { FilingModel, Page, Table } from '../model';
import { classify, lineInfo, PAGE_LINE, PAGE_RE, splitLines } from './lines';
import { SKIPPED_LINE } from './regions';
import type { LineChange } from './change';
import { LineAccess } from './doc';
import { keptHtml, pageLineage, planReuse, rememberParse, rereadHtml, type HtmlRead, type ParseCache } from './reuse';
import { untitledTitle } from './header';
import { readHtmlDocument } from './html';
import { parsePage, reusedPage } from './page';
import { joinContinuedTables } from './continued';
import { countBelow } from '../sorted';

export { createParseCache, type ParseCache } from './reuse';

const SKIPPED = lineInfo('prose', []);

export function parseFiling(text: string, cache?: ParseCache): FilingModel {
  return parseLines(splitLines(text), cache);
}

/**
 * `changed`, when the caller knows it (the server's document store does), is what changed since the
 * parse that filled `cache`; without it the two versions are compared line by line.
 */
export function parseLines(lines: string[], cache?: ParseCache, changed?: LineChange): FilingModel {
  const plan = planReuse(lines, cache, changed);
  const { change, starts, flags, infos, known, previous } = plan;
  const firstIsPage = PAGE_RE.test(lines[0] ?? '');
  const doc = new LineAccess(lines, infos, plan.views, flags);
  // A line that starts a page is a page line, also in a skipped region (where `classify` never sees
  // it) or too long for a table (where it takes the line for data): a page's parse reads the line
  // after it and no further, and the walks down a page (a table's footnotes, its detached totals
  // row) stop at that kind. Taken for prose, a marker in an encoded binary let a footnote's
  // continuation run past its page into lines not classified, and the parse threw.
  for (let k = 1; k < starts.length; k++) infos[starts[k]] = PAGE_LINE;

  // The pages the last parse gave a lineage let go of it: their per-line reports were worked out by
  // the analysis before (those kept now stand as they are; the others are replaced).
  for (const page of cache?.lineaged ?? []) pageLineage.delete(page);
  const lineaged: Page[] = [];
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
      pages.push(reusedPage(page, from, to, number, tables));
      continue;
    }
    // The page reads the line after it too.
    classifyLines(doc, flags, from, Math.min(to + 1, lines.length));
    // The same page as parsed before, with the change inside it: its tables clear of the change are kept.
    const before = change ? previous.get(change.from >= from ? from : from - change.delta) : undefined;
    const lineage = before ? { before, change: change! } : undefined;
    const parsed: Page = { from, to, number, tables: parsePage(doc, from, to, number, tables, lineage), kept: [] };
    if (lineage) {
      // One generation only: the page before lets go of the one it replaced, or every version of
      // an edited page would stay reachable from the current one.
      pageLineage.delete(lineage.before);
      pageLineage.set(parsed, lineage);
      lineaged.push(parsed);
    }
    pages.push(parsed);
  }
  // HTML documents: each read on its own (parse/html/), again only when a change is inside it.
  const reads: HtmlRead[] = [];
  for (const region of plan.html) {
    const page = pageOf(starts, region.start) + 1 + (firstIsPage ? 1 : 0);
    const doc =
      keptHtml(cache, change, region) ??
      rereadHtml(lines, cache, change, region, page) ??
      readHtmlDocument(lines, region.start, region.end + 1, page);
    for (const t of doc.tables) t.page = pageOf(starts, t.startLine) + 1 + (firstIsPage ? 1 : 0);
    reads.push({ start: region.start, end: region.end, doc });
  }
  if (cache) rememberParse(cache, lines, plan, pages, reads, lineaged);
  const joined = joinContinuedTables(lines, tables, change);
  const htmlProse = reads.map((r) => ({
    startLine: r.start,
    paragraphs: r.doc.tops.flatMap((t) => t.prose).concat(r.doc.proseAfter),
  }));
  return {
    lines,
    tables: reads.length ? merged(joined, reads) : joined,
    pages,
    regions: plan.regions,
    flags,
    htmlProse,
  };
}

/** The index of the page holding `line`: the last page start at or above it (the first page starts at 0). */
function pageOf(starts: number[], line: number): number {
  return Math.max(0, countBelow(starts, line + 1) - 1);
}

/** The text tables and the HTML documents' tables in the document's order, numbered again. */
function merged(text: Table[], reads: HtmlRead[]): Table[] {
  const all = text.concat(...reads.map((r) => r.doc.tables)).sort((a, b) => a.startLine - b.startLine);
  all.forEach((t, k) => {
    t.index = k;
    if (t.untitled) t.title = untitledTitle(k);
  });
  return all;
}

/**
 * Kinds of the lines [from, to) not known yet. HTML documents and encoded binaries inside a
 * submission hold no text tables: their lines are skipped.
 */
function classifyLines(doc: LineAccess, flags: Uint8Array, from: number, to: number): void {
  const { lines, infos } = doc;
  for (let i = from; i < to; i++) {
    if (infos[i] === undefined) infos[i] = flags[i] & SKIPPED_LINE ? SKIPPED : classify(lines[i], doc, i);
  }
}
