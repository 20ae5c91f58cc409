/**
 * FL401 line-length and FL402 character-set: the EDGAR Filer Manual (Vol. II, 5.2) limits ASCII
 * documents to lines of 80 characters and tables to 132, in printable ASCII. Older filings break
 * these freely, so both are information by default. HTML documents inside a submission are skipped.
 */
import type { Check, CheckContext, Report } from './check';
import { movedBy } from '../findings';
import type { Page } from '../parse/tables';
import type { FilingModel } from '../model';
import { SKIPPED_LINE, TABLE_TAG_LINE } from '../parse/regions';

const DOCUMENT_LIMIT = 80;
const TABLE_LIMIT = 132;
/** One finding per line is plenty; a runaway file gets this many and a summary. */
const MAX_PER_DOCUMENT = 500;

/** A page's reports, and the line the page started on when they were made. */
type PageReports = { from: number; reports: Report[] };

/** What a check reports on one line of a text region; `inTable` tells whether the line is part of a table. */
type LineScan = (line: number, text: string, inTable: (line: number) => boolean, out: Report[]) => void;

/** Whether each line of a page is part of a table: between `<TABLE>` tags, or a parsed table with the rules drawn around it. */
function tableLines(model: FilingModel, page: Page): Uint8Array {
  const { lines, flags } = model;
  const inTable = new Uint8Array(page.to - page.from);
  for (let l = page.from; l < page.to; l++) if (flags[l] & TABLE_TAG_LINE) inTable[l - page.from] = 1;
  for (const t of page.tables) {
    // The rules drawn just above and below a table belong to it.
    let first = t.startLine;
    while (first > page.from && t.startLine - first < 2 && /^[\s\-=_]*$/.test(lines[first - 1])) first--;
    let last = t.endLine;
    while (last + 1 < page.to && last - t.bodyEndLine < 2 && /^[\s\-=_]*$/.test(lines[last + 1])) last++;
    for (let l = first; l <= last; l++) inTable[l - page.from] = 1;
  }
  return inTable;
}

/**
 * Runs `scan` over every line of the text regions, page by page. Reports are kept with the page
 * object: an unchanged page is not scanned again, and a page moved by lines added or removed
 * above it has its reports moved with it. With `mayReport`, a cheap test that is true of every line
 * `scan` could report, a page where no line passes it (most pages) is told in one tight loop and
 * not scanned.
 */
function perLine(cache: WeakMap<Page, PageReports>, ctx: CheckContext, scan: LineScan, mayReport?: (text: string) => boolean): Report[] {
  const { lines, flags } = ctx.model;
  const out: Report[] = [];
  for (const page of ctx.model.pages) {
    let known = cache.get(page);
    if (known && known.from !== page.from) {
      const delta = page.from - known.from;
      known = { from: page.from, reports: known.reports.map((r) => movedBy(r, delta)) };
      cache.set(page, known);
    }
    let reports = known?.reports;
    if (!reports) {
      reports = [];
      // Worked out only if a line asks (FL402 never does, FL401 only for long lines).
      let tableFlags: Uint8Array | undefined;
      const inTable = (l: number) => (tableFlags ??= tableLines(ctx.model, page))[l - page.from] === 1;
      let worthScanning = !mayReport;
      for (let l = page.from; !worthScanning && l < page.to; l++) if (!(flags[l] & SKIPPED_LINE) && mayReport!(lines[l])) worthScanning = true;
      if (worthScanning) {
        for (let l = page.from; l < page.to && reports.length < MAX_PER_DOCUMENT; l++) {
          if (!(flags[l] & SKIPPED_LINE)) scan(l, lines[l], inTable, reports);
        }
      }
      cache.set(page, { from: page.from, reports });
    }
    for (const r of reports) {
      if (out.length >= MAX_PER_DOCUMENT) return out;
      out.push(r);
    }
  }
  return out;
}

const lengthCache = new WeakMap<Page, PageReports>();

export const lineLength: Check = {
  code: 'FL401',
  name: 'line-length',
  description: 'A line is longer than EDGAR allows for ASCII documents (80 characters, 132 in tables).',
  defaultSeverity: 'information',
  scope: 'line',
  run(ctx) {
    return perLine(lengthCache, ctx, (l, text, inTable, out) => {
      if (text.length <= DOCUMENT_LIMIT) return;
      const limit = inTable(l) ? TABLE_LIMIT : DOCUMENT_LIMIT;
      const width = text.trimEnd().length;
      if (width <= limit) return;
      out.push({
        span: { line: l, start: limit, end: width },
        message: `Line is ${width} characters; EDGAR allows ${limit}${limit === TABLE_LIMIT ? ' in a table' : ''}`,
        related: [],
      });
    }, (text) => text.length > DOCUMENT_LIMIT);
  },
};

const NOT_PRINTABLE = /[^\x20-\x7e\t]/g;
const ANY_NOT_PRINTABLE = /[^\x20-\x7e\t]/;
const charsetCache = new WeakMap<Page, PageReports>();

export const characterSet: Check = {
  code: 'FL402',
  name: 'character-set',
  description: 'A character outside printable ASCII, which EDGAR does not accept in ASCII documents.',
  defaultSeverity: 'information',
  scope: 'line',
  run(ctx) {
    // A page of plain ASCII (most of them) is told by searching its lines, stopping at the first hit.
    // (Searching the page's lines joined into one string takes as long and allocates the page again.)
    return perLine(charsetCache, ctx, (l, text, _inTable, out) => {
      // Long lines are data, not prose; a line of plain ASCII is the common case.
      if (text.length > 10_000 || !ANY_NOT_PRINTABLE.test(text)) return;
      NOT_PRINTABLE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NOT_PRINTABLE.exec(text)) && out.length < MAX_PER_DOCUMENT) {
        const code = m[0].charCodeAt(0);
        out.push({
          span: { line: l, start: m.index, end: m.index + m[0].length },
          message: `Character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not printable ASCII`,
          related: [],
        });
      }
    }, (text) => ANY_NOT_PRINTABLE.test(text));
  },
};
