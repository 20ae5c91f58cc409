/**
 * Repeated figures: a filing states many of its figures twice. The notes repeat the statements, the
 * selected data and the MD&A's tables repeat both, a quarterly table repeats the year's statement, a
 * statement of equity and a cash-flow statement both carry the tax benefit of options exercised. Two
 * tables repeat each other where they state several figures under the same row label, for the same
 * period, in the same unit; where they agree on several such figures and differ on one, and one slip
 * (a digit changed, two transposed, a digit dropped or doubled) turns one figure into the other, one
 * of the two is printed wrong. So is one of them where two neighbouring rows' figures are exchanged
 * between the two tables (swapsAmong), which leaves both tables' columns footing.
 *
 * A difference is claimed only on that evidence. The two tables must agree on at least
 * `MIN_AGREEING` distinct figures of two digits or more and differ on at most `MAX_DIFFERING` (and on
 * no more than a quarter as many as they agree on): tables that differ more (restated against as
 * reported, pro forma against historical, a segment against the whole) are not the same figures, and
 * nothing is claimed between them, nor between tables whose titles or the lines above them name
 * different bases (basisOf). Labels that say nothing alone (`Total`, `Other`) and labels a table
 * prints twice are left out, as are periods a table names twice.
 */
import { format, valueKey, type Decimal } from '../decimal';
import { memoize } from '../memo';
import type { Cell, Column, FilingModel, Row, Table } from '../model';
import { isTotalLabel } from '../parse/body';
import { PAGE_RE } from '../parse/lines';
import { sameFigure, slipApart, type SlipKind } from './slips';
import { yearOf, bareLabel, printedLabel } from './statements';
import { factsOf } from './index';
import { pushTo } from '../groups';

/** Distinct figures two tables must state alike before a difference between them is claimed. */
export const MIN_AGREEING = 3;
/** Figures two tables may state differently and still be taken as repeating each other. */
export const MAX_DIFFERING = 2;
/** A key stated with more distinct values than this is passed over: its pairs of values grow with the square. */
const MAX_VALUES = 24;

/**
 * One figure a table states, and what identifies it across tables: its row's label, and its slot
 * (period, unit, percent or not), which a figure of another table must share to be the same one.
 */
export interface Figure {
  table: Table;
  row: Row;
  cell: Cell;
  /** The row's label as compared (`stock option income tax benefits`). */
  label: string;
  /** The period as compared: the year, and the months or basis the header adds (`1997`, `1999 six months`). */
  period: string;
  /** The table's unit, a scale note's exponent (0 without one). */
  unit: number;
  percent: boolean;
  /** Its value as a map key (equal values, whatever their scale, share it): '' until asked for (keyOfValue). */
  value: string;
}

/** A table's figures by row label: each row's figures, one per period. */
type Figures = Map<string, Figure[]>;

/** Whether two figures of one label are in the same slot: the same period, unit and kind. */
function sameSlot(f: Figure, g: Figure): boolean {
  return f.period === g.period && f.unit === g.unit && f.percent === g.percent;
}

/** The figure of a list in the same slot as `f`, if any. */
export function inSlotOf(list: readonly Figure[] | undefined, f: Figure): Figure | undefined {
  if (list) for (const g of list) if (sameSlot(f, g)) return g;
  return undefined;
}

export interface RepeatedFigure {
  /** The figure taken to be the slip, and its table. */
  cell: Cell;
  table: Table;
  /** The same figure in the table that repeats it. */
  other: Cell;
  otherTable: Table;
  /** The blamed row's label as printed, and the period as compared (`1997`, `1999 six months`). */
  label: string;
  period: string;
  /** The slip that turns the other figure into this one; null where two rows' figures are swapped (swap). */
  slip: SlipKind | null;
  /**
   * Where this figure and the next row's (or the one before) are exchanged between the two tables:
   * that row's figure here and in the other table, and its label as printed.
   */
  swap?: { cell: Cell; other: Cell; label: string };
  /** Distinct figures the two tables state alike (for a row worded differently, the row's figures alike). */
  agreeing: number;
  /**
   * Where the other table states the row under other words (echoedRows): its label as printed, and
   * the periods whose figures the two rows state alike.
   */
  echo?: { label: string; periods: string[] };
  /** Tables beyond the pair that state the other figure (the majority the blame follows), 0 if none. */
  alsoStating: number;
  /**
   * Why this one of the two is taken as wrong: `majority`, more tables state the other; `footing`, its
   * column does not foot with it and the other's does; `later`, neither (it comes second).
   */
  why: 'majority' | 'footing' | 'later';
}

/** Labels that name nothing alone: a total or an other row means something else in every table. */
const GENERIC = /^(?:total|totals|other|others|net|subtotal|balance|amount|less|add|deduct|sub total)$/;

/** Words of a column header that say which period, or which basis, beside its year. */
const PERIOD_WORDS =
  /\b(?:(?:three|six|nine|twelve|fifty[- ]two|fifty[- ]three|3|6|9|12|13|26|39|52|53)[- ]+(?:months?|weeks?)|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|quarter|q[1-4]|pro\s*forma|restated|as\s+reported|historical|adjusted|unaudited|budget|forecast|projected)\b/gi;

/**
 * Words that say on which basis a table states its figures. Two tables on different bases (primary
 * and fully diluted per-share computations, pro forma and historical, restated and as reported)
 * repeat most figures and differ on some by design: a difference between them is not a slip.
 * Subsidiaries after `and` are the filer's name (`Ford Motor Company and Subsidiaries`), the whole.
 */
const BASIS =
  /\b(?:primary|basic|(?:fully\s+)?diluted|pro\s*forma|restated|as\s+reported|previously\s+reported|historical|excluding|parent|unconsolidated|guarantor|(?<!\band\s{1,3})subsidiar(?:y|ies)|segments?)\b/gi;

/** Lines above a table read for its basis, beside its title and header. */
const BASIS_LINES = 10;

/**
 * The basis words of a table's title, header and the lines just above it (up to the table before it,
 * its notes included, or a page break), sorted: `diluted`, `pro forma restated`.
 */
export function basisOf(table: Table, lines: readonly string[], before?: Table): string {
  return basisWithin(table, lines, before ? linesBetween(before, table) : BASIS_LINES);
}

/** The lines between a table (its notes included) and the next one. */
function linesBetween(before: Table, table: Table): number {
  let end = before.endLine;
  for (const note of before.footnotes) end = Math.max(end, note.endLine);
  return Math.max(0, table.startLine - end - 1);
}

/** basisOf, reading at most `reach` lines above the table. */
function basisWithin(table: Table, lines: readonly string[], reach: number): string {
  const parts: string[] = [];
  if (!table.untitled) parts.push(table.title);
  for (const l of table.headerLines) parts.push(lines[l] ?? '');
  const from = Math.max(0, table.startLine - Math.min(reach, BASIS_LINES));
  for (let l = table.startLine - 1; l >= from; l--) {
    const text = lines[l] ?? '';
    if (PAGE_RE.test(text)) break;
    parts.push(text);
  }
  const words = new Set<string>();
  for (const m of parts.join(' ').matchAll(BASIS)) {
    words.add(
      m[0]
        .toLowerCase()
        .replace(/^fully\s+/, '')
        .replace(/\s+/g, ' ')
        .replace(/s$/, ''),
    );
  }
  return [...words].sort().join(' ');
}

/** A row label as compared: lower case, before its dot leaders, without `$`, footnote markers or punctuation. */
export function labelKey(label: string): string {
  let text = bareLabel(label).toLowerCase();
  if (text.includes('(')) text = text.replace(FOOTNOTE_MARKER, ' ');
  return text.replace(NOT_WORD, ' ').trim();
}

/** A footnote marker in parentheses, `(a)` or `( 1 )`: it says nothing of the figure. */
const FOOTNOTE_MARKER = /\(\s*[a-z0-9]\s*\)/g;
/** What a compared label keeps: letters, digits, `%`, `&` and `'`; the rest is a space. */
const NOT_WORD = /[^a-z0-9%&']+/g;

/** A column's period as compared: its one year, and the months or basis its header names; null without one year. */
export function periodKey(column: Column): string | null {
  const year = yearOf(column);
  if (year === null) return null;
  const words = column.header.match(PERIOD_WORDS);
  if (!words) return String(year);
  return `${year} ${words.map((w) => w.toLowerCase().replace(/[\s-]+/g, ' ')).join(' ')}`;
}

/**
 * A column of amounts in cents whose total has seven digits or more before its cents is identified by that total, as
 * a column of a period is by its year: a prospectus's pool distribution tables total the pool to the
 * cent ($835,651,463.60), and its static pool data repeats the pool by state in a column of the
 * series' own (`WOSAT 2025-A`) with the same total. Two such columns are one pool's figures, whatever
 * their headers say; a smaller or rounded total is not telling.
 */
function poolKey(table: Table, column: Column): string | null {
  if (column.kind !== 'amount') return null;
  let total: Decimal | undefined;
  for (const r of table.rows) {
    // A total row, or a row labelled `Total` that the table sets off by no rule it reads.
    if ((r.kind === 'total' || isTotalLabel(r.label)) && r.cells[column.index]?.value) {
      total = r.cells[column.index]!.value!;
    }
  }
  if (!total || total.scale < 2 || total.units <= 0n || digits(total) < 9) return null;
  return `the pool of $${format(total)}`;
}

/** A table's figures that another table may repeat; worked out once per table object. */
export const figuresOf = memoize(findFigures);

function findFigures(table: Table): Figures {
  const out: Figures = new Map();
  const periods = new Map<string, Column>();
  const twice = new Set<string>();
  for (const c of table.columns) {
    if (c.kind !== 'amount' && c.kind !== 'number' && c.kind !== 'percent' && c.kind !== 'count') continue;
    if (c.range) continue;
    for (const p of [periodKey(c), poolKey(table, c)]) {
      if (p === null) continue;
      if (periods.has(p)) twice.add(p);
      periods.set(p, c);
    }
  }
  for (const p of twice) periods.delete(p);
  if (periods.size === 0) return out;
  const labels = new Map<string, number>();
  const keyed: [string, Row][] = [];
  const columns = [...periods.values()];
  for (const row of table.rows) {
    if (row.kind === 'heading' || !columns.some((c) => row.cells[c.index]?.value)) continue;
    const label = labelKey(row.label);
    if (label.length < 4 || GENERIC.test(label) || !/[a-z]/.test(label)) continue;
    labels.set(label, (labels.get(label) ?? 0) + 1);
    keyed.push([label, row]);
  }
  const unit = table.scale?.exponent ?? 0;
  for (const [label, row] of keyed) {
    if (labels.get(label)! > 1) continue;
    const figures: Figure[] = [];
    for (const [period, column] of periods) {
      const cell = row.cells[column.index];
      if (!cell?.value || cell.value.units === 0n) continue;
      figures.push({ table, row, cell, label, period, unit, percent: cell.percent, value: '' });
    }
    if (figures.length) out.set(label, figures);
  }
  return out;
}

/** A figure's value as a map key, made the first time it is asked for: most figures are never compared. */
export function keyOfValue(f: Figure): string {
  if (f.value === '') f.value = valueKey(f.cell.value!);
  return f.value;
}

/** The number of digits of a figure as printed (its units at its own scale). */
export function digits(d: Decimal): number {
  return (d.units < 0n ? -d.units : d.units).toString().length;
}

/** How two tables compare on the figures they both state. */
interface Comparison {
  agreeing: number;
  /** The figures they state differently, the first table's first. */
  differing: [Figure, Figure][];
  /** The swaps among them (swapsAmong), once asked for. */
  swaps?: Map<Figure, [Figure, Figure] | null>;
}

/** Two tables compared, once per pair of table objects (both unchanged, the comparison stands). */
const comparisons = new WeakMap<Table, WeakMap<Table, Comparison>>();

function compared(a: Table, b: Table): Comparison {
  let known = comparisons.get(a);
  if (!known) comparisons.set(a, (known = new WeakMap()));
  let c = known.get(b);
  if (!c) known.set(b, (c = compare(figuresOf(a), figuresOf(b))));
  return c;
}

function compare(a: Figures, b: Figures): Comparison {
  const [small, large, swapped] = a.size <= b.size ? [a, b, false] : [b, a, true];
  const alike = new Set<string>();
  const differing: [Figure, Figure][] = [];
  for (const [label, figures] of small) {
    const theirs = large.get(label);
    if (!theirs) continue;
    for (const f of figures) {
      const g = inSlotOf(theirs, f);
      if (!g) continue;
      if (sameFigure(f.cell.value!, g.cell.value!)) {
        const v = f.cell.value!;
        if ((v.units < 0n ? -v.units : v.units) >= 10n) alike.add(keyOfValue(f));
      } else differing.push(swapped ? [g, f] : [f, g]);
    }
  }
  return { agreeing: alike.size, differing };
}

/**
 * Whether a comparison shows two tables repeating each other's figures. Two rows' figures exchanged
 * between them (swapsAmong) are one slip, not two differences: World Omni's static pool data prints
 * its own pool's Alabama and North Carolina balances each in the other's row, among four states alike.
 */
function repeats(c: Comparison): boolean {
  const differences = c.differing.length - swapCount(c);
  return c.agreeing >= MIN_AGREEING && differences <= MAX_DIFFERING && differences * 4 <= c.agreeing;
}

/** How many swaps a comparison's differing figures hold, worked out once per comparison. */
function swapCount(c: Comparison): number {
  if (c.differing.length < 2) return 0;
  c.swaps ??= swapsAmong(c.differing);
  let n = 0;
  for (const v of c.swaps.values()) if (v) n++;
  return n;
}

/**
 * The figures of a document's tables by key, kept from one analysis to the next and brought up to
 * date by the tables that came and went: an edit rebuilds the tables of the pages it touches, and the
 * others are the same objects. The pairs of figures one slip apart are worked out again only for the
 * keys those tables state (docs/performance.md, "Repeated figures").
 */
class FigureIndex {
  readonly tables = new Set<Table>();
  /**
   * The lines between each table and the one before it, when it was added: where the lines read for
   * its basis stop. A count, not the table before: that one may be replaced, and is not kept alive.
   */
  private readonly reach = new Map<Table, number>();
  /** Each table's basis words (basisOf), read the first time a comparison needs them. */
  private readonly bases = new Map<Table, string>();
  /** Every table's figures by row label. */
  readonly byLabel = new Map<string, Figure[]>();
  /** The lists of byLabel made here (not a table's own), which a table added later joins in place. */
  private readonly owned = new WeakSet<Figure[]>();
  /** By label, the pairs of its figures (in one slot) that differ by one slip (labels with none are left out). */
  readonly slipPairs = new Map<string, [Figure, Figure][]>();
  /** By label, the pairs of its figures that another row's figures of both tables swap (swapPairsOf). */
  readonly swapPairs = new Map<string, [Figure, Figure][]>();
  /** Labels whose figures changed since their slip pairs were worked out. */
  private readonly dirty = new Set<string>();

  /** The document's tables as last synced: a model's list, asked again (a hover, each table of an export), needs no sync. */
  private synced: readonly Table[] | undefined;

  /** Brings the index to exactly these tables. */
  sync(tables: readonly Table[]): void {
    if (tables === this.synced) return;
    this.synced = tables;
    const now = new Set(tables);
    for (const t of this.tables) if (!now.has(t)) this.remove(t);
    tables.forEach((t, i) => {
      if (!this.tables.has(t)) this.add(t, tables[i - 1]);
    });
    for (const label of this.dirty) {
      const entries = this.byLabel.get(label);
      keep(this.slipPairs, label, slipPairsOf(entries));
      keep(this.swapPairs, label, swapPairsOf(entries));
    }
    this.dirty.clear();
  }

  /** A table's basis words (basisOf), read once, from the document's lines as they are now. */
  basis(table: Table, lines: readonly string[]): string {
    let b = this.bases.get(table);
    if (b === undefined) this.bases.set(table, (b = basisWithin(table, lines, this.reach.get(table) ?? BASIS_LINES)));
    return b;
  }

  private add(table: Table, before: Table | undefined): void {
    this.tables.add(table);
    this.reach.set(table, before ? linesBetween(before, table) : BASIS_LINES);
    indexOf.set(table, this);
    for (const [label, figures] of figuresOf(table)) {
      const entries = this.byLabel.get(label);
      if (!entries) {
        // The table's own list stands for the label until a second table states it.
        this.byLabel.set(label, figures);
        continue;
      }
      if (this.owned.has(entries)) entries.push(...figures);
      else {
        const joined = entries.concat(figures);
        this.owned.add(joined);
        this.byLabel.set(label, joined);
      }
      this.dirty.add(label);
    }
  }

  private remove(table: Table): void {
    this.tables.delete(table);
    this.reach.delete(table);
    this.bases.delete(table);
    for (const label of figuresOf(table).keys()) {
      const entries = this.byLabel.get(label);
      if (!entries) continue;
      this.dirty.add(label);
      // A table's figures under a label were added together and stay together: a list made here
      // loses them in place (a label of a thousand tables is not copied for each table that goes).
      const first = entries.findIndex((e) => e.table === table);
      if (first < 0) continue;
      let end = first;
      while (end < entries.length && entries[end].table === table) end++;
      if (end - first === entries.length) this.byLabel.delete(label);
      else if (this.owned.has(entries)) entries.splice(first, end - first);
      else {
        const rest = entries.filter((e) => e.table !== table);
        this.owned.add(rest);
        this.byLabel.set(label, rest);
      }
    }
  }
}

/** Sets a label's pairs, or leaves the label out where it has none. */
function keep(map: Map<string, [Figure, Figure][]>, label: string, pairs: [Figure, Figure][]): void {
  if (pairs.length > 0) map.set(label, pairs);
  else map.delete(label);
}

/**
 * The figures a table states in a slot with a value, other than under `label`: looked for in its
 * figures each time (a map of every table's figures by value, kept, held a megabyte on the bench's
 * 10 MB filing for the few swaps there are).
 */
export function statedAs(table: Table, like: Figure, value: string, label: string): Figure[] {
  const out: Figure[] = [];
  for (const [other, figures] of figuresOf(table)) {
    if (other === label) continue;
    for (const f of figures) if (sameSlot(f, like) && keyOfValue(f) === value) out.push(f);
  }
  return out;
}

/**
 * The pairs of a label's figures (in one slot, in different tables, different values) that another
 * label's figures of the same two tables swap: France 155 and Spain 171 in one table, France 171 and
 * Spain 155 in the other. Two rows' figures exchanged is a slip no single figure shows: both
 * columns still add up. Only candidates: the two tables must still be found to repeat each other.
 */
function swapPairsOf(entries: Figure[] | undefined): [Figure, Figure][] {
  const out: [Figure, Figure][] = [];
  for (const [xs, ys] of valuePairs(entries)) {
    // The fewer figures first: a swap needs both sides, and most values' tables state no other
    // label's figure with the other value (a label a thousand tables state alike, one of them edited,
    // is looked for in the edited table, not in the thousand).
    const [few, many, fewFirst] = xs.length <= ys.length ? [xs, ys, true] : [ys, xs, false];
    // By label: the figures of the fewer whose table states the other value under that label.
    const waiting = new Map<string, Figure[]>();
    for (const x of few) {
      for (const p of statedAs(x.table, x, keyOfValue(many[0]), x.label)) pushTo(waiting, p.label, x);
    }
    if (waiting.size === 0) continue;
    const found: [Figure, Figure][] = [];
    for (const y of many) {
      for (const q of statedAs(y.table, y, keyOfValue(few[0]), y.label)) {
        for (const x of waiting.get(q.label) ?? []) if (x.table !== y.table) found.push(fewFirst ? [x, y] : [y, x]);
      }
    }
    // In the order of the second value's figures, as they are listed when the first value's are fewer.
    if (!fewFirst) found.sort((a, b) => ys.indexOf(a[1]) - ys.indexOf(b[1]));
    for (const pair of found) out.push(pair);
  }
  return out;
}

/** The pairs of a label's figures (in one slot, in different tables) that one slip turns into each other. */
function slipPairsOf(entries: Figure[] | undefined): [Figure, Figure][] {
  const out: [Figure, Figure][] = [];
  for (const [xs, ys] of valuePairs(entries)) {
    const a = xs[0].cell.value!;
    const b = ys[0].cell.value!;
    if (sameFigure(a, b) || Math.min(digits(a), digits(b)) < 3 || !slipApart(a, b)) continue;
    for (const x of xs) for (const y of ys) if (x.table !== y.table) out.push([x, y]);
  }
  return out;
}

/**
 * Each two values a label's figures state in one slot, as the figures stating each: slots with no
 * more than MAX_VALUES values (their pairs grow with the square). A label's figures are grouped by
 * comparing each with the few slots and values met so far, not by keys made for them: a label a
 * thousand tables state is grouped again on each keystroke that rebuilds one of them, and a key per
 * figure was most of that keystroke's work (docs/performance.md, "Thousands of tables").
 */
function* valuePairs(entries: Figure[] | undefined): Generator<[Figure[], Figure[]]> {
  if (!entries || entries.length < 2) return;
  for (const figures of slotsOf(entries)) {
    if (figures.length < 2) continue;
    const values = distinctValues(figures);
    if (values === null) continue;
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) yield [values[i], values[j]];
  }
}

/** A label's figures grouped by slot, in the order first stated. */
function slotsOf(entries: Figure[]): Figure[][] {
  const slots: Figure[][] = [];
  for (const e of entries) {
    const slot = slots.find((s) => sameSlot(s[0], e));
    if (slot) slot.push(e);
    else slots.push([e]);
  }
  return slots;
}

/** The index each table was last put in: a new version of a document finds its last version's index. */
const indexOf = new WeakMap<Table, FigureIndex>();

function indexFor(tables: readonly Table[]): FigureIndex {
  // Tables of an unchanged page are the same objects: the first one kept finds the document's index.
  let index: FigureIndex | undefined;
  for (let i = 0; i < tables.length && !index; i++) index = indexOf.get(tables[i]);
  index ??= new FigureIndex();
  index.sync(tables);
  return index;
}

/**
 * The figures of a document's tables that differ by one slip from the same figure in a table that
 * repeats theirs. Of the two, the one the rest of the document supports is taken as right (blameOf).
 */
export function repeatedFigures(model: Pick<FilingModel, 'tables' | 'lines'>): RepeatedFigure[] {
  const index = indexFor(model.tables);
  const out: RepeatedFigure[] = [];
  const blamed = new Set<Cell>();
  const pairs = new Map<Table, Set<Table>>();
  for (const map of [index.slipPairs, index.swapPairs]) {
    for (const figurePairs of map.values()) for (const [x, y] of figurePairs) pairUp(pairs, x.table, y.table);
  }
  // A wrong figure may be repeated right in several tables: the first pair in the text is the one
  // reported, whichever the index met first (an edited document's index meets them in another order).
  const byStart = (a: Table, b: Table) => a.startLine - b.startLine;
  for (const first of [...pairs.keys()].sort(byStart)) {
    for (const second of [...pairs.get(first)!].sort(byStart)) {
      if (index.basis(first, model.lines) !== index.basis(second, model.lines)) continue;
      const comparison = compared(first, second);
      if (!repeats(comparison)) continue;
      const swaps = (comparison.swaps ??= swapsAmong(comparison.differing));
      for (const [f, g] of comparison.differing) {
        const a = f.cell.value!;
        const b = g.cell.value!;
        const swapped = swaps.get(f);
        if (swapped === null) continue;
        if (Math.min(digits(a), digits(b)) < (swapped ? 2 : 3)) continue;
        const entries = index.byLabel.get(f.label)!.filter((e) => sameSlot(e, f));
        const forA = entries.filter((e) => sameFigure(e.cell.value!, a)).length;
        const forB = entries.filter((e) => sameFigure(e.cell.value!, b)).length;
        const blame = blameOf(f, g, forA, forB);
        const [wrong, right] = blame.earlier ? [f, g] : [g, f];
        const slip = swapped ? null : slipApart(wrong.cell.value!, right.cell.value!);
        if ((!slip && !swapped) || blamed.has(wrong.cell)) continue;
        blamed.add(wrong.cell);
        let swap: RepeatedFigure['swap'];
        if (swapped) {
          const [mine, theirs] = blame.earlier ? swapped : [swapped[1], swapped[0]];
          // The swap is one finding, on the first of its two rows: the second is not reported again.
          blamed.add(mine.cell);
          swap = { cell: mine.cell, other: theirs.cell, label: printedLabel(mine.row.label) };
        }
        out.push(
          repeatedAs(wrong, right, {
            slip,
            swap,
            agreeing: comparison.agreeing,
            alsoStating: blame.why === 'majority' ? (blame.earlier ? forB : forA) - 1 : 0,
            why: blame.why,
          }),
        );
      }
    }
  }
  out.sort((x, y) => x.cell.span.line - y.cell.span.line || x.cell.span.start - y.cell.span.start);
  return out;
}

/** A finding of a figure taken as wrong against the right one, with what was found of the two. */
export function repeatedAs(
  wrong: Figure,
  right: Figure,
  found: Pick<RepeatedFigure, 'slip' | 'swap' | 'agreeing' | 'alsoStating' | 'why' | 'echo'>,
): RepeatedFigure {
  return {
    cell: wrong.cell,
    table: wrong.table,
    other: right.cell,
    otherTable: right.table,
    label: printedLabel(wrong.row.label),
    period: wrong.period,
    ...found,
  };
}

/**
 * The swaps among two tables' differing figures: two rows next to each other in both tables, whose
 * figures of one slot are each the other's in the other table. By each swap's first differing pair
 * (the earlier table's figure), the other pair; by the second pair's, null (the swap is claimed once).
 */
function swapsAmong(differing: readonly [Figure, Figure][]): Map<Figure, [Figure, Figure] | null> {
  const out = new Map<Figure, [Figure, Figure] | null>();
  for (let i = 0; i < differing.length; i++) {
    const [f1, g1] = differing[i];
    for (let j = i + 1; j < differing.length; j++) {
      const [f2, g2] = differing[j];
      if (!sameSlot(f1, f2) || sameFigure(f1.cell.value!, f2.cell.value!)) continue;
      if (!sameFigure(f1.cell.value!, g2.cell.value!) || !sameFigure(f2.cell.value!, g1.cell.value!)) continue;
      if (!nextTo(f1, f2) || !nextTo(g1, g2) || out.has(f1) || out.has(f2)) continue;
      out.set(f1, [f2, g2]);
      out.set(f2, null);
    }
  }
  return out;
}

/** Whether two figures of one table are on rows next to each other. */
function nextTo(a: Figure, b: Figure): boolean {
  const rows = a.table.rows;
  return Math.abs(rows.indexOf(a.row) - rows.indexOf(b.row)) === 1;
}

/**
 * Which of two figures (the earlier table's first) is taken as wrong: the one fewer tables state;
 * failing that, the one whose column does not foot with it where the other's does; failing that,
 * the later one.
 */
export function blameOf(
  earlier: Figure,
  later: Figure,
  forEarlier: number,
  forLater: number,
): { earlier: boolean; why: RepeatedFigure['why'] } {
  if (forEarlier !== forLater) return { earlier: forEarlier < forLater, why: 'majority' };
  const e = footsWith(earlier);
  const l = footsWith(later);
  if (e === false && l === true) return { earlier: true, why: 'footing' };
  if (l === false && e === true) return { earlier: false, why: 'footing' };
  return { earlier: false, why: 'later' };
}

/** Whether a figure's column foots where it is added (true), fails to (false), or is not footed there (null). */
function footsWith(figure: Figure): boolean | null {
  let result: boolean | null = null;
  for (const f of factsOf(figure.table).footings) {
    if (f.column !== figure.cell.column) continue;
    const row =
      f.segment.find((r) => r.cells[f.column] === figure.cell) ??
      (f.total.cells[f.column] === figure.cell ? f.total : undefined);
    if (!row) continue;
    if (!f.ok) return false;
    result = true;
  }
  return result;
}

/** Records a pair of tables, the earlier in the document first. */
function pairUp(pairs: Map<Table, Set<Table>>, a: Table, b: Table): void {
  const [first, second] = a.startLine <= b.startLine ? [a, b] : [b, a];
  let set = pairs.get(first);
  if (!set) pairs.set(first, (set = new Set()));
  set.add(second);
}

/** Figures grouped by equal value, in the order first stated; null past MAX_VALUES values. */
function distinctValues(entries: Figure[]): Figure[][] | null {
  const groups: Figure[][] = [];
  let last: Figure[] | undefined;
  for (const e of entries) {
    const key = keyOfValue(e);
    // Runs of one value are the common case: a label many tables state alike.
    if (last && last[0].value === key) {
      last.push(e);
      continue;
    }
    last = groups.find((g) => g[0].value === key);
    if (last) last.push(e);
    else if (groups.length === MAX_VALUES) return null;
    else groups.push((last = [e]));
  }
  return groups;
}

/** Another table that repeats a table's figures, and how many it states alike and apart. */
export interface Repeat {
  other: Table;
  agreeing: number;
  differing: number;
}

/**
 * The tables of a document that repeat a table's figures (on its basis, enough of them alike, few
 * apart), in the document's order: found through the figures' keys, not by comparing every table.
 */
export function repeatsOf(model: Pick<FilingModel, 'tables' | 'lines'>, table: Table): Repeat[] {
  const index = indexFor(model.tables);
  const others = new Set<Table>();
  for (const label of figuresOf(table).keys()) {
    for (const e of index.byLabel.get(label) ?? []) if (e.table !== table) others.add(e.table);
  }
  const out: Repeat[] = [];
  for (const other of others) {
    if (index.basis(other, model.lines) !== index.basis(table, model.lines)) continue;
    const c = other.startLine < table.startLine ? compared(other, table) : compared(table, other);
    if (repeats(c)) out.push({ other, agreeing: c.agreeing, differing: c.differing.length });
  }
  return out.sort((a, b) => a.other.startLine - b.other.startLine);
}

/** A cell's figure as the tables that repeat its table state it (the same key), in the document's order. */
export function statedElsewhere(
  model: Pick<FilingModel, 'tables' | 'lines'>,
  table: Table,
  cell: Cell,
): { table: Table; cell: Cell }[] {
  let figure: Figure | undefined;
  for (const figures of figuresOf(table).values()) for (const f of figures) if (f.cell === cell) figure = f;
  if (!figure) return [];
  const out: { table: Table; cell: Cell }[] = [];
  for (const r of repeatsOf(model, table)) {
    const f = inSlotOf(figuresOf(r.other).get(figure.label), figure);
    if (f) out.push({ table: r.other, cell: f.cell });
  }
  return out;
}

/** The figure a table states in the same slot as another table's (the same label, period and unit), if any. */
export function sameFigureIn(table: Table, figure: Figure): Figure | undefined {
  return inSlotOf(figuresOf(table).get(figure.label), figure);
}
