"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revenueShares = void 0;
/**
 * Shares of revenues that a discussion prints under its figures: "General and administrative
 * expenses 1,513 1,801" over "General and administrative expenses as a percentage of revenues 7.4%
 * 7.3%", in a table that does not print the revenues (the income statement does). A reader divides
 * each figure by the statement's revenues for the column's period and rounds to the places printed.
 *
 * A share is read where its row's label names the figure row right above it (its words, then `as a
 * percentage of revenues`, `of net sales`, `of total revenues`), and its column's period is one
 * income statement's column (the same year, months and length: statements.ts `samePeriod`), whose
 * revenues line (its total of revenues, else its one line of sales or revenues) gives the base. A
 * table that prints revenues itself is FL102's (its shares are of its own column).
 *
 * The figures are rounded, so a share agrees where the printed percent, within half its last place,
 * meets the ratio of the figure and the revenues each within half of theirs.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const prose_1 = require("./prose");
const statements_1 = require("./statements");
/** `as a percentage of revenues`, `as a percent of total net sales`, `as a % of net revenues`. */
const OF_REVENUES = /\bas\s+an?\s+(?:percent(?:age)?|%)\s+of\s+(?:(?:total|net|consolidated)\s+)*(?:revenues?|sales)\b/i;
/**
 * A share row's label, as far as its `revenues` or `sales`, and the figure it names before `as a
 * percentage of`: null for another label, or one with words after the revenues (`... of revenues
 * of the segment`).
 */
function shareLabel(label) {
    const m = OF_REVENUES.exec(label);
    if (!m)
        return null;
    const end = m.index + m[0].length;
    if (/[a-z]/i.test(label.slice(end)))
        return null;
    let cut = m.index;
    while (cut > 0 && (label[cut - 1] === ',' || /\s/.test(label[cut - 1])))
        cut--;
    return { label: label.slice(0, end).replace(/\s+/g, ' '), named: label.slice(0, cut) };
}
/** A column of a quarter (`1998 1st`, `Fourth Quarter`, `Q2`), which a year's revenues are not the base of. */
const QUARTER = /\b(?:1st|2nd|3rd|4th|first|second|third|fourth|q[1-4]|quarters?)\b/i;
/** A label's words, for comparing two labels that name one line: letters and digits, one space apart. */
function words(label) {
    return (0, statements_1.bareLabel)(label)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** The shares of revenues the document's tables print, each against its income statement; once per model. */
exports.revenueShares = (0, memo_1.memoize)((model) => {
    const incomes = model.tables.filter((t) => (0, statements_1.statementKind)(t) === 'income' && (0, statements_1.tiedRow)(t, 'revenues'));
    if (incomes.length === 0)
        return [];
    const out = [];
    for (const table of model.tables) {
        for (const found of shareRows(table)) {
            for (const column of table.columns) {
                const share = shareIn(table, found, column, incomes);
                if (share)
                    out.push(share);
            }
        }
        if (isTableOfShares(table, model.lines))
            out.push(...sharesOfTable(table, incomes));
    }
    return out;
});
/**
 * Said over a table of shares: `as a percentage of sales`, `percent of net revenues`, `% of total
 * net sales`; or a title cut at its line's end after `percentage of` (the base on the next line).
 */
const OF_REVENUES_OVER = /\b(?:percent(?:age)?s?|%)\s+of(?:\s+(?:(?:total|net|consolidated)\s+)*(?:revenues?|sales)\b|\s*$)/i;
/**
 * Whether a table prints only shares of revenues, its figures left to the income statement (the
 * discussion's `Major items in the statements of operations, expressed as a percentage of sales`):
 * not a statement, no figure above 100, and either its title or headers say so, or its revenues row
 * prints 100 in every column.
 */
const isTableOfShares = (0, memo_1.memoize)((table, lines) => {
    if ((0, statements_1.statementKind)(table) !== null)
        return false;
    let valued = 0;
    for (const row of table.rows) {
        for (const cell of row.cells) {
            if (!cell?.value)
                continue;
            if ((0, decimal_1.cmp)((0, decimal_1.abs)(cell.value), HUNDRED) > 0)
                return false;
            valued++;
        }
    }
    if (valued < 4)
        return false;
    const revenues = (0, statements_1.tiedRow)(table, 'revenues');
    if (revenues &&
        revenues.cells.some((c) => c?.value) &&
        revenues.cells.every((c) => !c?.value || (0, decimal_1.cmp)(c.value, HUNDRED) === 0)) {
        return true;
    }
    if (revenues)
        return false;
    const firstRow = table.rows[0]?.line ?? table.endLine;
    const over = [table.untitled ? '' : table.title, ...table.columns.map((c) => c.header)];
    // A title's words run on to the header: read its next lines too (not an HTML table's, whose lines are its source's).
    if (table.source !== 'html' && table.titleLine >= 0) {
        for (let l = table.titleLine + 1; l < Math.min(table.titleLine + 3, firstRow); l++)
            over.push(lines[l] ?? '');
    }
    return over.some((text) => OF_REVENUES_OVER.test(text.trim()));
});
const HUNDRED = (0, decimal_1.decimal)(100n, 0);
/**
 * A table of shares against the income statements: each row whose words are one line's of a
 * statement (`Selling, general, and administrative`), in each column whose period is one of the
 * statement's, is that line's figure over the statement's revenues.
 */
function sharesOfTable(table, incomes) {
    const out = [];
    for (const row of table.rows) {
        if (row.kind === 'heading')
            continue;
        const named = words(row.label);
        if (named === '')
            continue;
        for (const column of table.columns) {
            const cell = row.cells[column.index];
            if (!cell?.value || column.index === 0)
                continue;
            if ((0, statements_1.yearOf)(column) === null)
                continue;
            let found = null;
            let tied = true;
            for (const statement of incomes) {
                const theirs = columnOfPeriod(table, column, statement);
                if (!theirs)
                    continue;
                const revenueRow = (0, statements_1.tiedRow)(statement, 'revenues');
                const lines = statement.rows.filter((r) => r.kind !== 'heading' && words(r.label) === named);
                // A line the statement prints twice (net income, and its amount per share) is not one figure.
                if (lines.length !== 1 || lines[0] === revenueRow)
                    continue;
                const figure = lines[0].cells[theirs.index];
                const revenue = revenueRow.cells[theirs.index];
                if (!figure?.value || figure.percent || !revenue?.value || revenue.percent || revenue.value.units === 0n) {
                    continue;
                }
                if (found &&
                    ((0, decimal_1.cmp)((0, statements_1.withScale)(revenue.value, statement), (0, statements_1.withScale)(found.revenue.value, found.revenueTable)) !== 0 ||
                        (0, decimal_1.cmp)((0, statements_1.withScale)(figure.value, statement), (0, statements_1.withScale)(found.figure.value, found.revenueTable)) !== 0)) {
                    tied = false;
                    break;
                }
                found ??= { figure, figureRow: lines[0], revenue, revenueTable: statement };
            }
            if (!found || !tied || found.figure.value.units === 0n)
                continue;
            const n = (0, decimal_1.abs)((0, statements_1.withScale)(found.figure.value, found.revenueTable));
            const r = (0, decimal_1.abs)((0, statements_1.withScale)(found.revenue.value, found.revenueTable));
            const p = (0, decimal_1.abs)(cell.value);
            const half = (v) => (0, statements_1.halfInDollars)(v, found.revenueTable);
            out.push({
                table,
                row,
                label: (0, statements_1.printedLabel)(row.label),
                layout: 'table',
                column,
                cell,
                ...found,
                computed: (0, decimal_1.percentOf)(n, r, p.scale),
                finer: finerShare(n, r, p.scale),
                ok: agrees(p, n, half(found.figure.value), r, half(found.revenue.value)),
            });
        }
    }
    return out;
}
/** A statement's column of the same period as a table's column: the same year, months and length. */
function columnOfPeriod(table, column, statement) {
    const year = (0, statements_1.yearOf)(column);
    const quarter = isQuarter(table, column);
    return statement.columns.find((c) => c.index > 0 &&
        (0, statements_1.yearOf)(c) === year &&
        (0, statements_1.samePeriod)(table, column, statement, c) &&
        quarter === isQuarter(statement, c));
}
/** Whether a column is a quarter's, which a year's revenues are not the base of (nor the reverse). */
function isQuarter(table, column) {
    return QUARTER.test(column.header) || (0, prose_1.statementMonths)(table, column.header) === 3;
}
/** A table's rows of shares of revenues, each with the figure row it is of; once per table object. */
const shareRows = (0, memo_1.memoize)((table) => {
    if ((0, statements_1.statementKind)(table) !== null || (0, statements_1.tiedRow)(table, 'revenues'))
        return [];
    const out = [];
    table.rows.forEach((row, k) => {
        const m = row.kind === 'heading' ? null : shareLabel((0, statements_1.bareLabel)(row.label));
        if (!m)
            return;
        let above = k - 1;
        while (above >= 0 && table.rows[above].kind === 'heading')
            above--;
        const figureRow = table.rows[above];
        if (!figureRow)
            return;
        const named = words(m.named);
        const figures = words(figureRow.label);
        // The share names its figure row: its words, or the label before a note of what it holds.
        if (named === '' || !(named === figures || figures.startsWith(`${named} `) || named.startsWith(`${figures} `))) {
            return;
        }
        out.push({ row, label: m.label, figureRow });
    });
    return out;
});
function shareIn(table, found, column, incomes) {
    const { row, figureRow } = found;
    const cell = row.cells[column.index];
    const figure = figureRow.cells[column.index];
    if (!cell?.value || !figure?.value || figure.percent || figure.value.units === 0n)
        return null;
    if ((0, statements_1.yearOf)(column) === null)
        return null;
    // The statements' revenues for the period: none, or two that disagree, ties nothing.
    let base = null;
    for (const statement of incomes) {
        const theirs = columnOfPeriod(table, column, statement);
        // Units unknown on one side only leave the base unknown (a note's `in millions` read, the statement's not).
        if ((table.scale === null) !== (statement.scale === null))
            continue;
        const revenue = theirs && (0, statements_1.tiedRow)(statement, 'revenues')?.cells[theirs.index];
        if (!revenue?.value || revenue.percent || revenue.value.units === 0n)
            continue;
        if (base && (0, decimal_1.cmp)((0, statements_1.withScale)(revenue.value, statement), (0, statements_1.withScale)(base.revenue.value, base.revenueTable)) !== 0) {
            return null;
        }
        base ??= { revenue, revenueTable: statement };
    }
    if (!base)
        return null;
    const n = (0, decimal_1.abs)((0, statements_1.withScale)(figure.value, table));
    const r = (0, decimal_1.abs)((0, statements_1.withScale)(base.revenue.value, base.revenueTable));
    const p = (0, decimal_1.abs)(cell.value);
    const computed = (0, decimal_1.percentOf)(n, r, p.scale);
    const finer = finerShare(n, r, p.scale);
    const ok = agrees(p, n, (0, statements_1.halfInDollars)(figure.value, table), r, (0, statements_1.halfInDollars)(base.revenue.value, base.revenueTable));
    return {
        table,
        row,
        label: found.label,
        figureRow,
        layout: 'under',
        column,
        cell,
        figure,
        ...base,
        computed,
        finer,
        ok,
    };
}
/**
 * The share to two places more than printed, or more where two would hide which way it rounds
 * (8.495% of a whole percent is 8, where 8.50 would read as 9).
 */
function finerShare(n, r, scale) {
    const rounded = (0, decimal_1.percentOf)(n, r, scale);
    for (let more = 2;; more++) {
        const finer = (0, decimal_1.percentOf)(n, r, scale + more);
        if (more === 4 || (0, decimal_1.cmp)((0, decimal_1.percentOf)(finer, HUNDRED, scale), rounded) === 0)
            return finer;
    }
}
/**
 * Whether the printed percent `p`, within half its last place, meets the ratio of the figure `n` and
 * the revenues `r` (in dollars), each within its half unit `hn`, `hr`: (p - hp)(r - hr) <= 100 (n + hn)
 * and (p + hp)(r + hr) >= 100 (n - hn).
 */
function agrees(p, n, hn, r, hr) {
    const hp = (0, decimal_1.decimal)(5n, p.scale + 1);
    const hundred = (0, decimal_1.decimal)(100n, 0);
    const low = (0, decimal_1.cmp)((0, decimal_1.mul)((0, decimal_1.sub)(p, hp), (0, decimal_1.sub)(r, hr)), (0, decimal_1.mul)(hundred, (0, decimal_1.add)(n, hn))) <= 0;
    const high = (0, decimal_1.cmp)((0, decimal_1.mul)((0, decimal_1.add)(p, hp), (0, decimal_1.add)(r, hr)), (0, decimal_1.mul)(hundred, (0, decimal_1.sub)(n, hn))) >= 0;
    return low && high;
}
//# sourceMappingURL=revenueShares.js.map