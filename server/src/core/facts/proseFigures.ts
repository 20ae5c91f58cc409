/**
 * Figures the text states from a statement: the management's discussion says "Net cash used in
 * investing activities of $148.2 million for 1998" where the statement of cash flows prints
 * (147,151) in thousands. A reader ties these by hand, sentence by sentence; so does this.
 *
 * A sentence states a statement's figure when it names the statement's line (its cash flows from
 * operating, investing or financing activities) and gives the figure right after it (`was`, `of`,
 * `totaled`), with no other noun between: "cash used in investing activities included purchases of
 * $11.0 million" states a part of the line, not the line. The period is the year the sentence names
 * for that figure (`in 1998`, `for the three months ended March 31, 2000`, or `1998 and 1997,
 * respectively` for two), and its length (a quarter, nine months, a year) must not contradict the
 * statement's. The unit is the sentence's own (`$2.6 billion`, `$172,378,000`): a figure written with
 * decimals and no unit word (`$1,371.6`, in millions said once above) is passed over.
 *
 * Each page's sentences are read once and kept with the page across edits, as are each HTML
 * paragraph's with the paragraph (prose.ts, readText); what they are compared with is the document's
 * statements, looked up on every analysis.
 */
import { abs, cmp, parseNumber, roundTo, significantDigits, timesPow10, type Decimal } from '../decimal';
import type { Cell, FilingModel, Row, Span, Table } from '../model';
import { memoize } from '../memo';
import { periodsFor, readText, sentenceBounds, statementMonths, type Paragraph, textReading } from './prose';
import { bareLabel, columnsByYear, NOT_PRIMARY, statementKind } from './statements';
import { sameFigure, slipApart, type SlipKind } from './slips';

/** The statement lines a sentence can state: the cash-flow statement's three subtotals. */
export type ProseItem = 'operating' | 'investing' | 'financing';

/** A figure a sentence states for a statement's line. */
export interface ProseFigure {
  item: ProseItem;
  /** The line's name as the sentence words it, spaces closed up: `net cash used in investing activities`. */
  label: string;
  /** `provided` (1), `used` (-1) or neither (0), as the sentence words the flow. */
  direction: 1 | -1 | 0;
  /** The figure as written, `$` to unit word: `$148.2 million`. */
  text: string;
  /** Where the figure's number is, `$` to its last digit. */
  span: Span;
  /** The figure in its unit (148.2) and the unit's power of ten (6). */
  value: Decimal;
  exponent: number;
  year: number;
  /** The months the sentence says the period runs (3, 6, 9, 12), or null when it does not say. */
  months: number | null;
}

const moved = (f: ProseFigure, delta: number): ProseFigure => ({
  ...f,
  span: { ...f.span, line: f.span.line + delta },
});

/** The figures the document's text states for its statements' lines, kept across edits (see readText). */
export function proseFigures(model: FilingModel): ProseFigure[] {
  return readText(model, FIGURES);
}

const FIGURES = textReading<ProseFigure>({ mentions: namesActivities, read: readParagraph, moved });

/** Whether a line says `activities`, in any case, found without a regex on every line. */
function namesActivities(line: string): boolean {
  return line.includes('ctivities') || line.includes('CTIVITIES');
}

/**
 * A statement line as prose names it: `net cash provided by operating activities`, `cash used in
 * investing activities`, `net cash provided by (used in) financing activities`, `cash flows from
 * operating activities`. Not capital spending: what the text calls capital expenditures is often
 * more or less than the statement's line of purchases (11 of 36 such figures in the project's
 * corpus differ from the line, none by a slip).
 */
const LABEL =
  /\b(?:net\s+)?cash\s+(?:flows?\s+)?(?:(provided|generated|used|received)\s+(?:by|in|for|from)\s+|(from)\s+)?(\((?:used\s+(?:in|for|by)|provided\s+by)\)\s+)?(operating|investing|financing)\s+activities\b/gi;

/**
 * What may stand between the line's name and its figure: a period (`in 1997`, `for the six months
 * ended June 30, 1998`, `during the first quarter of 1998`) and the verb. Nothing else: "activities
 * included purchases of $11.0 million" states a part.
 */
const VERB =
  /^(,?\s+(?:in|for|during)\s+(?:the\s+)?[a-z ,-]{0,50}?(?:(?:19|20)\d\d|year|quarter|months|period),?)?\s+(?:was|were|totaled|totalled|of|amounted\s+to|equaled|aggregated)\s+(?:approximately\s+|about\s+)?/i;

/** A figure with its unit: `$2.6 billion`, `$172,378,000`, `$ 11.8 million`. */
const FIGURE = /^\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand)\b)?/i;
const UNITS: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

/** More figures of the same line after the first: `, $12.8 million in 1997 and $6.0 million in 1996`. */
const NEXT = /^(?:,\s*(?:and\s+)?|\s+and\s+)/i;

/** A period's phrase begun after a figure, read or not. */
const DANGLING = /^,?\s+(?:in|for|during)\b/i;

/** The period a figure's own phrase names: `in 1998`, `for the year ended December 31, 1998`. */
const OWN_PERIOD = /^,?\s+(?:in|for|during)\s+(?:the\s+)?([a-z][a-z0-9 ,-]{0,60}?)?((?:19|20)\d\d)\b/i;

function readParagraph(para: Paragraph, out: ProseFigure[]): void {
  const { text } = para;
  const sentences = sentenceBounds(text);
  let k = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const item = m[4].toLowerCase() as ProseItem;
    // `provided by (used in)` says neither way.
    const word = m[3] ? '' : (m[1] ?? '').toLowerCase();
    const direction = word === 'used' ? -1 : word === '' ? 0 : 1;
    // Labels come in order: the sentence pointer only moves on (a search from the first sentence
    // each time is quadratic in a long paragraph of labels).
    while (k + 1 < sentences.length && sentences[k][1] <= m.index) k++;
    const sentence = sentences[k];
    let at = m.index + m[0].length;
    const verb = VERB.exec(text.slice(at, sentence[1]));
    if (!verb) continue;
    const leadPeriod = verb[1] ?? '';
    at += verb[0].length;
    // The figures, each with the period its own phrase names, if any.
    const found: {
      start: number;
      end: number;
      digitsEnd: number;
      value: Decimal;
      exponent: number;
      period: string;
      year?: number;
    }[] = [];
    for (;;) {
      const f = FIGURE.exec(text.slice(at, sentence[1]));
      if (!f) break;
      const number = parseNumber(f[1]);
      if (!number || (f[2] === undefined && f[1].includes('.'))) break;
      const start = at;
      at += f[0].length;
      const after = text.slice(at, sentence[1]);
      const own = OWN_PERIOD.exec(after);
      // A period begun and not read (`$115 million for` where a page breaks the sentence) is not
      // the one named before.
      if (!own && DANGLING.test(after)) break;
      const figure = {
        start,
        end: start + f[0].length,
        digitsEnd: start + f[0].indexOf(f[1]) + f[1].length,
        value: number.value,
        exponent: f[2] ? UNITS[f[2].toLowerCase()] : 0,
        period: own ? own[0] : '',
        year: own ? Number(own[2]) : undefined,
      };
      found.push(figure);
      if (own) at += own[0].length;
      const next = NEXT.exec(text.slice(at, sentence[1]));
      if (!next || !text.startsWith('$', at + next[0].length)) break;
      at += next[0].length;
    }
    if (found.length === 0) continue;
    // After the last figure: its own period's phrase may be the list's years (`for 1998 and 1997, respectively`).
    const rest = text.slice(found[found.length - 1].end, sentence[1]);
    const whole = text.slice(sentence[0], sentence[1]);
    const years = periodsFor(found, leadPeriod, rest, text.slice(0, sentence[0]), whole);
    if (!years) continue;
    found.forEach((f, i) => {
      const span = para.span(f.start, f.digitsEnd);
      if (!span) return;
      out.push({
        item,
        label: m[0].replace(/\s+/g, ' '),
        direction,
        text: text.slice(f.start, f.end).replace(/\s+/g, ' '),
        span,
        value: f.value,
        exponent: f.exponent,
        year: years[i].year,
        months: years[i].months,
      });
    });
  }
}

/** A statement's line as the statement labels it, by item. */
const ROW: Record<ProseItem, RegExp> = {
  operating: rowLabel('operating'),
  investing: rowLabel('investing'),
  financing: rowLabel('financing'),
};
function rowLabel(item: ProseItem): RegExp {
  return new RegExp(
    String.raw`^net\s+cash\s+(?:flows?\s+)?(?:\(?(?:provided|used|generated|received|by|in|for|from)\)?\s+){0,4}${item}\s+activities[^a-z]*$`,
    'i',
  );
}

/** A stated figure against the statement's: the same, a slip, or another figure. */
export interface ProseTie {
  figure: ProseFigure;
  table: Table;
  cell: Cell;
  /** The statement's figure in the sentence's unit, to the sentence's places (-147.2). */
  intended: Decimal;
  agrees: boolean;
  /** The slip that makes the sentence's figure of the statement's, when one does. */
  slip: SlipKind | null;
  /** Another line of the statement whose figure for the year is the sentence's: the line it quotes. */
  quoted?: Row;
}

/**
 * Each stated figure against the cash-flow statements that state its line for its year: those
 * whose columns name the year once and whose period does not contradict the sentence's. A figure
 * with two such statements that disagree with each other is not tied (a restated or pro forma one).
 */
export function proseTies(model: FilingModel): ProseTie[] {
  const figures = proseFigures(model);
  if (figures.length === 0) return [];
  const statements = model.tables.filter((t) => isCashFlows(t));
  const out: ProseTie[] = [];
  for (const figure of figures) {
    const ties: ProseTie[] = [];
    for (const table of statements) {
      const tie = tieIn(table, figure);
      if (tie) ties.push(tie);
    }
    const agreeing = ties.find((t) => t.agrees);
    if (agreeing) out.push(agreeing);
    else if (ties.length > 0 && ties.every((t) => cmp(t.intended, ties[0].intended) === 0)) out.push(ties[0]);
  }
  return out;
}

/**
 * A statement of cash flows: by its title, or by its lines, whatever its title says (`(UNAUDITED, IN
 * THOUSANDS)` read as the title, `UNAUDITED CONDENSED STATEMENTS ...`, a title read into the header):
 * two of its three subtotals of cash from activities. Not a table titled pro forma, restated, a
 * parent's or a segment's, whose figures the text does not walk through. Once per table object: every
 * analysis of a filing whose text states such figures asks it of every table.
 */
const isCashFlows = memoize((table: Table): boolean => {
  if (statementKind(table) === 'cash flows') return true;
  if (NOT_PRIMARY.test(table.title)) return false;
  const found = new Set<ProseItem>();
  for (const r of table.rows) {
    if (r.kind === 'heading' || !namesActivities(r.label)) continue;
    const label = bareLabel(r.label);
    for (const item of ITEMS) if (ROW[item].test(label)) found.add(item);
  }
  return found.size >= 2;
});
const ITEMS: ProseItem[] = ['operating', 'investing', 'financing'];

function tieIn(table: Table, figure: ProseFigure): ProseTie | null {
  const column = columnsByYear(table).get(figure.year);
  if (!column) return null;
  const months = statementMonths(table, column.header);
  if (figure.months !== null && months !== null && figure.months !== months) return null;
  const row = table.rows.find((r) => r.kind !== 'heading' && ROW[figure.item].test(bareLabel(r.label)));
  const cell = row?.cells[column.index];
  if (!row || !cell?.value || row.unread.some((u) => u.column === column.index)) return null;
  // The statement's figure in the sentence's unit: (147,151) in thousands is -147.151 million.
  const exponent = (table.scale?.exponent ?? 0) - figure.exponent;
  const value = timesPow10(cell.value, exponent);
  const magnitude = abs(value);
  const intended = roundTo(value, Math.min(figure.value.scale, magnitude.scale));
  const same = sameFigure(figure.value, magnitude) || cmp(abs(intended), figure.value) === 0;
  const opposite = signOpposed(figure.direction, value, row.label);
  const agrees = same && !opposite;
  const slip = agrees ? null : same ? 'sign' : opposite ? null : slipApart(figure.value, magnitude);
  const tie: ProseTie = { figure, table, cell, intended, agrees, slip };
  // Of three figures or more: a line of two (`$2.5 million`) shares its figure with others by chance.
  if (!agrees && !same && significantDigits(figure.value) >= 3) {
    const quoted = table.rows.find((r) => {
      const v = r !== row ? r.cells[column.index]?.value : null;
      return v && sameFigure(figure.value, abs(timesPow10(v, exponent)));
    });
    if (quoted) tie.quoted = quoted;
  }
  return tie;
}

/**
 * Whether the sentence's `provided` or `used` says the flow ran the other way from the statement's
 * figure. A statement that labels its line `Net cash used in ...` may print the outflow unsigned: its
 * figure's sign says nothing then.
 */
function signOpposed(direction: number, value: Decimal, label: string): boolean {
  if (direction === 0 || value.units === 0n) return false;
  const usedOnly = /\bused\b/i.test(label) && !/\b(?:provided|generated|received)\b/i.test(label);
  if (usedOnly) return false;
  return value.units < 0n !== direction < 0;
}
