/**
 * FL303 data-schedule-balance: the financial data schedule of a 1997-2001 filing (EX-27) tags the
 * balance sheet's two totals, and a balance sheet balances: `<TOTAL-ASSETS>` equals
 * `<TOTAL-LIABILITY-AND-EQUITY>` (`<TOTAL-LIABILITIES-AND-EQUITY>` in some articles) in each
 * schedule. The figures are tagged, so there is no reading to doubt: a schedule whose two totals
 * differ is inconsistent, whichever of them is wrong (Pfizer's 1995 schedule tags 12,724 and 12,729).
 *
 * The tag lines are found page by page and kept with each page across edits, as the per-line checks'
 * reports are (`keptWithPage`); the schedules are paired from them in the document's order.
 */
import { eq, format, parseNumber, sub, type Decimal } from '../decimal';
import type { FilingModel, Page } from '../model';
import { SKIPPED_LINE } from '../parse/regions';
import type { ModelCheck, Report } from './check';
import { keepWithPage, keptWithPage, type PageKept } from './perLine';

/**
 * A document's type line, or a schedule's tag read here: its two balance-sheet totals, its net
 * income, and what says its unit and period.
 */
const TAG =
  /^\s*<(TYPE|TOTAL-ASSETS|TOTAL-LIABILIT(?:Y|IES)-AND-EQUITY|NET-INCOME|MULTIPLIER|PERIOD-TYPE|PERIOD-END)>[ \t]*(\S.*)?$/i;

const TAGS: Record<string, TagLine['tag']> = {
  TYPE: 'TYPE',
  'TOTAL-ASSETS': 'ASSETS',
  'TOTAL-LIABILITY-AND-EQUITY': 'LIABILITIES',
  'TOTAL-LIABILITIES-AND-EQUITY': 'LIABILITIES',
  'NET-INCOME': 'NET-INCOME',
  MULTIPLIER: 'MULTIPLIER',
  'PERIOD-TYPE': 'PERIOD-TYPE',
  'PERIOD-END': 'PERIOD-END',
};

/** A figure of a tag line: a schedule of several periods has one per period, in columns. */
export interface TagFigure {
  value?: Decimal;
  /** Where it stands on its line. */
  start: number;
  end: number;
}

export interface TagLine {
  line: number;
  tag: 'TYPE' | 'ASSETS' | 'LIABILITIES' | 'NET-INCOME' | 'MULTIPLIER' | 'PERIOD-TYPE' | 'PERIOD-END';
  /** The tag as written. */
  name: string;
  figures: TagFigure[];
}

/** Each page's tag lines, kept with the page across edits. */
const kept = new WeakMap<Page, PageKept<TagLine>>();

const movedTag = (t: TagLine, delta: number): TagLine => ({ ...t, line: t.line + delta });

function tagsOf(page: Page, lines: readonly string[], flags: Uint8Array): TagLine[] {
  return keptWithPage(kept, page, movedTag) ?? keepWithPage(kept, page, scanTags(page, lines, flags));
}

function scanTags(page: Page, lines: readonly string[], flags: Uint8Array): TagLine[] {
  const tags: TagLine[] = [];
  for (let l = page.from; l < page.to; l++) {
    const text = lines[l];
    // A line without `<` is not a tag line: most are passed over on that alone.
    if (flags[l] & SKIPPED_LINE || !text.includes('<')) continue;
    const m = TAG.exec(text);
    if (!m) continue;
    const name = m[1].toUpperCase();
    const tag = TAGS[name];
    const figures: TagFigure[] = [];
    if (tag !== 'TYPE' && m[2] !== undefined) {
      const offset = text.length - m[2].length;
      for (const f of m[2].matchAll(/\S+/g)) {
        const start = offset + f.index;
        figures.push({ value: parseNumber(f[0])?.value, start, end: start + f[0].length });
      }
    }
    tags.push({ line: l, tag, name, figures });
  }
  return tags;
}

/** One financial data schedule: its tags in order, from one `<TYPE>` line to the next. */
export interface DataSchedule {
  tags: TagLine[];
}

/** The document's financial data schedules (runs of tag lines after a `<TYPE>` line). */
export function dataSchedules(model: FilingModel): DataSchedule[] {
  const out: DataSchedule[] = [];
  let current: DataSchedule | undefined;
  for (const page of model.pages) {
    for (const t of tagsOf(page, model.lines, model.flags)) {
      if (t.tag === 'TYPE') {
        current = { tags: [] };
        out.push(current);
      } else current?.tags.push(t);
    }
  }
  return out.filter((s) => s.tags.length > 0);
}

/** The text of a tag line's first figure (`DEC-31-1995`, `YEAR`, `1,000`), as written. */
export function tagText(model: FilingModel, t: TagLine): string {
  const f = t.figures[0];
  return f ? model.lines[t.line].slice(f.start, f.end) : '';
}

export const dataScheduleBalance: ModelCheck = {
  code: 'FL303',
  name: 'data-schedule-balance',
  description: "A financial data schedule's (EX-27) total assets differ from its total liabilities and equity.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const { lines, flags, pages } = ctx.model;
    const out: Report[] = [];
    // The total assets of the schedule being read, until its total liabilities and equity pair it;
    // a document's type line ends a schedule.
    let assets: TagLine | undefined;
    for (const page of pages) {
      for (const t of tagsOf(page, lines, flags)) {
        if (t.tag === 'TYPE') assets = undefined;
        else if (t.tag === 'ASSETS') assets = t;
        else if (t.tag === 'LIABILITIES' && assets) {
          const a = assets;
          assets = undefined;
          // Period by period; a schedule whose two lines have different numbers of figures is not read.
          if (a.figures.length !== t.figures.length) continue;
          t.figures.forEach((f, k) => {
            const g = a.figures[k];
            if (!f.value || !g.value || eq(f.value, g.value)) return;
            const shown = (x: TagLine, y: TagFigure) => lines[x.line].slice(y.start, y.end);
            const period = t.figures.length > 1 ? `, period ${k + 1} of ${t.figures.length},` : '';
            out.push({
              span: { line: t.line, start: f.start, end: f.end },
              message:
                `${t.name} ${shown(t, f)} ≠ ${a.name} ${shown(a, g)} in this financial data schedule${period} ` +
                `(difference ${format(sub(f.value, g.value))}): a balance sheet's two totals are equal`,
              related: [{ span: { line: a.line, start: g.start, end: g.end }, message: `${a.name} ${shown(a, g)}` }],
            });
          });
        }
      }
    }
    return out;
  },
};
