"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.holdingsSummary = void 0;
exports.pageTotalsRead = pageTotalsRead;
/**
 * A Form 13F holdings report states on its summary page how many entries its information table holds
 * and their total value (`Form 13F Information Table Entry Total: 548`, `Form 13F Information Table
 * Value Total: $3,906,014`, in thousands of dollars); the table lists the entries, one row each, with
 * the columns the form prescribes: issuer, class, CUSIP, value (x$1000), shares or principal amount,
 * `SH` or `PRN`, investment discretion, other managers, voting authority.
 *
 * The entries are read from the lines, not from the tables the parser makes of the pages: an entry is
 * a line whose value and share amount stand side by side before `SH`, `PRN` or the discretion
 * (`SOLE`, `DEFINED`, `SHARED`), which every row of the form prints whatever its layout (a CUSIP
 * mangled by a spreadsheet into `8.76E+110`, or an empty `SH/PRN` cell, does not hide the row). Both
 * are found page by page and kept with each page across edits (pageKept.ts).
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const pageKept_1 = require("../pageKept");
const regions_1 = require("../parse/regions");
/** A line of the summary page stating one of the two totals, and the figure's place. */
const STATED = /\bInformation\s+Table\s+(Entry|Value)\s+Total\b[\s:]*(\$\s?)?(\d[\d,]*(?:\.\d+)?)/i;
/** A row of the information table: value and shares side by side, then `SH`/`PRN` or the discretion. */
const ENTRY = /\s(?:\$\s?)?(\d[\d,]*)\s+(?:\$\s?)?\d[\d,]*\s+(?:SH|PRN|SOLE|DEFINED|SHARED)\b/i;
/** CUSIP, value and share amount side by side, then `SH`/`PRN` and `PUT`/`CALL` where printed. */
const HOLDING = /(?:^|\s)([0-9A-Z]{8}[0-9])\s+(?:\$\s?)?(\d[\d,]*)\s+(?:\$\s?)?(\d[\d,]*)(?:\s+(SH|PRN)\b)?(?:\s+(PUT|CALL)\b)?/i;
/** The investment discretion after the amount (`SOLE`, `DEFINED`, `SHARED-OTHER`, `OTHER*`). */
const DISCRETION = /^\s+(?:SOLE|DEFINED|SHARED(?:-(?:DEFINED|OTHER))?|OTHER)\*?(?=\s|$)/i;
/** The other managers' numbers: `1`, `1,2`, `1, 2` (never a share amount, whose groups have three digits). */
const MANAGERS = /^\d{1,2}(?:,\s?\d{1,2})*$/;
/** The voting authority figures after the discretion, summed; undefined where they are not all figures. */
function votingAfter(text, from) {
    const d = DISCRETION.exec(text.slice(from));
    if (!d)
        return undefined;
    const tokens = [];
    const re = /\S+/g;
    const rest = text.slice(from + d[0].length);
    for (let m = re.exec(rest); m; m = re.exec(rest))
        tokens.push({ text: m[0], at: from + d[0].length + m.index });
    if (tokens.length >= 2 && MANAGERS.test(tokens[0].text))
        tokens.shift();
    if (tokens.length === 0 || tokens.length > 3)
        return undefined;
    let sum = (0, decimal_1.decimal)(0n, 0);
    for (const t of tokens) {
        const n = (0, decimal_1.parseNumber)(t.text);
        if (!n || n.value.scale !== 0 || n.value.units < 0n)
            return undefined;
        sum = (0, decimal_1.add)(sum, n.value);
    }
    const last = tokens[tokens.length - 1];
    return { sum, at: tokens[0].at, end: last.at + last.text.length };
}
function holdingOf(text) {
    const m = HOLDING.exec(text);
    const shares = m && (0, decimal_1.parseNumber)(m[3])?.value;
    if (!m || !shares)
        return undefined;
    const cusipAt = m.index + m[0].indexOf(m[1]);
    const valueAt = text.indexOf(m[2], cusipAt + m[1].length);
    const sharesAt = text.indexOf(m[3], valueAt + m[2].length);
    return {
        cusip: m[1].toUpperCase(),
        unit: (m[4] ?? '').toUpperCase(),
        option: m[5] !== undefined,
        valueAt,
        valueText: m[2],
        shares,
        sharesAt,
        sharesText: m[3],
        voting: votingAfter(text, m.index + m[0].length),
    };
}
/**
 * A value total printed after a page's entries (`FAIR MARKET VALUE TOTAL:   293,169`, `PAGE TOTAL`):
 * words, then `TOTAL`, then figures only, the first the value; not the summary's totals, nor a grand
 * total over the pages (pageTotalIn).
 */
const TOTAL_WORD = /\bTOTALS?\b/i;
const WORDS_BEFORE = /^[A-Za-z&.' \t-]*$/;
const NOT_PAGE_TOTAL = /\bgrand\b|information\s+table/i;
/** The value a page total line states, and where it stands (`$` included); null for any other line. */
function pageTotalIn(text) {
    const word = TOTAL_WORD.exec(text);
    if (!word || !WORDS_BEFORE.test(text.slice(0, word.index)) || NOT_PAGE_TOTAL.test(text))
        return null;
    // What follows: a colon, then figures only (a `$` set apart from the first, or not).
    const tokens = [];
    const re = /\S+/g;
    re.lastIndex = word.index + word[0].length;
    for (let m = re.exec(text); m; m = re.exec(text))
        tokens.push({ text: m[0], at: m.index });
    if (tokens[0]?.text === ':')
        tokens.shift();
    else if (tokens[0]?.text.startsWith(':'))
        tokens[0] = { text: tokens[0].text.slice(1), at: tokens[0].at + 1 };
    let start = -1;
    if (tokens[0]?.text === '$')
        start = tokens.shift().at;
    if (tokens.length === 0)
        return null;
    let first = null;
    for (const t of tokens) {
        const n = (0, decimal_1.parseNumber)(t.text);
        if (!n)
            return null;
        first ??= n.value;
    }
    const head = tokens[0];
    return { value: first, start: start >= 0 ? start : head.at, end: head.at + head.text.length };
}
/** Each page's summary lines, and (read only for pages at or after a summary) its entries and totals. */
const statedKept = (0, pageKept_1.pageSlot)();
const entriesKept = (0, pageKept_1.pageSlot)();
const pageTotalsKept = (0, pageKept_1.pageSlot)();
const movedStated = (t, delta) => ({
    ...t,
    span: { ...t.span, line: t.span.line + delta },
});
const movedEntry = (e, delta) => ({ ...e, line: e.line + delta });
const movedTotal = (t, delta) => ({
    ...t,
    span: { ...t.span, line: t.span.line + delta },
});
function pageTotalsOf(page, lines, flags) {
    return ((0, pageKept_1.keptWithPage)(pageTotalsKept, page, movedTotal) ??
        (0, pageKept_1.keepWithPage)(pageTotalsKept, page, scanPageTotals(page, lines, flags)));
}
function scanPageTotals(page, lines, flags) {
    const out = [];
    for (let l = page.from; l < page.to; l++) {
        const text = lines[l];
        if (flags[l] & regions_1.SKIPPED_LINE || !(text.includes('TOTAL') || text.includes('Total')))
            continue;
        const total = pageTotalIn(text);
        if (!total || ENTRY.test(text))
            continue;
        out.push({ value: total.value, span: { line: l, start: total.start, end: total.end } });
    }
    return out;
}
function statedOf(page, lines, flags) {
    return (0, pageKept_1.keptWithPage)(statedKept, page, movedStated) ?? (0, pageKept_1.keepWithPage)(statedKept, page, scanStated(page, lines, flags));
}
function entriesOf(page, lines, flags) {
    return ((0, pageKept_1.keptWithPage)(entriesKept, page, movedEntry) ?? (0, pageKept_1.keepWithPage)(entriesKept, page, scanEntries(page, lines, flags)));
}
function scanStated(page, lines, flags) {
    const out = [];
    for (let l = page.from; l < page.to; l++) {
        const text = lines[l];
        // Nearly every line is passed over on a native search for a word the pattern needs.
        if (flags[l] & regions_1.SKIPPED_LINE || !(text.includes('Table') || text.includes('TABLE') || text.includes('table'))) {
            continue;
        }
        const m = STATED.exec(text);
        const value = m && (0, decimal_1.parseNumber)(m[3])?.value;
        if (!m || !value)
            continue;
        // The figure's place, `$` included where it is written.
        const written = (m[2] ?? '') + m[3];
        const start = m.index + m[0].length - written.length;
        out.push({
            kind: m[1].toLowerCase() === 'entry' ? 'entries' : 'value',
            value,
            span: { line: l, start, end: start + written.length },
        });
    }
    return out;
}
function scanEntries(page, lines, flags) {
    const out = [];
    for (let l = page.from; l < page.to; l++) {
        if (flags[l] & regions_1.SKIPPED_LINE)
            continue;
        const e = ENTRY.exec(lines[l]);
        const value = e && (0, decimal_1.parseNumber)(e[1])?.value;
        if (!value)
            continue;
        const holding = holdingOf(lines[l]);
        // The entry's value is the one its CUSIP stands before, or the security is not known.
        out.push(holding?.valueAt === e.index + e[0].indexOf(e[1]) ? { line: l, value, holding } : { line: l, value });
    }
    return out;
}
/** Each page total of a summary's entries, with the entries it adds; none where no entry stands before it. */
function pageTotalsRead(summary) {
    const out = [];
    let e = 0;
    for (const total of summary.pageTotals) {
        const entries = [];
        let sum = (0, decimal_1.decimal)(0n, 0);
        for (; e < summary.rows.length && summary.rows[e].line < total.span.line; e++) {
            entries.push(summary.rows[e]);
            sum = (0, decimal_1.add)(sum, summary.rows[e].value);
        }
        if (entries.length > 0)
            out.push({ total, entries, sum });
    }
    return out;
}
/**
 * The document's Form 13F summary (the first stating its entry total or value total) against the
 * entries below it; null for a document with no such summary, or no entries after it. Worked out
 * once per model: FL307 and FL310 both read it.
 */
exports.holdingsSummary = (0, memo_1.memoize)(findHoldingsSummary);
function findHoldingsSummary(model) {
    let summary = null;
    // The line of the last summary line read: entries are those below it.
    let after = -1;
    for (const page of model.pages) {
        const stated = statedOf(page, model.lines, model.flags);
        if (!summary && stated.length === 0)
            continue;
        const entries = entriesOf(page, model.lines, model.flags);
        const totals = pageTotalsOf(page, model.lines, model.flags);
        let e = 0;
        for (const t of stated) {
            // A second summary (an amendment restating it) ends the first report's entries.
            for (; e < entries.length && entries[e].line < t.span.line; e++)
                if (summary)
                    count(summary, entries[e], after);
            if (summary && summary.count > 0) {
                for (const total of totals) {
                    if (total.span.line > after && total.span.line < t.span.line)
                        summary.pageTotals.push(total);
                }
                return summary;
            }
            summary ??= { count: 0, sum: (0, decimal_1.decimal)(0n, 0), rows: [], pageTotals: [] };
            summary[t.kind] ??= t;
            after = t.span.line;
        }
        if (summary) {
            for (; e < entries.length; e++)
                count(summary, entries[e], after);
            for (const t of totals)
                if (t.span.line > after)
                    summary.pageTotals.push(t);
        }
    }
    return summary && summary.count > 0 ? summary : null;
}
function count(summary, entry, after) {
    if (entry.line <= after)
        return;
    summary.count++;
    summary.sum = (0, decimal_1.add)(summary.sum, entry.value);
    summary.rows.push(entry);
    summary.firstEntry ??= entry.line;
    summary.lastEntry = entry.line;
}
//# sourceMappingURL=holdingsSummary.js.map