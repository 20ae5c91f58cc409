/**
 * A row another table states under other words. The statement of cash flows deducts `Deferred income
 * taxes`; the tax note totals the same figures as `Total deferred benefit`. Labels worded apart are not
 * the same figure by their words (repeatedFigures.ts compares rows by label), but by their figures: two
 * rows that state the same figures for two periods or more, each of four digits or more, are one line
 * twice. A third period where the two differ by one slip is one of them printed wrong:
 *
 * ```
 * Statements of Cash Flows                  1999           1998           1997
 *   Deferred income taxes              (95,823,000)   (27,317,000)   (13,226,000)
 *
 * Total deferred benefit               (95,828,000)   (27,317,000)   (13,226,000)
 * ```
 *
 * Rows that state figures alike and are still different lines (income before an accounting change and
 * net income, equal in the years with no change; basic and diluted earnings) are told apart by the
 * tables themselves: where either table states the other's figure for that period under another of
 * its rows, the two rows are not one line. The labels must share a word that names something, and the
 * difference must exceed what rounding makes (one unit of the last digit both print).
 */
import { abs, roundTo, significantDigits, sub, valueKey, type Decimal } from '../decimal';
import { memoize } from '../memo';
import type { FilingModel, Table } from '../model';
import {
  basisOf,
  blameOf,
  digits,
  figuresOf,
  inSlotOf,
  keyOfValue,
  repeatedAs,
  statedAs,
  type Figure,
  type RepeatedFigure,
} from './repeatedFigures';
import { sameFigure, slipApart } from './slips';
import { printedLabel } from './statements';
import { pushTo } from '../groups';

/** Periods a row must state: two alike and one apart. */
const MIN_PERIODS = 3;
/** Periods two rows must state alike. */
const MIN_ALIKE = 2;
/** A figure stated by more rows than this says little of which rows are one line (a round total, a count). */
const MAX_STATING = 6;

/** A figure that tells a line: not a percent, four digits or more, three of them significant. */
function telling(f: Figure): boolean {
  const v = f.cell.value!;
  return !f.percent && digits(v) >= 4 && significantDigits(v) >= 3;
}

/** Tables with no row that may echo another's share this list: most tables, and none of them holds one. */
const NONE: readonly Figure[] = [];

/**
 * A table's telling figures in rows that may echo another's (three periods at least), worked out once
 * per table object, as an edit leaves most tables as they were. Their keys are made when the rows are
 * compared again (echoedRows): kept, they held half a megabyte of the bench's 10 MB filing.
 */
const echoable = memoize((table: Table): readonly Figure[] => {
  let out: Figure[] | undefined;
  for (const figures of figuresOf(table).values()) {
    if (figures.length < MIN_PERIODS) continue;
    for (const f of figures) if (telling(f)) (out ??= []).push(f);
  }
  return out ?? NONE;
});

/**
 * The figures of a document's rows that differ by one slip from the figure of a row another table
 * states under other words, for one period, where the two rows state their other figures alike.
 */
export function echoedRows(model: Pick<FilingModel, 'tables' | 'lines'>): RepeatedFigure[] {
  const tables = model.tables.filter((t) => echoable(t).length > 0);
  if (tables.length < 2) return [];
  // An edit that leaves every table with such rows as it was (the same objects) leaves the answer.
  const last = lastFound.get(tables[0]);
  if (last && last.tables.length === tables.length && last.tables.every((t, i) => t === tables[i])) return last.found;
  const found = findEchoes(model, tables);
  lastFound.set(tables[0], { tables, found });
  return found;
}

/** The last answer for a document, by its first table with rows that may echo another's. */
const lastFound = new WeakMap<Table, { tables: Table[]; found: RepeatedFigure[] }>();

function findEchoes(model: Pick<FilingModel, 'tables' | 'lines'>, tables: readonly Table[]): RepeatedFigure[] {
  // Each telling figure by its slot and value.
  const byValue = new Map<string, Figure[]>();
  for (const table of tables) {
    for (const f of echoable(table)) {
      pushTo(byValue, `${f.period}|${f.unit}|${valueKey(f.cell.value!)}`, f);
    }
  }
  // Pairs of rows (the earlier table's first) with how many telling figures they state alike.
  const alike = new Map<Figure[], Map<Figure[], number>>();
  for (const list of byValue.values()) {
    if (list.length < 2 || list.length > MAX_STATING) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i].table.startLine <= list[j].table.startLine ? [list[i], list[j]] : [list[j], list[i]];
        if (x.table === y.table || x.label === y.label) continue;
        const rowX = figuresOf(x.table).get(x.label)!;
        const rowY = figuresOf(y.table).get(y.label)!;
        let counts = alike.get(rowX);
        if (!counts) alike.set(rowX, (counts = new Map<Figure[], number>()));
        counts.set(rowY, (counts.get(rowY) ?? 0) + 1);
      }
    }
  }
  const out: RepeatedFigure[] = [];
  for (const [rowX, counts] of alike) {
    for (const [rowY, n] of counts) {
      if (n < MIN_ALIKE) continue;
      const found = echoOf(model, rowX, rowY);
      if (found) out.push(found);
    }
  }
  return out.sort((x, y) => x.cell.span.line - y.cell.span.line || x.cell.span.start - y.cell.span.start);
}

/** The one figure two rows state apart, by a slip, where they state two others alike: the slipped one. */
function echoOf(model: Pick<FilingModel, 'tables' | 'lines'>, rowX: Figure[], rowY: Figure[]): RepeatedFigure | null {
  const periods: string[] = [];
  let apart: [Figure, Figure] | null = null;
  for (const f of rowX) {
    const g = inSlotOf(rowY, f);
    if (!g) continue;
    if (sameFigure(f.cell.value!, g.cell.value!)) periods.push(f.period);
    else if (apart) return null;
    else apart = [f, g];
  }
  if (!apart || periods.length < MIN_ALIKE) return null;
  const [f, g] = apart;
  const [a, b] = [f.cell.value!, g.cell.value!];
  if (Math.min(digits(a), digits(b)) < 3 || !slipApart(a, b) || withinRounding(a, b)) return null;
  if (!shareAWord(f.label, g.label)) return null;
  // Either table states the other's figure under another row: that row is the line, not this one.
  if (statedAs(g.table, g, keyOfValue(f), g.label).length > 0) return null;
  if (statedAs(f.table, f, keyOfValue(g), f.label).length > 0) return null;
  // Tables on different bases (pro forma and historical, restated and as reported) differ by design.
  if (basisOf(f.table, model.lines, before(model, f.table)) !== basisOf(g.table, model.lines, before(model, g.table))) {
    return null;
  }
  const blame = blameOf(f, g, 1, 1);
  const [wrong, right] = blame.earlier ? [f, g] : [g, f];
  const slip = slipApart(wrong.cell.value!, right.cell.value!);
  if (!slip) return null;
  return repeatedAs(wrong, right, {
    slip,
    agreeing: periods.length,
    alsoStating: 0,
    why: blame.why,
    echo: { label: printedLabel(right.row.label), periods },
  });
}

/** The table before a table in the document: where the lines read for its basis stop. */
function before(model: Pick<FilingModel, 'tables'>, table: Table): Table | undefined {
  const i = model.tables.indexOf(table);
  return i > 0 ? model.tables[i - 1] : undefined;
}

/**
 * Whether two figures differ by no more than rounding makes: one unit of the last digit both print
 * (271.5 and 271.6; 95,823,000 and 95,824,000 in a column of thousands written out).
 */
function withinRounding(a: Decimal, b: Decimal): boolean {
  const scale = Math.min(a.scale, b.scale);
  const [x, y] = [roundTo(a, scale), roundTo(b, scale)];
  let unit = 1n;
  for (
    let p = abs(x).units, q = abs(y).units;
    p > 0n && q > 0n && p % 10n === 0n && q % 10n === 0n;
    p /= 10n, q /= 10n
  ) {
    unit *= 10n;
  }
  return abs(sub(x, y)).units <= unit;
}

/** Words that name nothing of a line alone. */
const EMPTY_WORDS = new Set(['total', 'totals', 'other', 'less', 'from', 'with', 'year', 'years', 'ended', 'ending']);

/** Whether two compared labels share a word of four letters or more that names something. */
function shareAWord(x: string, y: string): boolean {
  const words = new Set(x.split(' ').filter((w) => w.length >= 4 && !EMPTY_WORDS.has(w)));
  return y.split(' ').some((w) => words.has(w));
}
