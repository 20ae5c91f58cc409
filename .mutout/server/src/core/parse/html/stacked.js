"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stackedStarts = stackedStarts;
const header_1 = require("./header");
const YEARS = /\b(?:19|20)\d\d\b/g;
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/gi;
/** Footnote markers and ordinals (`(1)`, `31st`) in a heading. */
const MARKERS = /\(\d\)|\b\d{1,2}(?:st|nd|rd|th)\b/g;
const SCALE_NOTE = /^\(?(?:in|dollars|amounts)\b[^)]*\)?$/i;
/** A year, fiscal year, quarter or series that names a column (`FY2004`, `Q1 2004`, `2007-1`, `2008-A`). */
const PERIOD_ID = /^(?:FY\s?)?(?:19|20)\d\d(?:[-/][A-Z0-9]{1,2})?$|^(?:Q[1-4]|[1-4]Q)\s?(?:19|20)?\d\d$/i;
/** Cells of signs and rules only: they head nothing. */
const MARKS = /^[-—–_=*$%()]+$/;
/** Words that head a column: no figure left once years, dates, markers and a scale note are read past. */
function headingText(text) {
    if (SCALE_NOTE.test(text) || PERIOD_ID.test(text))
        return true;
    const rest = text.replace(YEARS, '').replace(MONTH_DAY, '').replace(MARKERS, '');
    return !/\d/.test(rest) && /[A-Za-z]/.test(text);
}
const shown = (c) => c.text !== '' && !c.absorbed;
/** A row of the body: a figure right of the labels that is not a year. */
function figureRow(row, labelCol) {
    return row.cells.some((c) => c.figure && c.g0 > labelCol && !(0, header_1.isYear)(c.figure.text));
}
/**
 * Where the blocks after the first start (grid row indices), given the label column and the first
 * body row. A block starts at a row of headings inside the body: no figure right of the labels
 * but years, its words over the figure columns all headings and over two of them at least, a
 * label (if any) that is a heading too, figures below under what it heads, and a row with a label
 * and figures above it. The block takes the title rows (one cell, or none) right above it.
 */
function stackedStarts(grid, labelCol, from) {
    const keys = new Set();
    for (let i = from; i < grid.length; i++) {
        for (const c of grid[i].cells)
            if (c.figure && c.g0 > labelCol)
                keys.add(c.figure.key);
    }
    const figureRows = [];
    for (let i = from; i < grid.length; i++)
        if (figureRow(grid[i], labelCol))
            figureRows.push(i);
    if (figureRows.length < 2)
        return [];
    const starts = [];
    let labelledAbove = false;
    let lastHeading = -1;
    let f = 0;
    for (let i = figureRows[0]; i < figureRows[figureRows.length - 1]; i++) {
        const row = grid[i];
        if (figureRow(row, labelCol)) {
            f++;
            if (row.cells.some((c) => shown(c) && c.g0 <= labelCol))
                labelledAbove = true;
            continue;
        }
        if (!labelledAbove)
            continue;
        const over = row.cells.filter((c) => shown(c) && c.g0 > labelCol && !MARKS.test(c.text));
        if (over.length === 0 || !over.every((c) => headingText(c.text)))
            continue;
        const label = row.cells.filter((c) => shown(c) && c.g0 <= labelCol);
        if (!label.every((c) => headingText(c.text)))
            continue;
        const covered = [...keys].filter((k) => over.some((c) => c.g0 <= k && k < c.g1));
        if (covered.length < 2)
            continue;
        const next = grid[figureRows[f]];
        if (!next.cells.some((c) => c.figure && covered.includes(c.figure.key)))
            continue;
        // Heading rows one under another start one block.
        const joined = lastHeading >= 0 && figureRows.every((r) => r < lastHeading || r > i);
        lastHeading = i;
        if (joined)
            continue;
        let start = i;
        while (start - 1 > figureRows[0] && titleOrBlank(grid[start - 1], labelCol))
            start--;
        starts.push(start);
    }
    return starts;
}
/** A row with no figure of the body and at most one cell of text: blank, or a title. */
function titleOrBlank(row, labelCol) {
    const cells = row.cells.filter(shown);
    return cells.length <= 1 && !figureRow(row, labelCol) && !cells.some((c) => c.figure);
}
//# sourceMappingURL=stacked.js.map