/**
 * A Form 13F holdings report states on its summary page how many entries its information table holds
 * and their total value (`Form 13F Information Table Entry Total: 548`, `Form 13F Information Table
 * Value Total: $3,906,014`, in thousands of dollars); the table lists the entries, one row each, with
 * the columns the form prescribes: issuer, class, CUSIP, value (x$1000), shares or principal amount,
 * `SH` or `PRN`, investment discretion, other managers, voting authority.
 *
 * The entries are read from the lines, not from the tables the parser makes of the pages: an entry is
 * a line whose value and share amount stand side by side before `SH`, `PRN` or the discretion
 * (`SOLE`, `DEFINED`, `SHARED`), which every row of the form prints whatever its layout (a CUSIP
 * mangled by a spreadsheet into `8.76E+110`, or an empty `SH/PRN` cell, does not hide the row). Both
 * are found page by page and kept with each page across edits (pageKept.ts).
 */
import { add, decimal, parseNumber, type Decimal } from '../decimal';
import type { FilingModel, Page, Span } from '../model';
import { keepWithPage, keptWithPage, type PageKept } from '../pageKept';
import { SKIPPED_LINE } from '../parse/regions';

/** A line of the summary page stating one of the two totals, and the figure's place. */
const STATED = /\bInformation\s+Table\s+(Entry|Value)\s+Total\b[\s:]*(\$\s?)?(\d[\d,]*(?:\.\d+)?)/i;
/** A row of the information table: value and shares side by side, then `SH`/`PRN` or the discretion. */
const ENTRY = /\s(?:\$\s?)?(\d[\d,]*)\s+(?:\$\s?)?\d[\d,]*\s+(?:SH|PRN|SOLE|DEFINED|SHARED)\b/i;

export interface StatedTotal {
  kind: 'entries' | 'value';
  value: Decimal;
  span: Span;
}

interface PageItem {
  /** A summary line's stated total, or an entry's value. */
  stated?: StatedTotal;
  entry?: { line: number; value: Decimal };
}

const kept = new WeakMap<Page, PageKept<PageItem>>();

const moved = (item: PageItem, delta: number): PageItem => ({
  stated: item.stated && { ...item.stated, span: { ...item.stated.span, line: item.stated.span.line + delta } },
  entry: item.entry && { ...item.entry, line: item.entry.line + delta },
});

function itemsOf(page: Page, lines: readonly string[], flags: Uint8Array): PageItem[] {
  return keptWithPage(kept, page, moved) ?? keepWithPage(kept, page, scan(page, lines, flags));
}

function scan(page: Page, lines: readonly string[], flags: Uint8Array): PageItem[] {
  const out: PageItem[] = [];
  for (let l = page.from; l < page.to; l++) {
    if (flags[l] & SKIPPED_LINE) continue;
    const text = lines[l];
    // Most lines are passed over on a native search for the words the patterns need.
    if (text.includes('Total') || text.includes('TOTAL') || text.includes('total')) {
      const m = STATED.exec(text);
      const value = m && parseNumber(m[3])?.value;
      if (m && value) {
        // The figure's place, `$` included where it is written.
        const written = (m[2] ?? '') + m[3];
        const start = m.index + m[0].length - written.length;
        out.push({
          stated: {
            kind: m[1].toLowerCase() === 'entry' ? 'entries' : 'value',
            value,
            span: { line: l, start, end: start + written.length },
          },
        });
        continue;
      }
    }
    if (!/SH|PRN|SOLE|DEFINED|SHARED/i.test(text)) continue;
    const e = ENTRY.exec(text);
    const value = e && parseNumber(e[1])?.value;
    if (value) out.push({ entry: { line: l, value } });
  }
  return out;
}

export interface HoldingsSummary {
  entries?: StatedTotal;
  value?: StatedTotal;
  /** The entries of the information table after the summary: how many, and their values' sum (x$1000). */
  count: number;
  sum: Decimal;
  firstEntry?: number;
  lastEntry?: number;
}

/**
 * The document's Form 13F summary (the first stating its entry total or value total) against the
 * entries below it; null for a document with no such summary, or no entries after it.
 */
export function holdingsSummary(model: FilingModel): HoldingsSummary | null {
  let summary: HoldingsSummary | null = null;
  for (const page of model.pages) {
    for (const item of itemsOf(page, model.lines, model.flags)) {
      if (item.stated) {
        // A second summary (an amendment restating it) ends the first report's entries.
        if (summary && summary.count > 0) return summary;
        summary ??= { count: 0, sum: decimal(0n, 0) };
        summary[item.stated.kind === 'entries' ? 'entries' : 'value'] ??= item.stated;
      } else if (summary && item.entry) {
        summary.count++;
        summary.sum = add(summary.sum, item.entry.value);
        summary.firstEntry ??= item.entry.line;
        summary.lastEntry = item.entry.line;
      }
    }
  }
  return summary && summary.count > 0 ? summary : null;
}
