"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TABS_BECOME_SPACES = void 0;
exports.moveEdit = moveEdit;
exports.realignedLine = realignedLine;
exports.moveAcross = moveAcross;
const lines_1 = require("../parse/lines");
/**
 * Moves the number by swapping it with the spaces beside it; null when there is no room. On a line
 * with tabs, moving it across a tab stop would move the text after it too: the edit is then the
 * whole line, rewritten by realignedLine (the fix's title says so, see TABS_BECOME_SPACES).
 */
function moveEdit(line, cell, shift) {
    if (!line.includes('\t'))
        return moveAmongSpaces(line, cell.span.line, cell.span.start, cell.span.end, shift);
    const text = realignedLine(line, [{ cell, shift }]);
    return text === null ? null : { span: { line: cell.span.line, start: 0, end: line.length }, newText: text };
}
/**
 * The line with its numbers moved (`moves` of cells on it), or null when none could move. The moves
 * are made on the line as displayed, in display columns: a line with tabs has them written as the
 * spaces they stand for, so every other character keeps its column on screen.
 */
function realignedLine(line, moves) {
    let text = line.includes('\t') ? (0, lines_1.expandTabs)(line) : line;
    let moved = false;
    // Right to left, so a move never shifts a number still to be moved.
    for (const mv of [...moves].sort((a, b) => b.cell.display.start - a.cell.display.start)) {
        const edit = moveAmongSpaces(text, mv.cell.span.line, mv.cell.display.start, mv.cell.display.end, mv.shift);
        if (!edit)
            continue;
        text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
        moved = true;
    }
    return moved ? text : null;
}
/** What a fix's title adds when its line's tabs become spaces. */
exports.TABS_BECOME_SPACES = " (the line's tabs become spaces)";
/** The number at [start, end) of `line`, a line of spaces only, moved `shift` columns; null when there is no room. */
function moveAmongSpaces(line, lineNumber, start, end, shift) {
    const number = line.slice(start, end);
    if (shift > 0) {
        const after = line.slice(end, end + shift);
        if (after.length === shift && /^ *$/.test(after)) {
            return { span: { line: lineNumber, start, end: end + shift }, newText: ' '.repeat(shift) + number };
        }
        if (after.length < shift && /^ *$/.test(after)) {
            return { span: { line: lineNumber, start, end: line.length }, newText: ' '.repeat(shift) + number };
        }
        return null;
    }
    const k = -shift;
    // The number alone, or else with the `$` set apart in front of it (`...  $ 1,847.4` one left: the
    // number alone could only close the gap to its sign). A space is left before what moves.
    for (const from of [start, detachedDollar(line, start)]) {
        if (from < 0 || from - k < 0)
            continue;
        if (/^ +$/.test(line.slice(from - k, from)) && (from - k === 0 || line[from - k - 1] === ' ')) {
            return { span: { line: lineNumber, start: from - k, end }, newText: line.slice(from, end) + ' '.repeat(k) };
        }
    }
    return null;
}
/** Where the `$` written apart before the number at `start` is (`$ 1,847.4`), or -1. */
function detachedDollar(line, start) {
    let k = start;
    while (k > 0 && line[k - 1] === ' ')
        k--;
    return k < start && k > 0 && line[k - 1] === '$' ? k - 1 : -1;
}
/**
 * Moves the figure of `cell` to end at display column `edge`, across whatever stands between (a
 * figure in the wrong column moved to its own, over the figure beside it): the figure's characters
 * become spaces and it is written where it ends at `edge`, into spaces or past the line's end.
 * Null when something stands there, or on a line with tabs (its columns are not its characters).
 */
function moveAcross(line, cell, edge) {
    if (line.includes('\t'))
        return null;
    const { start, end } = cell.span;
    const shift = edge - cell.edge;
    if (shift === 0)
        return null;
    const [from, to] = [start + shift, end + shift];
    if (from < 0)
        return null;
    const padded = line.padEnd(to);
    const target = padded.slice(from, to);
    // The target holds only spaces, or the figure's own characters where the two overlap.
    for (let k = from; k < to; k++)
        if (padded[k] !== ' ' && (k < start || k >= end))
            return null;
    if (target.length !== to - from)
        return null;
    const lo = Math.min(start, from);
    const hi = Math.max(end, to);
    const blanked = padded.slice(0, start) + ' '.repeat(end - start) + padded.slice(end);
    const rewritten = blanked.slice(0, from) + line.slice(start, end) + blanked.slice(to);
    return {
        span: { line: cell.span.line, start: lo, end: Math.min(hi, line.length) },
        newText: rewritten.slice(lo, hi),
    };
}
//# sourceMappingURL=move.js.map