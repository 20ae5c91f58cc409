"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.poolSummaryComparisons = void 0;
/**
 * What a prospectus's summary of its pool states (CarMax's `Composition of the Receivables`:
 * `Average Principal Balance  $13,967.52`, `Weighted Average Contract Rate  9.45%`, `Weighted
 * average remaining term  59.70 months`) against what the pool's own tables give: the pool's agreed
 * balance over its agreed count, and the weighted average of the table that stratifies the pool by
 * the figure's subject (`by Contract Rate`), exact over numeric labels or bounded by range buckets.
 */
const decimal_1 = require("../decimal");
const pool_1 = require("../pool");
const memo_1 = require("../memo");
const index_1 = require("./index");
const AVERAGE_BALANCE = /^average\s+(?:(?:current|outstanding|remaining|principal|loan|receivable|cut-off\s+date)\s+){0,3}(?:principal\s+)?balance\b/i;
/** On a label of single spaces (`plain`): `Weighted Average Contract Rate`, `... Original Term (months)`. */
const WEIGHTED_AVERAGE = /^weighted average (.+)$/i;
const UNIT_ASIDE = / \([a-z]+\)$/i;
/** A figure as a row's last word, and the unit that may follow it (`59.70 months`, `9.45%`). */
const FIGURE_WORD = /^\$?\d[\d,]*(?:\.\d+)?%?$/;
const UNIT_WORD = /^(?:%|months?|years?)$/i;
/** Column headings that name the whole pool where a summary has columns by part of it. */
const WHOLE = /^(?:total|aggregate|all\b.*|pool)$/i;
const SMALL_WORDS = new Set(['of', 'the', 'to', 'at', 'and', 'a', 'as', 'by', 'in', 'on']);
/** Words with single spaces between them and no leaders or colon after them: `Pool Balance....:` is `Pool Balance`. */
function plain(text) {
    const single = text.replace(/\s+/g, ' ').trim();
    let end = single.length;
    while (end > 0 && '.: '.includes(single[end - 1]))
        end--;
    return single.slice(0, end);
}
/** A heading row's words and the figure written last among them (`Weighted average remaining term 59.70 months`). */
function trailingFigure(label) {
    const parts = plain(label).split(' ');
    if (parts.length > 1 && UNIT_WORD.test(parts[parts.length - 1]))
        parts.pop();
    const figure = parts.pop();
    if (!figure || parts.length === 0 || !FIGURE_WORD.test(figure))
        return null;
    return { words: parts.join(' '), figure: figure.replace(/%$/, '') };
}
/** A word as titles and labels write it, in the singular: `rates` and `rate` are one. */
const stem = (w) => w.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
const words = (s) => s.split(/[^A-Za-z0-9-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
/**
 * The column of a summary that speaks for the whole pool: its one column of figures, or the one
 * headed `Total`. A table of several pools side by side (a sponsor's earlier trusts) has none.
 */
function wholeColumn(table) {
    const figures = table.columns.filter((c) => c.kind !== 'label' && table.rows.some((r) => r.cells[c.index]?.value));
    if (figures.length === 1)
        return figures[0].index;
    const whole = figures.filter((c) => WHOLE.test(c.header.trim()));
    return whole.length === 1 ? whole[0].index : null;
}
/** Where a summary row's figure is: its cell, or the words and figure of a heading found in the lines. */
function figureOf(model, table, s) {
    if (s.cell)
        return { text: s.cell.text.trim(), span: s.cell.span };
    const t = s.written;
    // Where the words are written: a text table's row is its lines; an HTML row is found by its words,
    // in the table's source, with the figure after them (in a cell of its own, a line or a few below).
    const [first, last] = table.source === 'html' ? [table.startLine, table.endLine] : [s.row.line, s.row.line];
    for (let l = first; l <= last; l++) {
        const words = table.source === 'html' ? model.lines[l].indexOf(t.words) : 0;
        if (words < 0)
            continue;
        const from = table.source === 'html' ? words + t.words.length : 0;
        for (let k = l; k <= Math.min(last, l + 12); k++) {
            const at = model.lines[k].indexOf(t.figure, k === l ? from : 0);
            if (at >= 0)
                return { text: t.figure, span: { line: k, start: at, end: at + t.figure.length } };
        }
        return null;
    }
    return null;
}
/**
 * The rows of a summary whose words state an average balance or a weighted average in the column
 * that speaks for the whole pool. Read once per table object: a keystroke reads labels only in the
 * tables it built again; where the figures are written is found afresh (spans move with edits).
 */
const summaryRows = (0, memo_1.memoize)((table) => {
    const column = wholeColumn(table);
    if (column === null)
        return [];
    const rows = [];
    for (const row of table.rows) {
        let label;
        let cell = null;
        let written = null;
        if (row.kind === 'body' && row.cells[column]?.value) {
            cell = row.cells[column];
            label = plain(row.label);
        }
        else if (row.kind === 'heading') {
            written = trailingFigure(row.label);
            if (!written)
                continue;
            label = plain(written.words);
        }
        else
            continue;
        if (AVERAGE_BALANCE.test(label)) {
            rows.push({ row, kind: 'average-balance', label, subject: 'average principal balance', cell, written });
            continue;
        }
        const wa = WEIGHTED_AVERAGE.exec(label);
        const of = wa ? wa[1].replace(UNIT_ASIDE, '') : '';
        if (of.length >= 3 && of.length <= 60 && /[A-Za-z]{3}/.test(of)) {
            rows.push({ row, kind: 'weighted-average', label, subject: of.toLowerCase(), cell, written });
        }
    }
    return rows;
});
/** The averages and weighted averages a summary states in the column that speaks for the whole pool. */
function summaryFigures(model, table) {
    const out = [];
    for (const s of summaryRows(table)) {
        const at = figureOf(model, table, s);
        if (!at)
            continue;
        const parsed = s.cell ? { value: s.cell.value } : (0, decimal_1.parseNumber)(at.text.replace(/^\$/, ''));
        if (!parsed)
            continue;
        const { row, kind, label, subject, cell } = s;
        out.push({ table, row, kind, label, subject, value: parsed.value, text: at.text, span: at.span, cell });
    }
    return out;
}
/**
 * The pool's distributions whose title names every word of `subject` (`... by Contract Rate`,
 * `Mortgage Rates`): only tables that state the pool's agreed balance, so each is a distribution of it.
 */
function stratifiedBy(tables, subject) {
    const wanted = words(subject).map(stem);
    if (wanted.length === 0)
        return [];
    return tables
        .map((p) => p.table)
        .filter((t) => {
        const title = new Set(words(t.title).map(stem));
        return wanted.every((w) => title.has(w));
    });
}
const BALANCE = /^(?:(?:aggregate|total|pool|cut-off\s+date|current|outstanding|original|remaining|principal)\s+){0,4}balance$/i;
const COUNT = /^(?:total\s+)?number\s+of\s+(?:[a-z-]+\s+){0,2}(?:receivables|loans|contracts|leases|accounts|assets|properties)$/i;
/** Words that say nothing of which balance a row is: `Aggregate Principal Balance` and `Pool Balance` are one. */
const PLAIN_WORDS = new Set([
    'average',
    'aggregate',
    'total',
    'pool',
    'principal',
    'balance',
    'outstanding',
    'current',
]);
const qualifiers = (label) => words(label)
    .map((w) => w.toLowerCase())
    .filter((w) => !PLAIN_WORDS.has(w))
    .sort()
    .join(' ');
const plainLabel = (row) => plain(row.label);
/**
 * A summary's average balance in each column where the table also states the balance and the count
 * it is the quotient of (`Pool Balance`, `Number of Receivables`, `Average Principal Balance`): a
 * sponsor's earlier trusts side by side are each checked so, as the whole pool is. Worked out once
 * per table object: a keystroke in a filing of thousands of tables reads its rows' labels again
 * only in the tables it built again (moved tables keep their cells, spans moved in place).
 */
const ownAverages = (0, memo_1.memoize)((table) => {
    const averages = table.rows.filter((r) => r.kind === 'body' && AVERAGE_BALANCE.test(plainLabel(r)));
    const counts = table.rows.filter((r) => r.kind === 'body' && COUNT.test(plainLabel(r)));
    if (averages.length !== 1 || counts.length !== 1)
        return [];
    const average = averages[0];
    const balances = table.rows.filter((r) => r.kind === 'body' && BALANCE.test(plainLabel(r)) && qualifiers(plainLabel(r)) === qualifiers(plainLabel(average)));
    if (balances.length !== 1)
        return [];
    const out = [];
    for (const column of table.columns) {
        if (column.kind === 'label')
            continue;
        const cell = average.cells[column.index];
        const balance = balances[0].cells[column.index];
        const count = counts[0].cells[column.index];
        if (!cell?.value || !balance?.value || !count?.value || count.value.units <= 0n)
            continue;
        const computed = (0, decimal_1.quotient)(balance.value, count.value, cell.value.scale);
        const figure = {
            table,
            row: average,
            kind: 'average-balance',
            label: plainLabel(average),
            subject: 'average principal balance',
            value: cell.value,
            text: cell.text.trim(),
            span: cell.span,
            cell,
        };
        out.push({ figure, source: table, computed, over: { balance, count }, agrees: (0, decimal_1.cmp)(computed, cell.value) === 0 });
    }
    return out;
});
/**
 * Each average a summary states that its own rows or the pool's tables determine, with what they
 * give: an average balance against the balance and count of its column, or the pool's agreed ones;
 * a weighted average against the pool's table by its subject. Tables of the pool's distributions
 * are not summaries.
 */
exports.poolSummaryComparisons = (0, memo_1.memoize)((model) => {
    const pool = (0, pool_1.poolOf)(model);
    const inPool = new Set(pool.tables.map((p) => p.table));
    const { count, amount } = pool.agreed;
    const agreed = count && amount && count.units > 0n
        ? { count: pool.agreeing.count[0].count, amount: pool.agreeing.amount[0].amount }
        : null;
    const out = [];
    for (const table of model.tables) {
        if (inPool.has(table))
            continue;
        const own = ownAverages(table);
        out.push(...own);
        if (!agreed)
            continue;
        for (const figure of summaryFigures(model, table)) {
            if (figure.kind === 'average-balance') {
                if (own.some((c) => c.figure.cell === figure.cell))
                    continue;
                const computed = (0, decimal_1.quotient)(agreed.amount.value, agreed.count.value, figure.value.scale);
                const over = { balance: agreed.amount, count: agreed.count };
                out.push({ figure, source: null, computed, over, agrees: (0, decimal_1.cmp)(computed, figure.value) === 0 });
                continue;
            }
            for (const source of stratifiedBy(pool.agreeing.amount, figure.subject)) {
                const c = (0, index_1.compareFigure)('weighted-average', figure.value, (0, index_1.summarizeTable)(source));
                if (c.agrees === null || !c.computed)
                    continue;
                out.push({ figure, source, computed: c.computed, interval: c.interval, agrees: c.agrees });
            }
        }
    }
    return out;
});
//# sourceMappingURL=poolSummary.js.map