"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tagsOf = tagsOf;
exports.dataSchedules = dataSchedules;
exports.tagText = tagText;
/**
 * Financial data schedules (EX-27, filings of 1997 to 2001): the tag lines that FL303 pairs and the
 * statement ties read (`<TOTAL-ASSETS>  12,724`), found page by page and kept with each page across
 * edits (pageKept.ts), and grouped into schedules from one `<TYPE>` line to the next.
 */
const decimal_1 = require("../decimal");
const pageKept_1 = require("../pageKept");
const regions_1 = require("../parse/regions");
/**
 * A document's type line, or a schedule's tag read here: its balance-sheet totals (assets,
 * liabilities and equity, current assets and liabilities, cash), its revenues, incomes and earnings per
 * share, and what says its unit and period.
 */
const TAG = /^\s*<(TYPE|TOTAL-ASSETS|TOTAL-LIABILIT(?:Y|IES)-AND-EQUITY|NET-INCOME|MULTIPLIER|PERIOD-TYPE|PERIOD-END|CASH|CURRENT-ASSETS|CURRENT-LIABILITIES|TOTAL-REVENUES|INCOME-PRETAX|INCOME-CONTINUING|EPS-PRIMARY|EPS-BASIC|EPS-DILUTED)>[ \t]*(\S.*)?$/i;
const TAGS = {
    TYPE: 'TYPE',
    'TOTAL-ASSETS': 'ASSETS',
    'TOTAL-LIABILITY-AND-EQUITY': 'LIABILITIES',
    'TOTAL-LIABILITIES-AND-EQUITY': 'LIABILITIES',
    'NET-INCOME': 'NET-INCOME',
    MULTIPLIER: 'MULTIPLIER',
    'PERIOD-TYPE': 'PERIOD-TYPE',
    'PERIOD-END': 'PERIOD-END',
    CASH: 'CASH',
    'CURRENT-ASSETS': 'CURRENT-ASSETS',
    'CURRENT-LIABILITIES': 'CURRENT-LIABILITIES',
    'TOTAL-REVENUES': 'TOTAL-REVENUES',
    'INCOME-PRETAX': 'INCOME-PRETAX',
    'INCOME-CONTINUING': 'INCOME-CONTINUING',
    // Schedules after SFAS 128 (1997) tag basic earnings per share either way.
    'EPS-PRIMARY': 'EPS-PRIMARY',
    'EPS-BASIC': 'EPS-PRIMARY',
    'EPS-DILUTED': 'EPS-DILUTED',
};
/** Each page's tag lines, kept with the page across edits. */
const kept = (0, pageKept_1.pageSlot)();
const movedTag = (t, delta) => ({ ...t, line: t.line + delta });
function tagsOf(page, lines, flags) {
    return (0, pageKept_1.keptWithPage)(kept, page, movedTag) ?? (0, pageKept_1.keepWithPage)(kept, page, scanTags(page, lines, flags));
}
function scanTags(page, lines, flags) {
    const tags = [];
    for (let l = page.from; l < page.to; l++) {
        const text = lines[l];
        // A line without `<` is not a tag line: most are passed over on that alone.
        if (flags[l] & regions_1.SKIPPED_LINE || !text.includes('<'))
            continue;
        const m = TAG.exec(text);
        if (!m)
            continue;
        const name = m[1].toUpperCase();
        const tag = TAGS[name];
        const figures = [];
        if (tag !== 'TYPE' && m[2] !== undefined) {
            const offset = text.length - m[2].length;
            for (const f of m[2].matchAll(/\S+/g)) {
                const start = offset + f.index;
                figures.push({ value: (0, decimal_1.parseNumber)(f[0])?.value, start, end: start + f[0].length });
            }
        }
        tags.push({ line: l, tag, name, figures });
    }
    return tags;
}
/** The document's financial data schedules (runs of tag lines after a `<TYPE>` line). */
function dataSchedules(model) {
    const out = [];
    let current;
    for (const page of model.pages) {
        for (const t of tagsOf(page, model.lines, model.flags)) {
            if (t.tag === 'TYPE') {
                current = { tags: [] };
                out.push(current);
            }
            else
                current?.tags.push(t);
        }
    }
    return out.filter((s) => s.tags.length > 0);
}
/**
 * The text of a tag line's `k`th figure (`DEC-31-1995`, `YEAR`, `1,000`; one a period in a schedule
 * of several), as written.
 */
function tagText(model, t, k = 0) {
    const f = t.figures[k];
    return f ? model.lines[t.line].slice(f.start, f.end) : '';
}
//# sourceMappingURL=dataSchedules.js.map