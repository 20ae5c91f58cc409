"use strict";
/**
 * Exact decimal numbers: an integer number of units and a scale (digits after the point).
 * `113,346,210.62` is { units: 11334621062n, scale: 2 }. Money is never a binary float here.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZERO = void 0;
exports.pow10 = pow10;
exports.maxScale = maxScale;
exports.decimal = decimal;
exports.rescale = rescale;
exports.timesPow10 = timesPow10;
exports.add = add;
exports.sub = sub;
exports.neg = neg;
exports.abs = abs;
exports.mul = mul;
exports.cmp = cmp;
exports.eq = eq;
exports.significantDigits = significantDigits;
exports.valueKey = valueKey;
exports.sum = sum;
exports.divRound = divRound;
exports.roundTo = roundTo;
exports.quotient = quotient;
exports.percentOf = percentOf;
exports.toPlain = toPlain;
exports.format = format;
exports.digitsEndIn = digitsEndIn;
exports.isDigit = isDigit;
exports.parseNumber = parseNumber;
exports.parseNumberIn = parseNumberIn;
exports.formatLike = formatLike;
exports.ZERO = { units: 0n, scale: 0 };
/** 10^0 .. 10^63, made up front: a table filled as asked would be read past its end. */
const POW10 = Array.from({ length: 64 }, (_, n) => 10n ** BigInt(n));
function pow10(n) {
    if (n < 0)
        throw new RangeError('pow10 of a negative exponent');
    return n < 64 ? POW10[n] : 10n ** BigInt(n);
}
/**
 * The largest scale among `values`, 0 for none. A loop: spread into Math.max, the values of a table
 * of some 100,000 rows would overflow the stack.
 */
function maxScale(values) {
    let scale = 0;
    for (const v of values)
        if (v.scale > scale)
            scale = v.scale;
    return scale;
}
function decimal(units, scale) {
    return { units, scale };
}
/** The same value with `scale` digits after the point; `scale` must not be below the current one. */
function rescale(d, scale) {
    if (scale === d.scale)
        return d;
    if (scale < d.scale)
        throw new RangeError('rescale would lose digits');
    return { units: d.units * pow10(scale - d.scale), scale };
}
/** `d` times ten to `n` (which may be negative), exactly: a figure in thousands put in units, or in millions. */
function timesPow10(d, n) {
    return n <= d.scale ? decimal(d.units, d.scale - n) : decimal(d.units * pow10(n - d.scale), 0);
}
/** a's units at scale s (s at least a's scale). */
function unitsAt(a, s) {
    return s === a.scale ? a.units : a.units * pow10(s - a.scale);
}
// add, sub and cmp run for every figure of every table: same-scale operands (the common case)
// skip rescaling, and none of them builds a tuple.
function add(a, b) {
    if (a.scale === b.scale)
        return { units: a.units + b.units, scale: a.scale };
    const s = a.scale > b.scale ? a.scale : b.scale;
    return { units: unitsAt(a, s) + unitsAt(b, s), scale: s };
}
function sub(a, b) {
    if (a.scale === b.scale)
        return { units: a.units - b.units, scale: a.scale };
    const s = a.scale > b.scale ? a.scale : b.scale;
    return { units: unitsAt(a, s) - unitsAt(b, s), scale: s };
}
function neg(a) {
    return { units: -a.units, scale: a.scale };
}
function abs(a) {
    return a.units < 0n ? neg(a) : a;
}
/** The exact product, at the sum of the two scales. */
function mul(a, b) {
    return { units: a.units * b.units, scale: a.scale + b.scale };
}
function cmp(a, b) {
    const s = a.scale > b.scale ? a.scale : b.scale;
    const x = unitsAt(a, s);
    const y = unitsAt(b, s);
    return x < y ? -1 : x > y ? 1 : 0;
}
function eq(a, b) {
    return cmp(a, b) === 0;
}
/** How many significant digits a figure is written with: its digits less their trailing zeros (3,000 has 1). */
function significantDigits(d) {
    const digits = (d.units < 0n ? -d.units : d.units).toString();
    let end = digits.length;
    while (end > 1 && digits[end - 1] === '0')
        end--;
    return end;
}
/**
 * A string that equal values share, whatever their scale (`1.50` and `1.5` alike): for grouping
 * values in a map rather than comparing each with each.
 */
function valueKey(d) {
    let { units, scale } = d;
    if (scale < 0)
        return `${units * pow10(-scale)}`;
    while (scale > 0 && units % 10n === 0n) {
        units /= 10n;
        scale--;
    }
    return scale === 0 ? `${units}` : `${units}e-${scale}`;
}
function sum(values) {
    let total = exports.ZERO;
    for (const v of values)
        total = add(total, v);
    return total;
}
/** round(n / d) with halves away from zero; d must be positive. */
function divRound(n, d) {
    if (d <= 0n)
        throw new RangeError('divRound needs a positive divisor');
    const q = n / d;
    const r = n % d;
    if (r === 0n)
        return q;
    const twice = (r < 0n ? -r : r) * 2n;
    if (twice >= d)
        return n < 0n ? q - 1n : q + 1n;
    return q;
}
/** The value rounded (half away from zero) to `scale` digits. */
function roundTo(d, scale) {
    if (scale >= d.scale)
        return rescale(d, scale);
    return { units: divRound(d.units, pow10(d.scale - scale)), scale };
}
/** a / b, rounded once to `scale` digits, whatever the operands' own (an average of cents in dollars). b must be positive. */
function quotient(a, b, scale) {
    const s = a.scale > b.scale ? a.scale : b.scale;
    return { units: divRound(unitsAt(a, s) * pow10(scale), unitsAt(b, s)), scale };
}
/** a * 100 / b, rounded to `scale` digits: the percentage that `a` is of `b`. b must be positive. */
function percentOf(a, b, scale) {
    const s = a.scale > b.scale ? a.scale : b.scale;
    return { units: divRound(unitsAt(a, s) * 100n * pow10(scale), unitsAt(b, s)), scale };
}
/** Plain digits with a point: `-1234.50`. */
function toPlain(d) {
    const negative = d.units < 0n;
    let digits = (negative ? -d.units : d.units).toString();
    if (d.scale > 0) {
        digits = digits.padStart(d.scale + 1, '0');
        digits = `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
    }
    return negative ? `-${digits}` : digits;
}
/** Digits grouped by thousands: `225,112,214.21`, negatives as `-1,234`. */
function format(d) {
    const plain = toPlain(d);
    const negative = plain.startsWith('-');
    const body = negative ? plain.slice(1) : plain;
    const point = body.indexOf('.');
    const whole = point < 0 ? body : body.slice(0, point);
    const frac = point < 0 ? '' : body.slice(point);
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${negative ? '-' : ''}${grouped}${frac}`;
}
/**
 * Where a figure's digits (or its `%`) end in `text`, the text it was read from: a figure's column
 * edge. The closing parenthesis of a negative hangs into the gutter (`(828)` under `1,081`), and so
 * do stars and footnote markers after it (`6.01*`, `1,311{2}`, `(602){3}`), and the `%` after
 * a negative's `)` (`(4.6)%` under `35.0%`).
 */
function digitsEndIn(text, n) {
    const last = text.charCodeAt(n.end - 1);
    // `(4.6)%`: the `%` of a negative hangs past its `)`, on the edge of `35.0%` above it.
    if (last === 37 && n.end > n.start + 2 && text.charCodeAt(n.end - 2) === 41)
        return n.end - 1;
    if (last !== 41 || n.end <= n.start + 1)
        return n.end;
    // `(2,211,000 )`: the padding before a `)` hangs with it.
    let end = n.end - 1;
    while (end > n.start + 1 && text.charCodeAt(end - 1) === 32)
        end--;
    return end;
}
/** What `\s` and String.prototype.trim count as white space. */
function isSpace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Whether a character code is an ASCII digit. */
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The integer written by the digits of text[from, to), commas skipped, times `sign` (1 or -1). */
function digitsValue(text, from, to, fracFrom, fracTo, count, sign) {
    // Up to 15 digits fit a double exactly: one conversion instead of a string for BigInt to parse.
    // The sign is applied to the double, every time, rather than to the BigInt now and then.
    // Engine note: see docs/performance.md#cold-paths-in-functions-of-their-own
    if (count <= 15) {
        let n = 0;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            if (c !== 44)
                n = n * 10 + (c - 48);
        }
        for (let i = fracFrom; i < fracTo; i++)
            n = n * 10 + (text.charCodeAt(i) - 48);
        // `+ 0` turns -0 into 0, which BigInt takes either way.
        return BigInt(n * sign + 0);
    }
    const units = BigInt(text.slice(from, to).replace(/,/g, '') + text.slice(fracFrom, fracTo));
    return sign < 0 ? -units : units;
}
/**
 * Parses a cell's text as a number: `$ 113,346,210.62`, `(1,234)`, `(.2)`, `50.35%`, `-`, `6.01*`.
 * The grammar: optional `(` (padded or not), `$` (possibly padded), sign, digits with commas and a
 * decimal part, or a fraction as old stock prices are written (`1/2`, `48 7/8`: one space between),
 * or a decimal part and a fraction of its last digit's unit, as old dividends are (`.37 1/2`),
 * then `%`, `)` (padded or not), and footnote markers glued to the figure: `*` to `***`, one to
 * three of `(5)`, `(a)`, `(H)`, `[A]`, or one `{1}`. A cell of only a dash (`-`, `--`, `—`) is zero. A
 * property test holds the scanner to that grammar written as regular expressions
 * (number-scanner.test.ts).
 * Returns null when the text is not a number. One pass over the characters, without allocating
 * for text that is not a number: every line of a filing with a digit in it comes through here.
 */
function parseNumber(text) {
    return parseNumberIn(text, 0, text.length);
}
/** The same for text[from, to) without cutting it out; `start` and `end` are counted from `from`. */
function parseNumberIn(text, from, to) {
    let a = from;
    let b = to;
    while (a < b && isSpace(text.charCodeAt(a)))
        a++;
    while (b > a && isSpace(text.charCodeAt(b - 1)))
        b--;
    if (b === a || b - a > 60)
        return null;
    const lead = a - from;
    // A dash for zero: `$` and spaces, then one to three hyphens or one em or en dash.
    let p = a;
    if (text.charCodeAt(p) === 36)
        p++;
    while (p < b && isSpace(text.charCodeAt(p)))
        p++;
    if (p < b) {
        const c = text.charCodeAt(p);
        if ((c === 0x2014 || c === 0x2013) && p + 1 === b)
            return dashNumber(text.charCodeAt(a) === 36, p - from, b - from);
        if (c === 45) {
            let q = p;
            while (q < b && text.charCodeAt(q) === 45)
                q++;
            if (q === b && q - p <= 3)
                return dashNumber(text.charCodeAt(a) === 36, p - from, b - from);
        }
    }
    p = a;
    const open1 = text.charCodeAt(p) === 40;
    if (open1) {
        p++;
        // `( 89)`: typists padded a negative to line it up.
        while (p < b && text.charCodeAt(p) === 32)
            p++;
    }
    let dollar = false;
    if (p < b && text.charCodeAt(p) === 36) {
        dollar = true;
        p++;
        while (p < b && isSpace(text.charCodeAt(p)))
            p++;
    }
    const open2 = p < b && text.charCodeAt(p) === 40;
    if (open2)
        p++;
    const digitsStart = p;
    let negative = false;
    if (p < b) {
        const c = text.charCodeAt(p);
        if (c === 45 || c === 43) {
            negative = c === 45;
            p++;
        }
    }
    // Whole part: plain digits, or 1-3 digits then groups of `,ddd`.
    const wholeFrom = p;
    while (p < b && isDigit(text.charCodeAt(p)))
        p++;
    let count = p - wholeFrom;
    let grouped = false;
    if (count >= 1 && count <= 3 && p < b && text.charCodeAt(p) === 44) {
        while (p + 3 < b &&
            text.charCodeAt(p) === 44 &&
            isDigit(text.charCodeAt(p + 1)) &&
            isDigit(text.charCodeAt(p + 2)) &&
            isDigit(text.charCodeAt(p + 3)) &&
            !(p + 4 < b && isDigit(text.charCodeAt(p + 4)))) {
            p += 4;
            count += 3;
            grouped = true;
        }
    }
    const wholeTo = p;
    if (p < b && (text.charCodeAt(p) === 44 || isDigit(text.charCodeAt(p))))
        return null;
    // `1/2` or `48 7/8`, in place of a decimal part.
    let vulgar = null;
    if (!grouped && count >= 1 && p < b && isFractionStart(text.charCodeAt(p))) {
        vulgar = scanVulgarFraction(text, wholeFrom, wholeTo, b);
        if (vulgar)
            p = vulgar.end;
    }
    // Decimal part.
    let fracFrom = p;
    let fracTo = p;
    let decimalFraction = null;
    if (!vulgar && p < b && text.charCodeAt(p) === 46) {
        fracFrom = p + 1;
        fracTo = fracFrom;
        while (fracTo < b && isDigit(text.charCodeAt(fracTo)))
            fracTo++;
        if (fracTo === fracFrom)
            return null;
        p = fracTo;
        // `.37 1/2`: a fraction of the last decimal's unit (37 1/2 cents), as dividends were quoted.
        if (p < b && text.charCodeAt(p) === 32) {
            const part = scanVulgarFraction(text, p + 1, p + 1, b, true);
            if (part) {
                decimalFraction = part.value;
                p = part.end;
            }
        }
    }
    if (wholeTo === wholeFrom && fracTo === fracFrom)
        return null;
    let percent1 = false;
    if (p < b && text.charCodeAt(p) === 37) {
        percent1 = true;
        p++;
    }
    let close = false;
    // `(28,284,000 )`: and padded before the closing parenthesis.
    let q = p;
    if (open1 || open2)
        while (q < b && text.charCodeAt(q) === 32)
            q++;
    if (q < b && text.charCodeAt(q) === 41) {
        close = true;
        p = q + 1;
    }
    let percent2 = false;
    if (p < b && text.charCodeAt(p) === 37) {
        percent2 = true;
        p++;
    }
    const end = p;
    if (p < b)
        p = markersEnd(text, p, b);
    if (p !== b)
        return null;
    if ((open1 || open2) !== close)
        return null;
    if (percent1 && percent2)
        return null;
    const sign = open1 || open2 || negative ? -1 : 1;
    let value;
    if (vulgar)
        value = sign < 0 ? neg(vulgar.value) : vulgar.value;
    else {
        const scale = fracTo - fracFrom;
        value = { units: digitsValue(text, wholeFrom, wholeTo, fracFrom, fracTo, count + scale, sign), scale };
        if (decimalFraction) {
            const part = decimalFraction.units;
            const units = value.units * pow10(decimalFraction.scale) + (sign < 0 ? -part : part);
            value = { units, scale: scale + decimalFraction.scale };
        }
    }
    return {
        value,
        dollar,
        percent: percent1 || percent2,
        dash: false,
        grouped,
        start: open1 ? lead : digitsStart - from,
        end: end - from,
    };
}
/**
 * Where the footnote markers glued to a figure end, from `p` (where they would start): `*` to `***`,
 * one to three of `(5)`, `(a)`, `(12)`, `[A]`, or one `{1}`. Returns `p` when none starts there; anything
 * else after a figure makes it no figure.
 */
function markersEnd(text, p, b) {
    const c = text.charCodeAt(p);
    if (c === 42) {
        let q = p;
        while (q < b && q - p < 3 && text.charCodeAt(q) === 42)
            q++;
        return q;
    }
    if (c === 123) {
        let q = p + 1;
        while (q < b && q - p <= 2 && isDigit(text.charCodeAt(q)))
            q++;
        return q > p + 1 && q < b && text.charCodeAt(q) === 125 ? q + 1 : p;
    }
    let q = p;
    for (let n = 0; n < 3 && q < b; n++) {
        // `/(4)/`, between slashes (`47,100/(4)/`, as Merck marks its notes).
        const slashed = text.charCodeAt(q) === 47 && text.charCodeAt(q + 1) === 40;
        const open = slashed ? q + 1 : q;
        // `(a)` or `[A]` (a pro forma's adjustments keyed to its notes: `375,000[A]`).
        const close = text.charCodeAt(open) === 40 ? 41 : text.charCodeAt(open) === 91 ? 93 : 0;
        if (close === 0)
            break;
        let r = open + 1;
        while (r < b && r - open <= 2 && isWordChar(text.charCodeAt(r)))
            r++;
        if (r === open + 1 || r >= b || text.charCodeAt(r) !== close)
            break;
        if (slashed && (r + 1 >= b || text.charCodeAt(r + 1) !== 47))
            break;
        q = slashed ? r + 2 : r + 1;
    }
    return q;
}
function isWordChar(c) {
    return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** What may follow a price's whole part before its fraction: `/` (`1/2`), a space or a hyphen (`48 7/8`, `30-1/8`). */
function isFractionStart(c) {
    return c === 47 || c === 32 || c === 45;
}
/** Denominators of quoted prices, 2 to 256, and the decimals their fractions take (1/8 = 0.125: three). */
const POWER_OF_TWO = new Map(Array.from({ length: 8 }, (_, k) => [2n ** BigInt(k + 1), k + 1]));
/**
 * A fraction after the whole digits text[wholeFrom, wholeTo): `/8` makes them its numerator (`7/8`,
 * at most two digits), a space or a hyphen then `7/8` makes them its whole part (`48 7/8`, `30-1/8`);
 * `alone`, a fraction starting at wholeFrom (`1/2` after `.37 `). Its exact value (unsigned) and
 * where it ends; null when the text is no such fraction.
 */
function scanVulgarFraction(text, wholeFrom, wholeTo, b, alone = false) {
    let whole = 0n;
    let numFrom = wholeFrom;
    let numTo = wholeTo;
    const separator = text.charCodeAt(wholeTo);
    if (alone) {
        // The numerator starts at wholeFrom: `1/2` of `.37 1/2`.
        while (numTo < b && isDigit(text.charCodeAt(numTo)))
            numTo++;
        if (numTo >= b || text.charCodeAt(numTo) !== 47)
            return null;
    }
    else if (separator === 32 || separator === 45) {
        whole = BigInt(text.slice(wholeFrom, wholeTo));
        numFrom = wholeTo + 1;
        numTo = numFrom;
        while (numTo < b && isDigit(text.charCodeAt(numTo)))
            numTo++;
        if (numTo >= b || text.charCodeAt(numTo) !== 47)
            return null;
    }
    if (numTo - numFrom < 1 || numTo - numFrom > 2)
        return null;
    const denFrom = numTo + 1;
    let denTo = denFrom;
    while (denTo < b && isDigit(text.charCodeAt(denTo)))
        denTo++;
    if (denTo === denFrom || denTo - denFrom > 3 || text.charCodeAt(denFrom) === 48)
        return null;
    if (denTo < b && (isDigit(text.charCodeAt(denTo)) || text.charCodeAt(denTo) === 44))
        return null;
    const numerator = BigInt(text.slice(numFrom, numTo));
    const denominator = BigInt(text.slice(denFrom, denTo));
    // Prices are quoted in halves to 256ths; a proper fraction of another denominator is a date (`12/25`).
    const scale = POWER_OF_TWO.get(denominator);
    if (scale === undefined || numerator >= denominator)
        return null;
    const units = whole * pow10(scale) + (numerator * pow10(scale)) / denominator;
    return { value: { units, scale }, end: denTo };
}
function dashNumber(dollar, start, end) {
    return { value: exports.ZERO, dollar, percent: false, dash: true, grouped: false, start, end };
}
/**
 * Writes `value` the way `like` was written: same decimals, grouping, `%`, parentheses for negatives.
 * Used by fixes so a corrected figure reads like its neighbours.
 */
function formatLike(value, like) {
    const parsed = parseNumber(like);
    const scale = parsed && !parsed.dash ? parsed.value.scale : value.scale;
    const rounded = roundTo(value, scale);
    const negative = rounded.units < 0n;
    const magnitude = abs(rounded);
    let body = parsed && !parsed.grouped && !/,/.test(like) ? toPlain(magnitude) : format(magnitude);
    if (/^[\s($]*\./.test(like) && body.startsWith('0.'))
        body = body.slice(1);
    // `(4)%` keeps its sign inside and its `%` outside; `(4%)` and `-4%` as written.
    const outside = parsed?.percent === true && /\)\s*%/.test(like);
    if (parsed?.percent && !outside)
        body += '%';
    if (negative)
        body = like.includes('(') ? `(${body})` : `-${body}`;
    return outside ? `${body}%` : body;
}
//# sourceMappingURL=decimal.js.map