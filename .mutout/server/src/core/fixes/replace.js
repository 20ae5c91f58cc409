"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellEdit = cellEdit;
exports.signedCellEdit = signedCellEdit;
exports.replaceKeepingRightEdge = replaceKeepingRightEdge;
exports.signEdit = signEdit;
exports.shownText = shownText;
exports.visibleEdit = visibleEdit;
exports.changeFigure = changeFigure;
exports.applyEdits = applyEdits;
exports.compatibleFixes = compatibleFixes;
/**
 * The edit that writes `newText` over a table cell's figure: on its right edge in a fixed-width line,
 * the figure's characters alone in an HTML cell.
 */
function cellEdit(lines, table, cell, newText) {
    return replaceKeepingRightEdge(lines[cell.span.line], cell.span, newText, table.source === 'html');
}
/**
 * cellEdit for a figure whose sign was lost or printed in error: in a fixed-width line the digits
 * keep their place, a lost sign's parentheses set in the spaces either side of them and a sign
 * printed in error taken off the same way (signEdit); any other change as cellEdit writes it.
 */
function signedCellEdit(lines, table, cell, newText) {
    return (signEdit(lines[cell.span.line], cell, newText, table.source === 'html') ?? cellEdit(lines, table, cell, newText));
}
function replaceKeepingRightEdge(lineText, span, newText, exact) {
    // A figure of an HTML table whose characters markup splits (`(` before an inline-XBRL tag, the
    // digits in it) keeps the markup: only the characters that change are replaced.
    if (hasMarkup(lineText, span))
        return visibleEdit(lineText, span, closedAsBefore(shownText(lineText, span), newText));
    // A figure of an HTML table (`exact`) has no padding to keep: its characters alone are replaced.
    if (exact)
        return { span, newText: closedAsBefore(lineText.slice(span.start, span.end), newText) };
    const oldLength = span.end - span.start;
    const grow = newText.length - oldLength;
    if (grow > 0) {
        // Take `grow` spaces from the left, keeping at least one space before the value.
        let free = 0;
        for (let i = span.start - 1; i >= 0 && lineText[i] === ' '; i--)
            free++;
        if (free - 1 >= grow)
            return { span: { line: span.line, start: span.start - grow, end: span.end }, newText };
        return { span, newText };
    }
    if (grow < 0)
        return { span, newText: ' '.repeat(-grow) + newText };
    return { span, newText };
}
/**
 * A lost sign's parentheses set in the spaces either side of a figure, so that its digits keep their
 * column and the `)` hangs as the column's negatives do (`  118 ` to `(118)`); undefined where
 * `expected` is no negative in parentheses, the figure already has one, or a side has no space.
 */
function parenthesesAround(lineText, cell, expected) {
    const { span } = cell;
    const negative = cell.text
        .replace(/^\$\s*/, '')
        .trim()
        .startsWith('(');
    if (!expected.startsWith('(') || negative)
        return undefined;
    if (lineText[span.start - 1] !== ' ' || (lineText[span.end] ?? ' ') !== ' ')
        return undefined;
    return {
        span: { line: span.line, start: span.start - 1, end: Math.min(span.end + 1, lineText.length) },
        newText: expected,
    };
}
/**
 * The edit for a sign printed in error or lost, where the figure's digits keep their place: `(118)`
 * to ` 118 ` (not right-aligned, which would move the digits onto the `)`), or `  118 ` to `(118)`
 * (parenthesesAround); undefined for any other change. In an HTML cell (`exact`) there is no padding
 * to keep or to take: undefined, and the caller's replacement writes the figure's characters alone.
 */
function signEdit(lineText, cell, expected, exact = false) {
    if (exact)
        return undefined;
    const { span } = cell;
    if (lineText.slice(span.start, span.end) === `(${expected})`)
        return { span, newText: ` ${expected} ` };
    return parenthesesAround(lineText, cell, expected);
}
/**
 * A negative written like a figure whose `)` is not among its characters (an HTML table puts it in
 * a cell of its own, which stays): `(17,113)` for `(17,131` is `(17,113`.
 */
function closedAsBefore(old, newText) {
    const open = old.trimStart().replace(/^\$/, '').trimStart().startsWith('(') && !old.includes(')');
    return open && newText.startsWith('(') && newText.endsWith(')') ? newText.slice(0, -1) : newText;
}
/** Whether a span's source holds markup or a character reference (an HTML figure's, never a text table's). */
function hasMarkup(lineText, span) {
    for (let i = span.start; i < span.end; i++) {
        const c = lineText.charCodeAt(i);
        if (c === 60 /* < */ || c === 38 /* & */)
            return true;
    }
    return false;
}
const REFERENCE = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,8}));/i;
const NAMED = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function piecesOf(lineText, span) {
    const out = [];
    let i = span.start;
    while (i < span.end) {
        if (lineText[i] === '<') {
            const close = lineText.indexOf('>', i);
            const to = close < 0 || close >= span.end ? span.end : close + 1;
            out.push({ from: i, to });
            i = to;
            continue;
        }
        const ref = lineText[i] === '&' ? REFERENCE.exec(lineText.slice(i, Math.min(span.end, i + 12))) : null;
        if (ref) {
            const code = ref[1] ? Number(ref[1]) : ref[2] ? parseInt(ref[2], 16) : undefined;
            const shown = code !== undefined ? String.fromCodePoint(Math.min(code, 0x10ffff)) : (NAMED[ref[3].toLowerCase()] ?? ref[0]);
            out.push({ from: i, to: i + ref[0].length, shown: shown === '\u00a0' ? ' ' : shown });
            i += ref[0].length;
            continue;
        }
        out.push({ from: i, to: i + 1, shown: lineText[i] });
        i++;
    }
    return out;
}
/** The characters a span of source shows: its text, tags left out and references read (HTML). */
function shownText(lineText, span) {
    if (!hasMarkup(lineText, span))
        return lineText.slice(span.start, span.end);
    return piecesOf(lineText, span)
        .map((p) => p.shown ?? '')
        .join('');
}
/**
 * The edit that makes a span of HTML source show `newText`, changing only the characters shown
 * that differ and keeping every tag: the changed run's new characters go into its text between
 * tags that holds the most digits (the inline-XBRL element's, not the `(` before it), and its other
 * changed characters are removed.
 */
function visibleEdit(lineText, span, newText) {
    const pieces = piecesOf(lineText, span);
    const shown = pieces.filter((p) => p.shown !== undefined);
    const wanted = [...newText].map((c) => (c === '\u00a0' ? ' ' : c));
    let head = 0;
    while (head < shown.length && head < wanted.length && shown[head].shown === wanted[head])
        head++;
    let tail = 0;
    while (tail < shown.length - head &&
        tail < wanted.length - head &&
        shown[shown.length - 1 - tail].shown === wanted[wanted.length - 1 - tail]) {
        tail++;
    }
    const middle = wanted.slice(head, wanted.length - tail).join('');
    const changed = shown.slice(head, shown.length - tail);
    if (changed.length === 0) {
        const at = head > 0 ? shown[head - 1].to : (shown[0]?.from ?? span.end);
        return { span: { line: span.line, start: at, end: at }, newText: middle };
    }
    const from = changed[0].from;
    const to = changed[changed.length - 1].to;
    // The runs of shown characters between tags, within the changed range; the one with most digits takes the new text.
    const inRange = pieces.filter((p) => p.from >= from && p.to <= to);
    let best = -1;
    let bestDigits = -1;
    let run = -1;
    let digits = 0;
    const runOf = [];
    for (let k = 0; k < inRange.length; k++) {
        const p = inRange[k];
        if (p.shown === undefined) {
            run = -1;
            runOf.push(-1);
            continue;
        }
        if (run < 0) {
            run = k;
            digits = 0;
        }
        runOf.push(run);
        if (/\d/.test(p.shown))
            digits++;
        if (digits >= bestDigits) {
            bestDigits = digits;
            best = run;
        }
    }
    let text = '';
    let placed = false;
    for (let k = 0; k < inRange.length; k++) {
        const p = inRange[k];
        if (p.shown === undefined)
            text += lineText.slice(p.from, p.to);
        else if (runOf[k] === best && !placed) {
            text += middle;
            placed = true;
        }
    }
    return { span: { line: span.line, start: from, end: to }, newText: text };
}
/**
 * The fix titled `title` (`Change 266 to 261`) that changes one figure to `to`, on its right edge
 * (`html`: a cell's characters alone).
 */
function changeFigure(lines, span, to, html, title) {
    return { title, edits: [replaceKeepingRightEdge(lines[span.line], span, to, html)] };
}
/** Applies edits (on distinct lines or non-overlapping spans) to a text, as an editor would. */
function applyEdits(text, edits) {
    const lines = text.split(/(\r\n|\r|\n)/);
    // lines alternates content and separators: content at even indexes.
    const byLine = new Map();
    for (const e of edits) {
        const list = byLine.get(e.span.line) ?? [];
        list.push(e);
        byLine.set(e.span.line, list);
    }
    for (const [line, list] of byLine) {
        let content = lines[line * 2];
        if (content === undefined)
            continue;
        for (const e of [...list].sort((a, b) => b.span.start - a.span.start)) {
            content = content.slice(0, e.span.start) + e.newText + content.slice(e.span.end);
        }
        lines[line * 2] = content;
    }
    return lines.join('');
}
/**
 * The fixes that can be applied together, in order: each whose edits overlap none of those kept
 * before it (an edit identical to a kept one is applied once). Fixes of different findings can meet
 * on one line (two moves on a line with tabs each rewrite the line): those left out stay findings
 * for the next analysis rather than being applied over one another.
 */
function compatibleFixes(fixes) {
    const kept = [];
    const edits = [];
    const byLine = new Map();
    const same = (a, b) => a.span.start === b.span.start && a.span.end === b.span.end && a.newText === b.newText;
    const meet = (a, b) => a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
    for (const fix of fixes) {
        const clash = fix.edits.some((e) => (byLine.get(e.span.line) ?? []).some((k) => meet(e, k) && !same(e, k)));
        if (clash)
            continue;
        kept.push(fix);
        for (const e of fix.edits) {
            const onLine = byLine.get(e.span.line) ?? [];
            if (onLine.some((k) => same(e, k)))
                continue;
            onLine.push(e);
            byLine.set(e.span.line, onLine);
            edits.push(e);
        }
    }
    return { fixes: kept, edits };
}
//# sourceMappingURL=replace.js.map