"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarizeTable = void 0;
exports.tieOut = tieOut;
exports.yearRowsLine = yearRowsLine;
exports.rollLine = rollLine;
exports.rollHolds = rollHolds;
exports.compareFigure = compareFigure;
exports.changeLine = changeLine;
exports.relationLine = relationLine;
exports.money = money;
exports.formatSummary = formatSummary;
exports.countNoun = countNoun;
/**
 * What a table says in a few figures: rows, total count and balance, average balance, the
 * balance-weighted average of numeric labels (or its interval for range labels), the largest
 * concentrations (or, for a statement, its totals and what foots), the relations its columns keep
 * across the rows, and each figure its footnotes state beside the computed one.
 */
const memo_1 = require("../memo");
const decimal_1 = require("../decimal");
const facts_1 = require("../facts");
const describe_1 = require("../checks/describe");
const products_1 = require("../facts/products");
const rollForwards_1 = require("../facts/rollForwards");
const statements_1 = require("../facts/statements");
const periodChains_1 = require("../facts/periodChains");
const percentChanges_1 = require("../facts/percentChanges");
const model_1 = require("../model");
const labels_1 = require("./labels");
const stated_1 = require("./stated");
/**
 * How the table ties out, in words: `foots`, `2 problems`, `no total row`, or `not checked` and why
 * (the first reason; the hover lists them all).
 */
function tieOut(s) {
    if (s.problems > 0)
        return `${s.problems} problem${s.problems === 1 ? '' : 's'}`;
    // notChecked is worked out when read (see computeSummary): read once.
    const notChecked = s.notChecked;
    const unchecked = notChecked.length;
    const foots = s.crossFoots ? 'foots · cross-foots' : 'foots';
    if (s.checked > 0) {
        return unchecked ? `${foots} · ${unchecked} total${unchecked === 1 ? '' : 's'} not checked` : foots;
    }
    if (s.crossFoots)
        return 'cross-foots';
    if (unchecked)
        return `not checked: ${notChecked[0]}`;
    return s.hasTotal ? 'total not checked' : 'no total row';
}
/**
 * A column's total: its total row's figure, else the sum of its rows where they are the parts of one
 * whole, as a percent column adding to 100% says. Without either, the rows of a list (a summary's
 * balance, count and average one under another) add up to nothing, and no total is claimed.
 */
function columnTotal(table, column) {
    if (!column)
        return undefined;
    const total = table.rows.find((r) => r.kind === 'total' && r.cells[column.index]?.value);
    if (total)
        return total.cells[column.index].value;
    const body = bodyRows(table);
    if (!table.columns.some((c) => c.kind === 'percent' && !(0, percentChanges_1.namesChange)(c.header) && makesWhole(body, c))) {
        return undefined;
    }
    const values = body.map((r) => r.cells[column.index]?.value).filter((v) => !!v);
    return values.length ? (0, decimal_1.sum)(values) : undefined;
}
function bodyRows(table) {
    return table.rows.filter((r) => r.kind === 'body');
}
/** Σ value_i * weight_i / Σ weight_i, to `scale` digits. */
function weighted(pairs, scale) {
    if (pairs.length === 0)
        return null;
    const vs = (0, decimal_1.maxScale)(pairs.map((p) => p.value));
    const ws = (0, decimal_1.maxScale)(pairs.map((p) => p.weight));
    let num = 0n;
    let den = 0n;
    for (const p of pairs) {
        const w = (0, decimal_1.rescale)(p.weight, ws).units;
        num += (0, decimal_1.rescale)(p.value, vs).units * w;
        den += w;
    }
    if (den <= 0n)
        return null;
    // num / den has scale vs; bring it to `scale`.
    if (scale >= vs)
        return (0, decimal_1.decimal)((0, decimal_1.divRound)(num * (0, decimal_1.pow10)(scale - vs), den), scale);
    return (0, decimal_1.decimal)((0, decimal_1.divRound)(num, den * (0, decimal_1.pow10)(vs - scale)), scale);
}
/** A table's summary, computed once per table object (unchanged pages keep their tables). */
exports.summarizeTable = (0, memo_1.memoize)(computeSummary);
function computeSummary(table) {
    const facts = (0, facts_1.factsOf)(table);
    const body = bodyRows(table);
    const countColumn = table.columns.find((c) => c.kind === 'count');
    const amountColumn = table.columns.find((c) => c.kind === 'amount');
    const totalCount = columnTotal(table, countColumn);
    const totalAmount = columnTotal(table, amountColumn);
    const averageAmount = totalCount && totalAmount && totalCount.units > 0n
        ? (0, decimal_1.quotient)(totalAmount, totalCount, Math.max(totalAmount.scale, 2))
        : undefined;
    const weightColumn = amountColumn ?? countColumn;
    // A row that does not cross-foot is a problem where a cell is blamed and footing has not counted it.
    const crossProblems = facts.relations.reduce((n, r) => n + r.fails.filter((f) => f.blame && f.blame.why !== 'footing').length, 0);
    const changes = (0, percentChanges_1.percentChanges)(table);
    const products = (0, products_1.productsOf)(table);
    const problems = 
    // Figures in the wrong column fail two columns' footings: one problem, as FL101 reports it once.
    facts.footings.filter((f) => !f.ok && f.moved?.to !== f).length +
        facts.shares.reduce((n, s) => n + s.rows.filter((r) => !r.ok && !r.explained).length, 0) +
        crossProblems +
        products.reduce((n, p) => n + p.fails.length, 0) +
        changes.reduce((n, c) => n + c.failing.length, 0);
    const checked = facts.footings.length + facts.shares.length + changes.length + products.length;
    const summary = {
        // Read from the table: an edit above it moves (or renumbers) an unchanged table, which keeps its summary.
        get title() {
            return table.title;
        },
        get page() {
            return table.page;
        },
        get startLine() {
            return table.startLine;
        },
        get endLine() {
            return table.endLine;
        },
        rows: body.length,
        countColumn,
        amountColumn,
        totalCount,
        totalAmount,
        averageAmount,
        labelKind: 'text',
        concentrations: [],
        distribution: [],
        stated: [],
        relations: [
            ...facts.relations.map((r) => ({
                text: (0, describe_1.relationText)(table, r),
                holds: r.holds.length,
                rows: r.holds.length + r.fails.length,
                // Read when asked: an unlabelled row is named by its line, which an edit above moves.
                get failing() {
                    return r.fails.map((f) => rowName(f.row));
                },
            })),
            ...products.map((p) => ({
                text: (0, describe_1.productText)(table, p),
                holds: p.holds.length,
                rows: p.holds.length + p.fails.length,
                get failing() {
                    return p.fails.map((f) => rowName(f.row));
                },
            })),
        ],
        crossFoots: facts.relations.length + products.length > 0 &&
            facts.relations.every((r) => r.fails.length === 0) &&
            products.every((p) => p.fails.length === 0),
        rollForwards: rollLines(table),
        yearRows: yearRowsOf(table),
        changes: changes.map((c) => ({
            column: (0, describe_1.columnName)(table, c.column),
            later: (0, describe_1.periodName)(table, c.later),
            earlier: (0, describe_1.periodName)(table, c.earlier),
            agreeing: c.rows.length - c.failing.length,
            rows: c.rows.length,
        })),
        structure: [],
        statement: false,
        foots: checked > 0 && problems === 0,
        problems,
        checked,
        hasTotal: table.rows.some((r) => r.kind === 'total'),
        // Read when asked, as the title is: an unlabelled total is named by its line, which an edit above moves.
        get notChecked() {
            return facts.unchecked.map((u) => {
                const column = table.columns[u.column];
                const name = column.header ? `"${column.header}"` : `column ${u.column + 1}`;
                return `${name} at ${u.total.label ? `"${u.total.label}"` : `the total on line ${(0, model_1.sourceLineOf)(u.total) + 1}`}: ${u.why}`;
            });
        },
    };
    // Labels as quantities, weighted by the balance (or the count when there is no balance).
    if (weightColumn && body.length > 0) {
        const numeric = body.map((r) => ({
            row: r,
            value: (0, labels_1.labelNumber)(r.label),
            weight: r.cells[weightColumn.index]?.value,
        }));
        if (numeric.every((n) => n.value && n.weight)) {
            const pairs = numeric.map((n) => ({ value: n.value, weight: n.weight }));
            const labelScale = (0, decimal_1.maxScale)(pairs.map((p) => p.value));
            const precise = weighted(pairs, labelScale + 6);
            if (precise) {
                summary.labelKind = 'numeric';
                const sorted = pairs.map((p) => p.value).sort(decimal_1.cmp);
                summary.weightedAverage = {
                    value: (0, decimal_1.roundTo)(precise, Math.max(labelScale, 1)),
                    precise,
                    min: sorted[0],
                    max: sorted[sorted.length - 1],
                };
            }
        }
        else {
            const ranges = body.map((r) => ({ range: (0, labels_1.labelRange)(r.label), weight: r.cells[weightColumn.index]?.value }));
            if (ranges.every((x) => x.range && x.weight)) {
                const scale = (0, decimal_1.maxScale)(ranges.flatMap((x) => [x.range.low ?? decimal_1.ZERO, x.range.high ?? decimal_1.ZERO]));
                const low = weighted(ranges.map((x) => ({ value: x.range.low ?? decimal_1.ZERO, weight: x.weight })), scale);
                const openAbove = ranges.some((x) => x.range.high === null);
                const high = openAbove
                    ? null
                    : weighted(ranges.map((x) => ({ value: x.range.high, weight: x.weight })), scale);
                const mid = weighted(ranges.map((x) => {
                    const lo = x.range.low ?? decimal_1.ZERO;
                    const hi = x.range.high ?? lo;
                    const s = Math.max(lo.scale, hi.scale) + 1;
                    return { value: (0, decimal_1.decimal)(((0, decimal_1.rescale)(lo, s).units + (0, decimal_1.rescale)(hi, s).units) / 2n, s), weight: x.weight };
                }), scale);
                if (low && mid) {
                    summary.labelKind = 'range';
                    summary.weightedInterval = { low, high, midpoint: mid };
                }
            }
        }
    }
    const share = facts.shares[0];
    // A statement shows its structure; only a breakdown (a share column, or one total over all its
    // rows) gets concentrations.
    if (!share && isStatement(table, facts.footings)) {
        summary.statement = true;
        summary.structure = structureOf(table, facts.footings);
    }
    else
        addConcentrations(summary, table, share, body, weightColumn, totalAmount, totalCount);
    // Footnote figures beside the computed ones.
    const refs = new Set(table.titleRefs);
    const notes = table.footnotes.filter((f) => refs.size === 0 || refs.has(f.marker));
    for (const figure of (0, stated_1.statedFigures)(notes)) {
        summary.stated.push(compareStated(figure, summary));
    }
    return summary;
}
/** Each roll-forward block of the table, with the columns it ties in. */
function rollLines(table) {
    const rf = (0, rollForwards_1.rollForwardsOf)(table);
    const years = (0, periodChains_1.periodChainsOf)(table);
    const out = [];
    for (const segment of rf.segments) {
        const ties = rf.ties.filter((t) => t.segment === segment);
        if (ties.length === 0)
            continue;
        const chains = years.filter((c) => c.segment === segment);
        out.push({
            kind: segment.kind,
            // Read when asked, as above.
            get open() {
                return rowName(segment.open);
            },
            get close() {
                return rowName(segment.close);
            },
            tied: ties.filter((t) => t.ok).length,
            columns: ties.length,
            chained: chains.filter((c) => c.ok).length,
            chains: chains.length,
        });
    }
    return out;
}
/** How many of a schedule's rows begin a year with the balance they ended the year before with. */
function yearRowsOf(table) {
    const chains = (0, periodChains_1.scheduleChainsOf)(table);
    return chains.length ? { held: chains.filter((c) => c.ok).length, of: chains.length } : null;
}
/** `3 of 3 rows begin their year with the balance the year before ended with`. */
function yearRowsLine(y) {
    return `${y.held} of ${y.of} row${y.of === 1 ? '' : 's'} begin their year with the balance the year before ended with`;
}
/** A row by its label or, unlabelled, its line (as it is now: read each time, never kept). */
function rowName(row) {
    return row.label || `line ${(0, model_1.sourceLineOf)(row) + 1}`;
}
/**
 * `Balance at beginning of year → Balance at end of year: 4 of 4 columns tie; 2 of 2 years open with
 * the year before's closing balance`.
 */
function rollLine(r) {
    const arrow = r.kind === 'chain' ? ' carried to ' : ' → ';
    const years = r.chains
        ? `; ${r.chained} of ${r.chains} year${r.chains === 1 ? '' : 's'} open with the year before's closing balance`
        : '';
    return `${shortLabel(r.open)}${arrow}${shortLabel(r.close)}: ${r.tied} of ${r.columns} column${r.columns === 1 ? '' : 's'} tie${years}`;
}
/** Whether a roll-forward holds wherever it was checked: every column ties, every year chains. */
function rollHolds(r) {
    return r.tied === r.columns && r.chained === r.chains;
}
/** A row label cut to 40 characters for a summary line. */
function shortLabel(label) {
    return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}
/** A table with more than one total row, or a total that adds only some of its rows. */
function isStatement(table, footings) {
    const totals = table.rows.filter((r) => r.kind === 'total');
    if (totals.length > 1)
        return true;
    const body = table.rows.filter((r) => r.kind === 'body').length;
    if (footings.some((f) => f.segment.length < body))
        return true;
    // Titled as a financial statement, rolling balances forward, or set out by period: what each row
    // is of a column's sum says nothing (`Net sales 32.65%` of an income statement's column).
    return (0, statements_1.statementKind)(table) !== null || (0, rollForwards_1.rollForwardsOf)(table).segments.length > 0 || periodColumns(table) >= 2;
}
/** How many columns name one year each, and different ones. */
function periodColumns(table) {
    const years = new Set();
    for (const c of table.columns) {
        const year = c.kind === 'label' ? null : (0, statements_1.yearOf)(c);
        if (year !== null)
            years.add(year);
    }
    return years.size;
}
/** Each total row with the columns footed at it, in table order (at most 12). */
function structureOf(table, footings) {
    const out = [];
    for (const row of table.rows) {
        if (row.kind !== 'total')
            continue;
        const at = footings.filter((f) => f.total === row);
        if (at.length === 0)
            continue;
        out.push({
            // Read when asked, as above.
            get label() {
                return rowName(row);
            },
            get adds() {
                return readingOf(at[0]);
            },
            columns: at.map((f) => ({ name: (0, describe_1.columnName)(table, table.columns[f.column]), ok: f.ok })),
        });
        if (out.length === 12)
            break;
    }
    return out;
}
/** Terms a statement's total is written out with; beyond them, only how many rows it adds. */
const MAX_TERMS = 6;
/**
 * A footing's reading written out: its rows with their signs (`Net sales − line 21`), or, for rows
 * added as written with no subtotal among them, how many (`the 4 rows above`).
 */
function readingOf(f) {
    const plainSum = f.signs.every((s) => s === 1) && f.segment.every((r) => r.kind !== 'total');
    if (plainSum || f.segment.length > MAX_TERMS) {
        // A total printed over the rows it adds (`Total Other Expenses` over its parts) reads them below.
        const where = f.segment[0].line > f.total.line ? 'below' : 'above';
        return `the ${f.segment.length} rows ${where}`;
    }
    return f.segment
        .map((r, i) => {
        const name = rowName(r);
        if (i === 0)
            return f.signs[0] === 1 ? name : `−${name}`;
        return `${f.signs[i] === 1 ? '+' : '−'} ${name}`;
    })
        .join(' ');
}
/** Whether a percent column's figures in the body make up a whole: they add to 100%, give or take 1. */
function makesWhole(body, column) {
    let sum = decimal_1.ZERO;
    for (const r of body) {
        const v = r.cells[column.index]?.value;
        if (v)
            sum = (0, decimal_1.add)(sum, v);
    }
    return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(sum, HUNDRED)), ONE) <= 0;
}
const HUNDRED = (0, decimal_1.decimal)(100n, 0);
const ONE = (0, decimal_1.decimal)(1n, 0);
/** Concentrations: by the share column if there is one, else computed from the weights. */
function addConcentrations(summary, table, share, body, weightColumn, totalAmount, totalCount) {
    // A change column's percents (`% Change 95/94`) are not shares of anything, nor are percents
    // that do not make up a whole (rates, margins).
    const percentColumn = share
        ? table.columns[share.percentColumn]
        : table.columns.find((c) => c.kind === 'percent' && !(0, percentChanges_1.namesChange)(c.header) && makesWhole(body, c));
    // Rows are shares of their sum only where the table prints that sum: without a total row, the
    // rows of a list (an index's page numbers, a quarter's revenue beside its net income) are not
    // parts of one whole.
    const weighed = weightColumn && table.rows.some((r) => r.kind === 'total') ? weightColumn : undefined;
    const dist = [];
    for (const r of body) {
        const cell = percentColumn ? r.cells[percentColumn.index] : undefined;
        if (cell?.value)
            dist.push({ label: r.label, percent: cell.value });
        else if (weighed && totalAmountOrCount(totalAmount, totalCount, weighed) && r.cells[weighed.index]?.value) {
            const tot = totalAmountOrCount(totalAmount, totalCount, weighed);
            const part = r.cells[weighed.index].value;
            const s = Math.max(part.scale, tot.scale);
            if (tot.units > 0n) {
                dist.push({
                    label: r.label,
                    percent: (0, decimal_1.decimal)((0, decimal_1.divRound)((0, decimal_1.rescale)(part, s).units * 10000n, (0, decimal_1.rescale)(tot, s).units), 2),
                });
            }
        }
    }
    summary.distribution = dist;
    summary.concentrations = [...dist].sort((a, b) => (0, decimal_1.cmp)(b.percent, a.percent)).slice(0, 3);
}
function totalAmountOrCount(amount, count, column) {
    return column.kind === 'amount' ? amount : count;
}
function compareStated(figure, s) {
    if (figure.qualified)
        return { figure, computed: null, agrees: null };
    return { figure, ...compareFigure(figure.kind, figure.value, s) };
}
/**
 * What a table says of a figure stated of it (an average balance, a weighted average, a total): the
 * table's figure at the stated decimals, the interval its range buckets allow, and whether the stated
 * figure is that (or in it); `agrees` is null when the table does not determine it.
 */
function compareFigure(kind, value, s) {
    const scale = value.scale;
    if (kind === 'average-balance' && s.averageAmount) {
        const computed = (0, decimal_1.roundTo)(s.averageAmount, scale);
        return { computed, agrees: (0, decimal_1.cmp)(computed, value) === 0 };
    }
    if (kind === 'weighted-average' && s.weightedAverage) {
        const computed = (0, decimal_1.roundTo)(s.weightedAverage.precise, scale);
        return { computed, agrees: (0, decimal_1.cmp)(computed, value) === 0 };
    }
    if (kind === 'weighted-average' && s.weightedInterval) {
        const iv = s.weightedInterval;
        const inside = (0, decimal_1.cmp)(value, (0, decimal_1.roundTo)(iv.low, scale)) >= 0 && (iv.high === null || (0, decimal_1.cmp)(value, (0, decimal_1.roundTo)(iv.high, scale)) <= 0);
        return { computed: (0, decimal_1.roundTo)(iv.midpoint, scale), interval: iv, agrees: inside };
    }
    if (kind === 'total' && s.totalAmount) {
        const computed = (0, decimal_1.roundTo)(s.totalAmount, scale);
        return { computed, agrees: (0, decimal_1.cmp)(computed, value) === 0 };
    }
    return { computed: null, agrees: null };
}
/** `% Change 96/95: 10 of 10 rows agree with 1996 against 1995`. */
function changeLine(c) {
    return `${c.column}: ${c.agreeing} of ${c.rows} rows agree with ${c.later} against ${c.earlier}`;
}
/** `TOTAL = INTEREST + PRINCIPAL: 10 of 11 rows, not on TOTALS`. */
function relationLine(r) {
    const not = r.failing.length ? `, not on ${r.failing.map(shortLabel).join(', ')}` : '';
    return `${r.text}: ${r.holds} of ${r.rows} rows${not}`;
}
/** A total as a summary shows it: with `$` in an amount column, plain in a column of counts. */
function money(d, column) {
    if (!d)
        return '';
    return column?.kind === 'amount' ? `$${(0, decimal_1.format)(d)}` : (0, decimal_1.format)(d);
}
/** Plain-text lines for the command line's `--summary`. */
function formatSummary(s) {
    const lines = [];
    lines.push(`${s.title} (page ${s.page}, lines ${s.startLine + 1}-${s.endLine + 1})`);
    const parts = [`${s.rows} rows`];
    if (s.totalCount && !s.statement)
        parts.push(`${(0, decimal_1.format)(s.totalCount)} ${countNoun(s.countColumn)}`);
    if (s.totalAmount && !s.statement)
        parts.push(money(s.totalAmount, s.amountColumn));
    if (s.averageAmount && !s.statement)
        parts.push(`average ${money(s.averageAmount, s.amountColumn)}`);
    parts.push(tieOut(s));
    lines.push(`  ${parts.join(' · ')}`);
    if (s.weightedAverage) {
        const w = s.weightedAverage;
        lines.push(`  weighted average ${(0, decimal_1.format)(w.value)} (min ${(0, decimal_1.format)(w.min)}, max ${(0, decimal_1.format)(w.max)})`);
    }
    if (s.weightedInterval) {
        const iv = s.weightedInterval;
        lines.push(`  weighted average between ${(0, decimal_1.format)(iv.low)} and ${iv.high ? (0, decimal_1.format)(iv.high) : 'open'}, midpoint estimate ${(0, decimal_1.format)(iv.midpoint)}`);
    }
    if (s.concentrations.length) {
        lines.push(`  largest: ${s.concentrations.map((c) => `${c.label} ${(0, decimal_1.format)(c.percent)}%`).join(', ')}`);
    }
    for (const t of s.structure) {
        lines.push(`  ${t.label} = ${t.adds}: ${t.columns.map((c) => `${c.name} ${c.ok ? 'foots' : 'DOES NOT FOOT'}`).join(', ')}`);
    }
    for (const r of s.relations)
        lines.push(`  ${relationLine(r)}`);
    for (const r of s.rollForwards)
        lines.push(`  roll-forward: ${rollLine(r)}`);
    if (s.yearRows)
        lines.push(`  roll-forward: ${yearRowsLine(s.yearRows)}`);
    for (const c of s.changes)
        lines.push(`  change: ${changeLine(c)}`);
    for (const c of s.stated) {
        const verdict = c.agrees === null ? 'not determined by the table' : c.agrees ? 'agrees' : 'DISAGREES';
        const computed = c.interval
            ? `table allows ${(0, decimal_1.format)(c.interval.low)}..${c.interval.high ? (0, decimal_1.format)(c.interval.high) : 'open'}`
            : c.computed
                ? `table gives ${c.figure.text.startsWith('$') ? '$' : ''}${(0, decimal_1.formatLike)(c.computed, c.figure.text.replace(/^\$\s*/, ''))}`
                : '';
        lines.push(`  footnote ${c.figure.footnote.marker}: ${c.figure.subject} ${c.figure.text}${computed ? `; ${computed}` : ''} (${verdict})`);
    }
    return lines.join('\n');
}
/** What a count column counts, for summaries and lenses: loans, shares, or items. */
function countNoun(column) {
    const h = column?.header.toLowerCase() ?? '';
    if (h.includes('loan'))
        return 'loans';
    if (h.includes('share'))
        return 'shares';
    return 'items';
}
//# sourceMappingURL=index.js.map