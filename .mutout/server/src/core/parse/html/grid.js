"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gridOf = gridOf;
exports.withoutInvisible = withoutInvisible;
/**
 * Cells on the table's grid (`colspan` and `rowspan` placed), and the figures in them: a `$`, `(`
 * or `%` and the closing `)` of a negative set in cells of their own are read with the figure
 * beside them, as the printed table shows them.
 */
const decimal_1 = require("../../decimal");
const scan_1 = require("./scan");
const OPENERS = new Set(['$', '(', '($', '$(', '$ (']);
const CLOSERS = new Set(['%', ')', ')%', '%)', ') %']);
/** A closer with a footnote mark or a unit after it in its cell: `)(a)`, `)*`, `) bps`, `) pts.`, `%(1)`. */
const CLOSER_WITH_MARK = /^(\)|%|\)%|%\)) ?(?:\([a-z0-9]{1,2}\)|\*{1,3}|(?:bps|pts)\.?)$/i;
/** A negative's `)` after the unit it closes over: `(1.8` then `pts)` (Caterpillar's margins). */
const UNIT_THEN_CLOSER = /^(?:bps|pts|points?|ppts?) ?(\))$/i;
/** The closer a cell holds (`)`, `%`), alone or before a footnote mark or a unit, or after a unit; null for any other text. */
function closerIn(text) {
    if (CLOSERS.has(text))
        return text;
    const m = CLOSER_WITH_MARK.exec(text) ?? UNIT_THEN_CLOSER.exec(text);
    return m ? m[1] : null;
}
/** No table is wider than this; a wider grid is junk, cut there. */
const MAX_GRID = 400;
/** The table's rows with their cells placed on the grid and their figures read. */
function gridOf(table, html) {
    const rows = [];
    // Per grid column, the rows a `rowspan` above still covers, and the cell that covers them.
    const carried = [];
    const carriedBy = [];
    for (const raw of table.rows) {
        const cells = [];
        const spanned = [];
        for (let k = 0; k < carried.length; k++) {
            const by = carriedBy[k];
            if ((carried[k] ?? 0) > 0 && by && spanned[spanned.length - 1] !== by)
                spanned.push(by);
        }
        let g = 0;
        for (const c of raw.cells) {
            while (g < MAX_GRID && (carried[g] ?? 0) > 0)
                g++;
            if (g >= MAX_GRID)
                break;
            const g1 = Math.min(g + c.colspan, MAX_GRID);
            const cell = { raw: c, g0: g, g1, text: normal(c.text), figure: null, absorbed: false };
            if (c.rowspan > 1) {
                for (let k = g; k < g1; k++) {
                    if (c.rowspan > (carried[k] ?? 0))
                        carriedBy[k] = cell;
                    carried[k] = Math.max(carried[k] ?? 0, c.rowspan);
                }
            }
            cells.push(cell);
            g = g1;
        }
        for (let k = 0; k < carried.length; k++)
            if (carried[k] > 0)
                carried[k]--;
        readFigures(cells, html);
        rows.push({ raw, cells, spanned });
    }
    return rows;
}
/**
 * A cell's text with its spacing made plain: runs of white space as one space, and characters that
 * print nothing (zero-width spaces and joiners, the word joiner) dropped from text around them,
 * which some filing agents put around labels (`\u200b \u200b Total Annual Fund Operating Expenses`).
 * A cell of nothing else keeps them: it stands between the cells beside it as a spacer, so that a
 * `%` or `)` beyond it is not read with a figure before it (a label leaves it out: rows.ts).
 */
function normal(text) {
    const visible = withoutInvisible(text);
    return (visible.trim() === '' ? text : visible).replace(/[\s\u00a0]+/g, ' ').trim();
}
/** Text without the characters that print nothing: zero-width spaces and joiners, the word joiner. */
function withoutInvisible(text) {
    return text.replace(/[\u200b-\u200d\u2060]/g, '');
}
/** The figures of a row, each read with a `$` before it and a `%` or `)` after it in cells of their own. */
function readFigures(cells, html) {
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (cell.absorbed || !cell.text || OPENERS.has(cell.text) || closerIn(cell.text) !== null)
            continue;
        const before = neighbour(cells, i, -1);
        const after = neighbour(cells, i, 1);
        const pre = before >= 0 && OPENERS.has(cells[before].text) ? cells[before].text : '';
        const post = after >= 0 ? (closerIn(cells[after].text) ?? '') : '';
        const raw = cell.raw.text;
        const own = (0, decimal_1.parseNumberIn)(raw, 0, raw.length) ?? spacedPercent(raw);
        let number = own;
        let usedPre = false;
        let usedPost = false;
        if (pre || post) {
            const merged = (0, decimal_1.parseNumber)(`${pre}${cell.text}${post}`);
            // A `(` before a figure is read with it only when the `)` closes it (`(` `1,234` `)`).
            if (merged &&
                (own === null ||
                    merged.percent !== own.percent ||
                    merged.dollar !== own.dollar ||
                    merged.value.units !== own.value.units)) {
                number = merged;
                usedPre = pre !== '' && (merged.dollar !== (own?.dollar ?? false) || pre.includes('('));
                usedPost = post !== '';
            }
        }
        if (!number)
            continue;
        // The figure's own characters: where its digits are in the cell (`$`, `(`, `%` in it included).
        let a;
        let b;
        if (own) {
            a = own.start;
            b = own.end;
        }
        else {
            a = raw.length - raw.trimStart().length;
            b = raw.trimEnd().length;
        }
        if (usedPre)
            cells[before].absorbed = true;
        if (usedPost)
            cells[after].absorbed = true;
        cell.figure = {
            number,
            text: raw.slice(a, b),
            start: (0, scan_1.sourceOffset)(cell.raw, a),
            end: (0, scan_1.sourceEnd)(cell.raw, b - 1, html),
            dollar: number.dollar,
            percent: number.percent,
            key: cell.g1 - 1,
        };
    }
}
/**
 * A percent whose sign a filing agent set apart from its digits, after a line break or spaces in the
 * same cell (`0.08` then `%`): the number, its span its digits alone, so that a fix leaves the `%` and
 * the spacing as they are. Null for anything else.
 */
function spacedPercent(raw) {
    const end = raw.trimEnd();
    if (!end.endsWith('%'))
        return null;
    const digits = end.slice(0, -1).trimEnd();
    if (digits.length === end.length - 1)
        return null;
    const number = (0, decimal_1.parseNumberIn)(raw, 0, digits.length);
    return number && !number.percent && !number.dash ? { ...number, percent: true } : null;
}
/** The index of the next cell with text in direction `step`, or -1. */
function neighbour(cells, i, step) {
    for (let k = i + step; k >= 0 && k < cells.length; k += step)
        if (cells[k].text)
            return k;
    return -1;
}
//# sourceMappingURL=grid.js.map