/**
 * Exact decimal numbers: an integer number of units and a scale (digits after the point).
 * `113,346,210.62` is { units: 11334621062n, scale: 2 }. Money is never a binary float here.
 */

export interface Decimal {
  units: bigint;
  scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 0) throw new RangeError('pow10 of a negative exponent');
  if (n < 64) {
    let p = POW10[n];
    if (p === undefined) {
      p = 10n ** BigInt(n);
      POW10[n] = p;
    }
    return p;
  }
  return 10n ** BigInt(n);
}

export function decimal(units: bigint, scale: number): Decimal {
  return { units, scale };
}

/** The same value with `scale` digits after the point; `scale` must not be below the current one. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale === d.scale) return d;
  if (scale < d.scale) throw new RangeError('rescale would lose digits');
  return { units: d.units * pow10(scale - d.scale), scale };
}

function common(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [rescale(a, s).units, rescale(b, s).units, s];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = common(a, b);
  return { units: x + y, scale: s };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = common(a, b);
  return { units: x - y, scale: s };
}

export function neg(a: Decimal): Decimal {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? neg(a) : a;
}

export function cmp(a: Decimal, b: Decimal): number {
  const [x, y] = common(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function eq(a: Decimal, b: Decimal): boolean {
  return cmp(a, b) === 0;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/** round(n / d) with halves away from zero; d must be positive. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divRound needs a positive divisor');
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** The value rounded (half away from zero) to `scale` digits. */
export function roundTo(d: Decimal, scale: number): Decimal {
  if (scale >= d.scale) return rescale(d, scale);
  return { units: divRound(d.units, pow10(d.scale - scale)), scale };
}

/** a * 100 / b, rounded to `scale` digits: the percentage that `a` is of `b`. b must be positive. */
export function percentOf(a: Decimal, b: Decimal, scale: number): Decimal {
  const [x, y] = common(a, b);
  return { units: divRound(x * 100n * pow10(scale), y), scale };
}

/** Plain digits with a point: `-1234.50`. */
export function toPlain(d: Decimal): string {
  const negative = d.units < 0n;
  let digits = (negative ? -d.units : d.units).toString();
  if (d.scale > 0) {
    digits = digits.padStart(d.scale + 1, '0');
    digits = `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** Digits grouped by thousands: `225,112,214.21`, negatives as `-1,234`. */
export function format(d: Decimal): string {
  const plain = toPlain(d);
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  const frac = point < 0 ? '' : body.slice(point);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac}`;
}

export interface ParsedNumber {
  value: Decimal;
  /** Written with `$`. */
  dollar: boolean;
  /** Written with a trailing `%`. */
  percent: boolean;
  /** Written as a dash for zero (`-`, `--`, `—`). */
  dash: boolean;
  /** Written with grouping commas. */
  grouped: boolean;
  /** Offsets of the digits (or dash) inside the parsed text: [start, end). */
  start: number;
  end: number;
}

// One number as written in a filing cell: optional `(`, `$` (possibly padded), sign, digits with
// commas, fraction, `%`, `)`, and a trailing footnote marker such as `*`. Linear: no nested repeats.
const NUMBER_RE = /^(\()?(\$\s*)?(\()?([-+])?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%)?(\))?(%)?(\*{1,3})?$/;
const DASH_RE = /^\$?\s*(-{1,3}|\u2014|\u2013)$/;

/**
 * Parses a cell's text as a number: `$ 113,346,210.62`, `(1,234)`, `(.2)`, `50.35%`, `-`, `6.01*`.
 * Returns null when the text is not a number.
 */
export function parseNumber(text: string): ParsedNumber | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return null;
  const lead = text.length - text.trimStart().length;
  const dash = DASH_RE.exec(t);
  if (dash) {
    const start = lead + t.length - dash[1].length;
    return { value: ZERO, dollar: t.startsWith('$'), percent: false, dash: true, grouped: false, start, end: lead + t.length };
  }
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  const [, open1, dollar, open2, sign, whole, frac, pct1, close, pct2] = m;
  if (whole === undefined && frac === undefined) return null;
  const open = open1 ?? open2;
  if ((open !== undefined) !== (close !== undefined)) return null;
  if (pct1 !== undefined && pct2 !== undefined) return null;
  const fracDigits = frac ? frac.slice(1) : '';
  let units = BigInt((whole ?? '0').replace(/,/g, '') + fracDigits);
  if (open !== undefined || sign === '-') units = -units;
  const digitsStart = lead + (open1?.length ?? 0) + (dollar?.length ?? 0) + (open2?.length ?? 0);
  const end = digitsStart + (sign?.length ?? 0) + (whole?.length ?? 0) + (frac?.length ?? 0) + (pct1?.length ?? 0) + (close?.length ?? 0) + (pct2?.length ?? 0);
  return {
    value: { units, scale: fracDigits.length },
    dollar: dollar !== undefined,
    percent: pct1 !== undefined || pct2 !== undefined,
    dash: false,
    grouped: whole !== undefined && whole.includes(','),
    start: open1 !== undefined ? lead : digitsStart,
    end,
  };
}

/**
 * Writes `value` the way `like` was written: same decimals, grouping, `%`, parentheses for negatives.
 * Used by fixes so a corrected figure reads like its neighbours.
 */
export function formatLike(value: Decimal, like: string): string {
  const parsed = parseNumber(like);
  const scale = parsed && !parsed.dash ? parsed.value.scale : value.scale;
  const rounded = roundTo(value, scale);
  const negative = rounded.units < 0n;
  const magnitude = abs(rounded);
  let body = parsed && !parsed.grouped && !/,/.test(like) ? toPlain(magnitude) : format(magnitude);
  if (/^[\s($]*\./.test(like) && body.startsWith('0.')) body = body.slice(1);
  if (parsed?.percent) body += '%';
  if (negative) body = like.includes('(') ? `(${body})` : `-${body}`;
  return body;
}
