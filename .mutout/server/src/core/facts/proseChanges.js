"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proseChanges = proseChanges;
exports.readChange = readChange;
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
const decimal_1 = require("../decimal");
const tolerance_1 = require("./tolerance");
const prose_1 = require("./prose");
const slips_1 = require("./slips");
const movedSpan = (s, delta) => ({ ...s, line: s.line + delta });
const movedAmount = (a, delta) => ({ ...a, span: movedSpan(a.span, delta) });
const moved = (c, delta) => ({
    ...c,
    percent: movedAmount(c.percent, delta),
    by: c.by && movedAmount(c.by, delta),
    end: movedAmount(c.end, delta),
    start: c.start && movedAmount(c.start, delta),
});
/** The changes the document's text states, kept across edits (see readText). */
function proseChanges(model) {
    return (0, prose_1.readText)(model, CHANGES);
}
const CHANGES = (0, prose_1.textReading)({ mentions: namesPercent, read: readParagraph, moved });
/** Whether a line states a percent, found without a regex on every line. */
function namesPercent(line) {
    return line.includes('%') || line.includes('ercent');
}
const UP = /^(?:increased|increases|grew|grows|rose|rises|improved|improves|(?:an?\s+)?(?:increase|improvement|rise)\s+of)$/i;
/** A dollar figure with its unit word: `$70 million`, `$4.2 billion`, `$1.3 trillion`, `$ 172,378`. */
const AMOUNT = String.raw `\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand)\b)?`;
const ABOUT = String.raw `(?:approximately\s+|about\s+|nearly\s+|almost\s+)?`;
const PERCENT = String.raw `(\d+(?:\.\d+)?)\s?(?:%|percent\b)`;
const VERB = String.raw `\b((?:increased|increases|grew|grows|rose|rises|improved|improves|decreased|decreases|declined|declines|fell|falls|dropped|drops)|(?:an?\s+)?(?:increase|improvement|rise|decrease|decline|reduction|drop)\s+of)\s+(?:by\s+)?`;
/** `grew $70 million or 46% to $262 million`; `decreased $3.1 million, or 12%, from $25.8 million`. */
const BY_FORM = new RegExp(`${VERB}${ABOUT}${AMOUNT},?\\s+or\\s+${ABOUT}${PERCENT},?\\s+(to|from)\\s+${ABOUT}${AMOUNT}`, 'gi');
/** `increased 21% or $66 million to $380 million`: the same, the percent first. */
const PERCENT_FIRST = new RegExp(`${VERB}${ABOUT}${PERCENT},?\\s+or\\s+${ABOUT}${AMOUNT},?\\s+(to|from)\\s+${ABOUT}${AMOUNT}`, 'gi');
/** `increased 15% from $100.2 million to $115.4 million` (a period may follow each amount). */
const ENDS_FORM = new RegExp(`${VERB}${ABOUT}${PERCENT},?\\s+from\\s+${ABOUT}${AMOUNT}(?:\\s+(?:in|for)\\s+[^$.;]{1,40}?)?,?\\s+to\\s+${ABOUT}${AMOUNT}`, 'gi');
const UNITS = { thousand: 3, million: 6, billion: 9, trillion: 12 };
function readParagraph(para, out) {
    const { text } = para;
    // Most paragraphs that state a percent state no dollar amount: the patterns are not tried on them.
    if (!text.includes('$'))
        return;
    const amount = (whole, number, unit, from) => {
        const at = whole[0].indexOf(number, from - whole.index);
        const start = whole.index + at;
        const parsed = (0, decimal_1.parseNumber)(number);
        const span = parsed && para.span(start, start + number.length);
        if (!parsed || !span)
            return null;
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
    ]) {
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
            if (!by || !percent || !end)
                continue;
            // `$70 million ... to $262 million`: a unit word said once, after the first figure, is the other's too.
            const endExponent = m[7] ? end.exponent : by.exponent;
            out.push({
                text: m[0].replace(/\s+/g, ' '),
                form: m[5].toLowerCase(),
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
        if (!percent || !start || !end)
            continue;
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
function strip(a) {
    return { text: a.text, span: a.span, value: a.value, exponent: a.exponent };
}
/**
 * A stated change read: the range of percents its amounts allow, and whether the printed percent
 * lies in it. Where it lies a unit or more outside, the slips of one figure that would bring the
 * three together (the percent's, the change's, the end's).
 */
function readChange(change) {
    const range = percentRange(change, amountsOf(change));
    if (!range)
        return null;
    const p = change.percent.value;
    const unit = (0, decimal_1.decimal)(1n, p.scale);
    // Less than a unit of its last place outside what the amounts allow: the filer's rounding.
    const agrees = within(p, range.fine, unit);
    if (agrees)
        return { change, ...range, agrees, slips: [] };
    const slips = [];
    // The percent's own slip: a value the amounts allow, printed with one slip.
    for (let v = range.low.units; v <= range.high.units && v - range.low.units <= 50n; v++) {
        const intended = (0, decimal_1.decimal)(v, p.scale);
        const kind = within(intended, range.fine, decimal_1.ZERO) ? (0, slips_1.slipBetween)(p, intended) : null;
        if (kind) {
            slips.push({ figure: change.percent, kind, intended });
            break;
        }
    }
    // An amount's slip: the amount that, printed, would let the printed percent stand.
    for (const key of ['by', 'end', 'start']) {
        const figure = change[key];
        if (!figure)
            continue;
        for (const intended of slipsOf(figure.value)) {
            const r = percentRange(change, amountsOf({ ...change, [key]: { ...figure, value: intended } }));
            if (r && within(p, r.fine, decimal_1.ZERO)) {
                slips.push({ figure, kind: (0, slips_1.slipBetween)(figure.value, intended), intended });
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
function within(p, range, beyond) {
    const reach = (0, decimal_1.add)((0, tolerance_1.halfUnit)(p.scale), beyond);
    const touching = beyond.units === 0n ? 0 : 1;
    return (0, decimal_1.cmp)((0, decimal_1.add)(p, reach), range.low) >= touching && (0, decimal_1.cmp)((0, decimal_1.sub)(p, reach), range.high) <= -touching;
}
function amountsOf(change) {
    const exps = [change.by, change.end, change.start].filter((a) => a !== null).map((a) => a.exponent);
    const low = Math.min(...exps);
    const at = (a) => (0, decimal_1.decimal)(a.value.units * (0, decimal_1.pow10)(a.exponent - low), a.value.scale);
    const halfOf = (a) => a ? (0, decimal_1.decimal)(5n * (0, decimal_1.pow10)(a.exponent - low), a.value.scale + 1) : (0, decimal_1.decimal)(0n, 0);
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
function percentRange(change, a) {
    const scale = change.percent.value.scale;
    // change and base, each at its smallest and largest.
    let changeLow;
    let changeHigh;
    let baseLow;
    let baseHigh;
    if (a.by) {
        changeLow = (0, decimal_1.sub)(a.by, a.half.by);
        changeHigh = (0, decimal_1.add)(a.by, a.half.by);
        if (change.form === 'from') {
            baseLow = (0, decimal_1.sub)(a.end, a.half.end);
            baseHigh = (0, decimal_1.add)(a.end, a.half.end);
        }
        else if (change.down) {
            // The amount before a fall to `end` is end + change: the percent is highest where the change is largest and the end least.
            baseLow = (0, decimal_1.add)((0, decimal_1.sub)(a.end, a.half.end), changeLow);
            baseHigh = (0, decimal_1.add)((0, decimal_1.add)(a.end, a.half.end), changeHigh);
        }
        else {
            baseLow = (0, decimal_1.sub)((0, decimal_1.sub)(a.end, a.half.end), changeHigh);
            baseHigh = (0, decimal_1.sub)((0, decimal_1.add)(a.end, a.half.end), changeLow);
        }
    }
    else {
        const start = a.start;
        const gap = change.down ? (0, decimal_1.sub)(start, a.end) : (0, decimal_1.sub)(a.end, start);
        const slack = (0, decimal_1.add)(a.half.start, a.half.end);
        changeLow = (0, decimal_1.sub)(gap, slack);
        changeHigh = (0, decimal_1.add)(gap, slack);
        baseLow = (0, decimal_1.sub)(start, a.half.start);
        baseHigh = (0, decimal_1.add)(start, a.half.start);
    }
    if (baseLow.units <= 0n || changeHigh.units < 0n)
        return null;
    if (changeLow.units < 0n)
        changeLow = (0, decimal_1.decimal)(0n, 0);
    const low = (0, decimal_1.percentOf)(changeLow, baseHigh, scale + 2);
    const high = (0, decimal_1.percentOf)(changeHigh, baseLow, scale + 2);
    return {
        low: floorTo(low, scale),
        high: ceilTo(high, scale),
        fine: { low: floorTo(low, scale + 1), high: ceilTo(high, scale + 1) },
    };
}
function floorTo(d, scale) {
    const f = (0, decimal_1.pow10)(d.scale - scale);
    const q = d.units / f;
    return (0, decimal_1.decimal)(d.units < 0n && q * f !== d.units ? q - 1n : q, scale);
}
function ceilTo(d, scale) {
    const f = (0, decimal_1.pow10)(d.scale - scale);
    const q = d.units / f;
    return (0, decimal_1.decimal)(d.units > 0n && q * f !== d.units ? q + 1n : q, scale);
}
/** Every figure one slip (one digit changed, two adjacent digits swapped) makes of `value`. */
function slipsOf(value) {
    const digits = value.units.toString();
    const out = [];
    for (let i = 0; i < digits.length; i++) {
        for (let d = 0; d <= 9; d++) {
            const c = String(d);
            if (c === digits[i] || (i === 0 && d === 0 && digits.length > 1))
                continue;
            out.push((0, decimal_1.decimal)(BigInt(digits.slice(0, i) + c + digits.slice(i + 1)), value.scale));
        }
        if (i + 1 < digits.length && digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) {
            out.push((0, decimal_1.decimal)(BigInt(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)), value.scale));
        }
    }
    return out;
}
//# sourceMappingURL=proseChanges.js.map