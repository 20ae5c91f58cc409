/**
 * FL401 line-length and FL402 character-set: the EDGAR Filer Manual (Vol. II, 5.2) limits ASCII
 * documents to lines of 80 characters and tables to 132, in printable ASCII. Older filings break
 * these freely, so both are information by default. HTML documents inside a submission are skipped.
 */
import type { Check, CheckContext, Report } from './check';
import type { Page } from '../parse/tables';
import type { FilingModel } from '../model';

const DOCUMENT_LIMIT = 80;
const TABLE_LIMIT = 132;
/** One finding per line is plenty; a runaway file gets this many and a summary. */
const MAX_PER_DOCUMENT = 500;

/** Reports per page, kept with the page object: an unchanged page is not scanned again. */
/** Per line: inside a text region, and between `<TABLE>` tags. Made once per model, and only if a page needs it. */
const regionFlags = new WeakMap<FilingModel, { inText: Uint8Array; tableTag: Uint8Array }>();

function flagsOf(model: FilingModel): { inText: Uint8Array; tableTag: Uint8Array } {
  let flags = regionFlags.get(model);
  if (!flags) {
    const inText = new Uint8Array(model.lines.length);
    const tableTag = new Uint8Array(model.lines.length);
    for (const r of model.regions) {
      inText.fill(1, r.start, r.end + 1);
      for (const [first, last] of r.tableRanges) tableTag.fill(1, first, last + 1);
    }
    flags = { inText, tableTag };
    regionFlags.set(model, flags);
  }
  return flags;
}

/** A page's reports, and the line the page started on when they were made. */
type PageReports = { from: number; reports: Report[] };

function perPage(cache: WeakMap<Page, PageReports>, ctx: CheckContext, scan: (page: Page, inText: (line: number) => boolean, inTable: Uint8Array) => Report[]): Report[] {
  const { lines } = ctx.model;
  const out: Report[] = [];
  for (const page of ctx.model.pages) {
    let known = cache.get(page);
    // An unchanged page moved by lines added or removed above it: its reports move with it.
    if (known && known.from !== page.from) {
      const delta = page.from - known.from;
      known = { from: page.from, reports: known.reports.map((r) => ({ ...r, span: { ...r.span, line: r.span.line + delta } })) };
      cache.set(page, known);
    }
    let reports = known?.reports;
    if (!reports) {
      const { inText: inTextFlags, tableTag } = flagsOf(ctx.model);
      const inTable = new Uint8Array(page.to - page.from);
      for (let l = page.from; l < page.to; l++) inTable[l - page.from] = tableTag[l];
      for (const t of page.tables) {
        // The rules drawn just above and below a table belong to it.
        let first = t.startLine;
        while (first > page.from && t.startLine - first < 2 && /^[\s\-=_]*$/.test(lines[first - 1])) first--;
        let last = t.endLine;
        while (last + 1 < page.to && last - t.bodyEndLine < 2 && /^[\s\-=_]*$/.test(lines[last + 1])) last++;
        for (let l = first; l <= last; l++) inTable[l - page.from] = 1;
      }
      reports = scan(page, (l) => inTextFlags[l] === 1, inTable);
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
  run(ctx) {
    const { lines } = ctx.model;
    return perPage(lengthCache, ctx, (page, inText, inTable) => {
      const out: Report[] = [];
      for (let l = page.from; l < page.to && out.length < MAX_PER_DOCUMENT; l++) {
        const text = lines[l];
        if (text.length <= DOCUMENT_LIMIT || !inText(l)) continue;
        const limit = inTable[l - page.from] ? TABLE_LIMIT : DOCUMENT_LIMIT;
        const width = text.trimEnd().length;
        if (width <= limit) continue;
        out.push({
          span: { line: l, start: limit, end: width },
          message: `Line is ${width} characters; EDGAR allows ${limit}${limit === TABLE_LIMIT ? ' in a table' : ''}`,
          related: [],
        });
      }
      return out;
    });
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
  run(ctx) {
    const { lines } = ctx.model;
    return perPage(charsetCache, ctx, (page, inText) => {
      const out: Report[] = [];
      for (let l = page.from; l < page.to && out.length < MAX_PER_DOCUMENT; l++) {
        const text = lines[l];
        // Long lines are data, not prose; a line of plain ASCII is the common case.
        if (text.length > 10_000 || !inText(l) || !ANY_NOT_PRINTABLE.test(text)) continue;
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
      }
      return out;
    });
  },
};
