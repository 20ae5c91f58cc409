"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isYear = exports.onlyYears = void 0;
exports.yearsOnly = yearsOnly;
exports.headerWords = headerWords;
exports.findTitle = findTitle;
exports.findScale = findScale;
const header_1 = require("../header");
const YEAR = /^(?:19|20)\d\d$/;
/** How many years a row's figures are when they are only years (`2009   2008`); 0 when any is not. */
function yearsOnly(row) {
    let years = 0;
    for (const c of row.cells) {
        if (!c.figure)
            continue;
        if (!YEAR.test(c.figure.text))
            return 0;
        years++;
    }
    return years;
}
/** Whether a row's figures are only years (`2009   2008`): a heading over columns, not data. */
const onlyYears = (row) => yearsOnly(row) > 0;
exports.onlyYears = onlyYears;
/** Whether a figure is a year (`2009`). */
const isYear = (text) => YEAR.test(text);
exports.isYear = isYear;
/**
 * The header words over grid column `key`: the text of each header row's cell that covers it, top
 * down (a heading with `colspan` over a group of columns heads each of them).
 */
function headerWords(headerRows, key) {
    const words = [];
    for (const row of headerRows) {
        const cell = row.cells.find((c) => c.g0 <= key && key < c.g1);
        if (cell?.text && !cell.absorbed)
            words.push(cell.text);
    }
    return words.join(' ');
}
const UNIT_NOTE = /^\(?(?:in|dollars|amounts)\b[^)]*\)?$/i;
const ASIDE = /^\([^()]*\)$/;
/** `as of the Statistical Calculation Date`, `at December 31, 2009`: when, not what. */
const ONLY_WHEN = /^(?:as\s+of|at|for\s+the|year\s+ended|(?:three|six|nine|twelve)\s+months)\b/i;
const CONTINUATION = /^[a-z]/;
const MAX_TITLE = 120;
const LETTER = /[A-Za-z]/;
/** The links filing agents put at the top of each page. */
const NAVIGATION = /^(?:table\s+of\s+contents|index|back\s+to\s+(?:top|contents|index)|return\s+to\s+(?:top|contents))$/i;
/** Paragraphs above a table read for its title, nearest first. */
const TITLE_BLOCKS = 3;
/**
 * The title: the caption, else the nearest short paragraph above the table that names it. A
 * paragraph that only says when (`as of the Statistical Calculation Date`), a unit note or an aside
 * in parentheses is passed over for the one above it.
 */
function findTitle(caption, before) {
    if (caption && caption.text.length <= MAX_TITLE)
        return caption;
    let fallback = null;
    for (let k = before.length - 1; k >= 0 && before.length - k <= TITLE_BLOCKS; k--) {
        const b = before[k];
        if (b.text.length > MAX_TITLE || b.text.endsWith('.'))
            break;
        // A page's number and its link back to the contents sit between a title and its table.
        if (UNIT_NOTE.test(b.text) || ASIDE.test(b.text) || !LETTER.test(b.text) || NAVIGATION.test(b.text))
            continue;
        if (ONLY_WHEN.test(b.text) || CONTINUATION.test(b.text)) {
            fallback ??= b;
            continue;
        }
        return b;
    }
    return fallback;
}
/** A declared unit (`(in thousands)`) in the caption, the paragraphs right above, or the header rows. */
function findScale(src, caption, before, headerRows) {
    const blocks = [];
    if (caption)
        blocks.push(caption);
    blocks.push(...before.slice(-TITLE_BLOCKS));
    for (const row of headerRows) {
        for (const c of row.cells)
            if (c.text)
                blocks.push({ text: c.text, start: c.raw.start });
    }
    for (const b of blocks) {
        const note = (0, header_1.scaleNoteIn)(b.text);
        if (note)
            return { ...note, line: src.lineOf(b.start) };
    }
    return null;
}
//# sourceMappingURL=header.js.map