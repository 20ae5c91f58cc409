/**
 * Changes the text states three ways at once: the amount, the percent and where it ended
 * ("system-level IC sales grew $70 million or 46% to $262 million", or the percent first,
 * "increased 21% or $66 million to $380 million"), or the percent between two amounts ("net
 * revenues increased 15% from $100.2 million to $115.4 million"). The three must agree to the places
 * they are written in: $70 million to $262 million is a rise of 70 on 192, 36%.
 *
 * The amount before the change is the sentence's own: the result less the change (`to`), or as
 * written (`from`). Every figure is rounded to its places (`$4.2 billion` is 4.15 to 4.25), so the
 * percent may lie anywhere between what the extremes give; a percent outside that range, by a unit
 * of its own last place or more, disagrees. Nothing outside the sentence is read.
 *
 * Each page's sentences are read once and kept with the page across edits, as are each HTML
 * paragraph's with the paragraph (prose.ts, readText).
 */
import { add, cmp, decimal, parseNumber, percentOf, pow10, sub, ZERO, type Decimal } from '../decimal';
import { halfUnit } from './tolerance';
import type { FilingModel, Span } from '../model';
import { readText, type Paragraph, textReading } from './prose';
import { slipBetween, type SlipKind } from './slips';

/** A figure of the sentence: as written, where its number is, and its value in units of its exponent. */
export interface StatedAmount {
  text: string;
  span: Span;
  value: Decimal;
  exponent: number;
}

/** A change the text states by its amount (or its two ends), its percent and where it ended. */
export interface ProseChange {
  /** The words from the verb to the last figure, spaces closed up. */
  text: string;
  /** `to` (the amount after the change) or `from` (the amount before it), with `by` the change's amount. */
  form: 'to' | 'from';
  down: boolean;
  percent: StatedAmount;
  /** The change's amount; null where the sentence gives both ends instead (`from $A to $B`). */
  by: StatedAmount | null;
  /** The amount the `to` or `from` names, and the other end where both are given. */
  end: StatedAmount;
  start: StatedAmount | null;
}

const movedSpan = (s: Span, delta: number): Span => ({ ...s, line: s.line + delta });
const movedAmount = (a: StatedAmount, delta: number): StatedAmount => ({ ...a, span: movedSpan(a.span, delta) });
const moved = (c: ProseChange, delta: number): ProseChange => ({
  ...c,
  percent: movedAmount(c.percent, delta),
  by: c.by && movedAmount(c.by, delta),
  end: movedAmount(c.end, delta),
  start: c.start && movedAmount(c.start, delta),
});

/** The changes the document's text states, kept across edits (see readText). */
export function proseChanges(model: FilingModel): ProseChange[] {
  return readText(model, CHANGES);
}

const CHANGES = textReading<ProseChange>({ mentions: namesPercent, read: readParagraph, moved });

/** Whether a line states a percent, found without a regex on every line. */
function namesPercent(line: string): boolean {
  return line.includes('%') || line.includes('ercent');
}

const UP =
  /^(?:increased|increases|grew|grows|rose|rises|improved|improves|(?:an?\s+)?(?:increase|improvement|rise)\s+of)$/i;

/** A dollar figure with its unit word: `$70 million`, `$4.2 billion`, `$1.3 trillion`, `$ 172,378`. */
const AMOUNT = String.raw`\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand)\b)?`;
const ABOUT = String.raw`(?:approximately\s+|about\s+|nearly\s+|almost\s+)?`;
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s?(?:%|percent\b)`;
const VERB = String.raw`\b((?:increased|increases|grew|grows|rose|rises|improved|improves|decreased|decreases|declined|declines|fell|falls|dropped|drops)|(?:an?\s+)?(?:increase|improvement|rise|decrease|decline|reduction|drop)\s+of)\s+(?:by\s+)?`;
/** `grew $70 million or 46% to $262 million`; `decreased $3.1 million, or 12%, from $25.8 million`. */
const BY_FORM = new RegExp(
  `${VERB}${ABOUT}${AMOUNT},?\\s+or\\s+${ABOUT}${PERCENT},?\\s+(to|from)\\s+${ABOUT}${AMOUNT}`,
  'gi',
);
/** `increased 21% or $66 million to $380 million`: the same, the percent first. */
const PERCENT_FIRST = new RegExp(
  `${VERB}${ABOUT}${PERCENT},?\\s+or\\s+${ABOUT}${AMOUNT},?\\s+(to|from)\\s+${ABOUT}${AMOUNT}`,
  'gi',
);
/** `increased 15% from $100.2 million to $115.4 million` (a period may follow each amount). */
const ENDS_FORM = new RegExp(
  `${VERB}${ABOUT}${PERCENT},?\\s+from\\s+${ABOUT}${AMOUNT}(?:\\s+(?:in|for)\\s+[^$.;]{1,40}?)?,?\\s+to\\s+${ABOUT}${AMOUNT}`,
  'gi',
);
const UNITS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

function readParagraph(para: Paragraph, out: ProseChange[]): void {
  const { text } = para;
  // Most paragraphs that state a percent state no dollar amount: the patterns are not tried on them.
  if (!text.includes('$')) return;
  const amount = (whole: RegExpExecArray, number: string, unit: string | undefined, from: number) => {
    const at = whole[0].indexOf(number, from - whole.index);
    const start = whole.index + at;
    const parsed = parseNumber(number);
    const span = parsed && para.span(start, start + number.length);
    if (!parsed || !span) return null;
    const exponent = unit ? UNITS[unit.toLowerCase()] : 0;
    return {
      text: number + (unit ? ` ${unit}` : ''),
      span,
      value: parsed.value,
      exponent,
      next: start + number.length,
    };
  };
  for (const [pattern, percentFirst] of [
    [BY_FORM, false],
    [PERCENT_FIRST, true],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // Groups: the verb, then the change's amount (number, unit) and the percent in either order, `to` or `from`, the end.
      const [firstNumber, firstUnit, secondNumber, secondUnit] = percentFirst
        ? [m[2], undefined, m[3], m[4]]
        : [m[2], m[3], m[4], undefined];
      const first = amount(m, firstNumber, firstUnit, m.index + m[1].length);
      const second = first && amount(m, secondNumber, secondUnit, first.next);
      const end = second && amount(m, m[6], m[7], second.next);
      const [percent, by] = percentFirst ? [first, second] : [second, first];
      if (!by || !percent || !end) continue;
      // `$70 million ... to $262 million`: a unit word said once, after the first figure, is the other's too.
      const endExponent = m[7] ? end.exponent : by.exponent;
      out.push({
        text: m[0].replace(/\s+/g, ' '),
        form: m[5].toLowerCase() as 'to' | 'from',
        down: !UP.test(m[1].replace(/\s+/g, ' ')),
        percent: strip(percent),
        by: strip(by),
        end: { ...strip(end), exponent: endExponent },
        start: null,
      });
    }
  }
  ENDS_FORM.lastIndex = 0;
  for (let m = ENDS_FORM.exec(text); m; m = ENDS_FORM.exec(text)) {
    const percent = amount(m, m[2], undefined, m.index + m[1].length);
    const start = percent && amount(m, m[3], m[4], percent.next);
    const end = start && amount(m, m[5], m[6], start.next);
    if (!percent || !start || !end) continue;
    // A unit word said once, after either figure, is the other's too.
    const startExponent = m[4] ? start.exponent : end.exponent;
    const endExponent = m[6] ? end.exponent : start.exponent;
    out.push({
      text: m[0].replace(/\s+/g, ' '),
      form: 'from',
      down: !UP.test(m[1].replace(/\s+/g, ' ')),
      percent: strip(percent),
      by: null,
      end: { ...strip(end), exponent: endExponent },
      start: { ...strip(start), exponent: startExponent },
    });
  }
}

function strip(a: StatedAmount & { next: number }): StatedAmount {
  return { text: a.text, span: a.span, value: a.value, exponent: a.exponent };
}

/** What the figures of a stated change give for its percent, and whether the percent is among it. */
export interface ChangeReading {
  change: ProseChange;
  /** The percents the amounts allow, at the printed percent's places: from `low` to `high`. */
  low: Decimal;
  high: Decimal;
  /** The same to one place more (36.0 to 36.9 where 36 to 37 is printed), as a message says it. */
  fine: { low: Decimal; high: Decimal };
  agrees: boolean;
  /** The one slip of one figure that would make the three agree, for each figure it could be. */
  slips: { figure: StatedAmount; kind: SlipKind; intended: Decimal }[];
}

/**
 * A stated change read: the range of percents its amounts allow, and whether the printed percent
 * lies in it. Where it lies a unit or more outside, the slips of one figure that would bring the
 * three together (the percent's, the change's, the end's).
 */
export function readChange(change: ProseChange): ChangeReading | null {
  const range = percentRange(change, amountsOf(change));
  if (!range) return null;
  const p = change.percent.value;
  const unit = decimal(1n, p.scale);
  // Less than a unit of its last place outside what the amounts allow: the filer's rounding.
  const agrees = within(p, range.fine, unit);
  if (agrees) return { change, ...range, agrees, slips: [] };
  const slips: ChangeReading['slips'] = [];
  // The percent's own slip: a value the amounts allow, printed with one slip.
  for (let v = range.low.units; v <= range.high.units && v - range.low.units <= 50n; v++) {
    const intended = decimal(v, p.scale);
    const kind = within(intended, range.fine, ZERO) ? slipBetween(p, intended) : null;
    if (kind) {
      slips.push({ figure: change.percent, kind, intended });
      break;
    }
  }
  // An amount's slip: the amount that, printed, would let the printed percent stand.
  for (const key of ['by', 'end', 'start'] as const) {
    const figure = change[key];
    if (!figure) continue;
    for (const intended of slipsOf(figure.value)) {
      const r = percentRange(change, amountsOf({ ...change, [key]: { ...figure, value: intended } }));
      if (r && within(p, r.fine, ZERO)) {
        slips.push({ figure, kind: slipBetween(figure.value, intended)!, intended });
        break;
      }
    }
  }
  return { change, ...range, agrees, slips };
}

/**
 * Whether a percent printed as `p` (anywhere within half a unit of its last place) may be one of the
 * percents from `range.low` to `range.high`; with `beyond`, or is less than that outside them.
 */
function within(p: Decimal, range: { low: Decimal; high: Decimal }, beyond: Decimal): boolean {
  const reach = add(halfUnit(p.scale), beyond);
  const touching = beyond.units === 0n ? 0 : 1;
  return cmp(add(p, reach), range.low) >= touching && cmp(sub(p, reach), range.high) <= -touching;
}

/** The sentence's amounts at one exponent, as figures and half their last place. */
interface Amounts {
  by: Decimal | null;
  end: Decimal;
  start: Decimal | null;
  half: { by: Decimal; end: Decimal; start: Decimal };
}

function amountsOf(change: ProseChange): Amounts {
  const exps = [change.by, change.end, change.start].filter((a) => a !== null).map((a) => a.exponent);
  const low = Math.min(...exps);
  const at = (a: StatedAmount) => decimal(a.value.units * pow10(a.exponent - low), a.value.scale);
  const halfOf = (a: StatedAmount | null) =>
    a ? decimal(5n * pow10(a.exponent - low), a.value.scale + 1) : decimal(0n, 0);
  return {
    by: change.by && at(change.by),
    end: at(change.end),
    start: change.start && at(change.start),
    half: { by: halfOf(change.by), end: halfOf(change.end), start: halfOf(change.start) },
  };
}

/**
 * The lowest and highest percent the amounts allow, each figure anywhere within half a unit of its
 * last place, at the printed percent's places (the low one rounded down, the high one up); null
 * where the amount before the change is not above zero.
 */
function percentRange(
  change: ProseChange,
  a: Amounts,
): { low: Decimal; high: Decimal; fine: { low: Decimal; high: Decimal } } | null {
  const scale = change.percent.value.scale;
  // change and base, each at its smallest and largest.
  let changeLow: Decimal;
  let changeHigh: Decimal;
  let baseLow: Decimal;
  let baseHigh: Decimal;
  if (a.by) {
    changeLow = sub(a.by, a.half.by);
    changeHigh = add(a.by, a.half.by);
    if (change.form === 'from') {
      baseLow = sub(a.end, a.half.end);
      baseHigh = add(a.end, a.half.end);
    } else if (change.down) {
      // The amount before a fall to `end` is end + change: the percent is highest where the change is largest and the end least.
      baseLow = add(sub(a.end, a.half.end), changeLow);
      baseHigh = add(add(a.end, a.half.end), changeHigh);
    } else {
      baseLow = sub(sub(a.end, a.half.end), changeHigh);
      baseHigh = sub(add(a.end, a.half.end), changeLow);
    }
  } else {
    const start = a.start!;
    const gap = change.down ? sub(start, a.end) : sub(a.end, start);
    const slack = add(a.half.start, a.half.end);
    changeLow = sub(gap, slack);
    changeHigh = add(gap, slack);
    baseLow = sub(start, a.half.start);
    baseHigh = add(start, a.half.start);
  }
  if (baseLow.units <= 0n || changeHigh.units < 0n) return null;
  if (changeLow.units < 0n) changeLow = decimal(0n, 0);
  const low = percentOf(changeLow, baseHigh, scale + 2);
  const high = percentOf(changeHigh, baseLow, scale + 2);
  return {
    low: floorTo(low, scale),
    high: ceilTo(high, scale),
    fine: { low: floorTo(low, scale + 1), high: ceilTo(high, scale + 1) },
  };
}

function floorTo(d: Decimal, scale: number): Decimal {
  const f = pow10(d.scale - scale);
  const q = d.units / f;
  return decimal(d.units < 0n && q * f !== d.units ? q - 1n : q, scale);
}

function ceilTo(d: Decimal, scale: number): Decimal {
  const f = pow10(d.scale - scale);
  const q = d.units / f;
  return decimal(d.units > 0n && q * f !== d.units ? q + 1n : q, scale);
}

/** Every figure one slip (one digit changed, two adjacent digits swapped) makes of `value`. */
function slipsOf(value: Decimal): Decimal[] {
  const digits = value.units.toString();
  const out: Decimal[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c === digits[i] || (i === 0 && d === 0 && digits.length > 1)) continue;
      out.push(decimal(BigInt(digits.slice(0, i) + c + digits.slice(i + 1)), value.scale));
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) {
      out.push(decimal(BigInt(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)), value.scale));
    }
  }
  return out;
}
