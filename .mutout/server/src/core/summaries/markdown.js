"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bar = bar;
exports.summaryMarkdown = summaryMarkdown;
exports.tableHoverMarkdown = tableHoverMarkdown;
exports.cellAt = cellAt;
exports.numberHoverMarkdown = numberHoverMarkdown;
/**
 * Hover text in markdown: a table's summary (with a bar chart of its distribution) and a number's
 * place in its column. Plain strings, so any client that renders markdown can show them.
 */
const decimal_1 = require("../decimal");
const facts_1 = require("../facts");
const describe_1 = require("../checks/describe");
const continuedColumns_1 = require("../facts/continuedColumns");
const quarterlyTotals_1 = require("../facts/quarterlyTotals");
const repeatedFigures_1 = require("../facts/repeatedFigures");
const optionPrices_1 = require("../facts/optionPrices");
const statements_1 = require("../facts/statements");
const slips_1 = require("../facts/slips");
const poolSummary_1 = require("./poolSummary");
const index_1 = require("./index");
const BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const BAR_WIDTH = 20;
const MAX_BARS = 12;
/** A bar of unicode blocks for a share in percent, at most BAR_WIDTH cells for 100%. */
function bar(percent) {
    // eighths of a cell: percent/100 * width * 8, rounded
    const eighths = Number((0, decimal_1.divRound)((0, decimal_1.rescale)(percent, Math.max(percent.scale, 0)).units * BigInt(BAR_WIDTH * 8), 100n * (0, decimal_1.pow10)(percent.scale)));
    const full = Math.floor(Math.max(0, eighths) / 8);
    return '█'.repeat(Math.min(full, BAR_WIDTH)) + BLOCKS[Math.max(0, eighths) % 8];
}
function escape(text) {
    return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}
function summaryMarkdown(s) {
    const out = [];
    out.push(`**${escape(s.title)}** · page ${s.page}`);
    out.push('');
    const facts = [`${s.rows} rows`];
    if (s.totalCount && !s.statement) {
        facts.push(`${(0, decimal_1.format)(s.totalCount)} ${(0, index_1.countNoun)(s.countColumn)}`);
    }
    if (s.totalAmount && !s.statement)
        facts.push((0, index_1.money)(s.totalAmount, s.amountColumn));
    if (s.averageAmount && !s.statement)
        facts.push(`average $${(0, decimal_1.format)((0, decimal_1.roundTo)(s.averageAmount, 2))}`);
    facts.push(`${s.problems > 0 ? '✗ ' : s.foots ? '✓ ' : ''}${(0, index_1.tieOut)(s)}`);
    out.push(facts.join(' · '));
    const notChecked = s.notChecked;
    if (notChecked.length > 1 || (notChecked.length === 1 && s.checked > 0)) {
        out.push('');
        out.push('Not checked:');
        for (const why of notChecked.slice(0, 8))
            out.push(`- ${escape(why)}`);
        if (notChecked.length > 8)
            out.push(`- and ${notChecked.length - 8} more`);
    }
    if (s.weightedAverage) {
        const w = s.weightedAverage;
        out.push('');
        out.push(`Balance-weighted average **${(0, decimal_1.format)(w.value)}** (min ${(0, decimal_1.format)(w.min)}, max ${(0, decimal_1.format)(w.max)})`);
    }
    if (s.weightedInterval) {
        const iv = s.weightedInterval;
        out.push('');
        out.push(`Weighted average lies in **${(0, decimal_1.format)(iv.low)} – ${iv.high ? (0, decimal_1.format)(iv.high) : 'open'}** (midpoint estimate ${(0, decimal_1.format)(iv.midpoint)})`);
    }
    if (s.structure.length) {
        out.push('');
        out.push('Totals:');
        for (const t of s.structure) {
            const cols = t.columns.map((c) => `${escape(c.name)} ${c.ok ? '✓' : '✗'}`).join(' · ');
            out.push(`- ${escape(t.label)} = ${escape(t.adds)}: ${cols}`);
        }
    }
    if (s.relations.length) {
        out.push('');
        out.push('Across the rows:');
        for (const r of s.relations)
            out.push(`- ${r.failing.length ? '✗' : '✓'} ${escape((0, index_1.relationLine)(r))}`);
    }
    if (s.rollForwards.length || s.yearRows) {
        out.push('');
        out.push('Down the rows:');
        for (const r of s.rollForwards.slice(0, 8)) {
            out.push(`- ${(0, index_1.rollHolds)(r) ? '✓' : '✗'} ${escape((0, index_1.rollLine)(r))}`);
        }
        if (s.rollForwards.length > 8)
            out.push(`- and ${s.rollForwards.length - 8} more`);
        if (s.yearRows)
            out.push(`- ${s.yearRows.held === s.yearRows.of ? '✓' : '✗'} ${escape((0, index_1.yearRowsLine)(s.yearRows))}`);
    }
    if (s.changes.length) {
        out.push('');
        out.push('Changes:');
        for (const c of s.changes)
            out.push(`- ${c.agreeing === c.rows ? '✓' : '✗'} ${escape((0, index_1.changeLine)(c))}`);
    }
    if (s.concentrations.length) {
        out.push('');
        out.push(`Largest: ${s.concentrations.map((c) => `${escape(c.label)} ${(0, decimal_1.format)(c.percent)}%`).join(', ')}`);
    }
    if (s.distribution.length > 1) {
        out.push('');
        out.push('```');
        const rows = s.distribution.slice(0, MAX_BARS);
        const width = Math.min(28, Math.max(...rows.map((r) => r.label.length)));
        for (const r of rows) {
            out.push(`${r.label.slice(0, width).padEnd(width)} ${(0, decimal_1.format)(r.percent).padStart(6)}% ${bar(r.percent)}`);
        }
        if (s.distribution.length > MAX_BARS)
            out.push(`… ${s.distribution.length - MAX_BARS} more rows`);
        out.push('```');
    }
    for (const c of s.stated) {
        out.push('');
        const mark = c.agrees === null ? '·' : c.agrees ? '✓' : '✗';
        const computed = c.interval
            ? `table allows ${(0, decimal_1.format)(c.interval.low)} – ${c.interval.high ? (0, decimal_1.format)(c.interval.high) : 'open'}`
            : c.computed
                ? `table gives ${c.figure.text.startsWith('$') ? '$' : ''}${(0, decimal_1.formatLike)(c.computed, c.figure.text.replace(/^\$\s*/, ''))}`
                : 'not determined by the table';
        out.push(`${mark} Footnote ${escape(c.figure.footnote.marker)}: ${c.figure.subject} **${escape(c.figure.text)}** — ${computed}`);
    }
    return out.join('\n');
}
function tableHoverMarkdown(model, table) {
    const out = [summaryMarkdown((0, index_1.summarizeTable)(table))];
    const repeats = (0, repeatedFigures_1.repeatsOf)(model, table);
    if (repeats.length) {
        out.push('', 'Figures stated again in:');
        for (const r of repeats.slice(0, 8)) {
            const apart = r.differing ? `, ${r.differing} apart` : '';
            out.push(`- ${r.differing ? '✗' : '✓'} ${escape(tableName(r.other))}: ${r.agreeing} alike${apart}`);
        }
        if (repeats.length > 8)
            out.push(`- and ${repeats.length - 8} more`);
    }
    out.push(...poolSummaryLines(model, table));
    out.push(...quarterLines(model, table));
    out.push(...optionPriceLines(model, table));
    out.push(...continuedLines(model, table));
    return out.join('\n');
}
/**
 * A table continued by columns on the next page (facts/continuedColumns.ts), on either part: the
 * relations its total keeps across both parts, read as one table (FL315), as `Across the rows` lists
 * a table's own.
 */
function continuedLines(model, table) {
    const c = (0, continuedColumns_1.continuedWith)(model.tables, table);
    if (!c)
        return [];
    const other = c.above === table ? `its columns continued in ${tableName(c.below)}` : `its first columns in ${tableName(c.above)}`;
    const out = ['', `Across the rows, with ${escape(other)}:`];
    for (const r of c.relations) {
        const line = (0, index_1.relationLine)({
            text: (0, describe_1.relationText)(c.wide, r),
            holds: r.holds.length,
            rows: r.holds.length + r.fails.length,
            failing: r.fails.map((f) => (0, describe_1.rowName)(f.row)),
        });
        out.push(`- ${r.fails.length ? '✗' : '✓'} ${escape(line)}`);
    }
    return out;
}
/**
 * The options at a date that an activity table and the table by range of exercise prices both
 * state (FL312), on either table: each balance's price against the other table's.
 */
function optionPriceLines(model, table) {
    const ties = (0, optionPrices_1.optionPriceTiesOf)(model, table);
    if (ties.length === 0)
        return [];
    const out = ['', 'Options stated again by range of exercise prices:'];
    for (const { at, byRange, ok } of ties.slice(0, 12)) {
        const theirs = byRange.priceCell
            ? (0, describe_1.bare)(byRange.priceCell.text)
            : (0, decimal_1.formatLike)(byRange.averaged.price, (0, describe_1.bare)(at.priceCell.text));
        const other = ` in ${tableName(table === at.table ? byRange.table : at.table)}`;
        out.push(`- ${ok ? '✓' : '✗'} ${escape(`${at.row.label.trim()}: ${at.countCell.text.trim()} options at ${at.priceCell.text.trim()}; by range ${theirs}${other}`)}`);
    }
    if (ties.length > 12)
        out.push(`- and ${ties.length - 12} more`);
    return out;
}
/**
 * What a quarterly table's lines add up to against the income statement (FL311): on the quarterly
 * table, each line and year tied; on the statement, the quarterly tables tied to it and how many of
 * their lines agree. Only where the table is read as tied (two ties or more agree).
 */
function quarterLines(model, table) {
    const ties = (0, quarterlyTotals_1.confirmedQuarterTies)(model).filter((t) => t.table === table || t.statement === table);
    if (ties.length === 0)
        return [];
    if (ties[0].table === table) {
        const out = ['', `Quarters against ${escape(tableName(ties[0].statement))}:`];
        for (const t of ties.slice(0, 12)) {
            const sum = (0, decimal_1.formatLike)(t.sum, t.quarters[3].text.trim().replace(/^\$\s*/, ''));
            const stated = t.stated.text.trim().replace(/^\$\s*/, '');
            const says = t.agrees ? `add to ${sum}` : `add to ${sum}, the statement prints ${stated}`;
            out.push(`- ${t.agrees ? '✓' : '✗'} ${escape(`${(0, statements_1.printedLabel)(t.label)} ${t.year}: ${says}`)}`);
        }
        if (ties.length > 12)
            out.push(`- and ${ties.length - 12} more`);
        return out;
    }
    const out = ['', 'Quarterly data tied to it:'];
    for (const quarterly of new Set(ties.map((t) => t.table))) {
        const mine = ties.filter((t) => t.table === quarterly);
        const agreeing = mine.filter((t) => t.agrees).length;
        out.push(`- ${agreeing === mine.length ? '✓' : '✗'} ${escape(tableName(quarterly))}: ${agreeing} of ${mine.length} lines add up to the year`);
    }
    return out;
}
/**
 * What a pool's summary states and the pool's tables give (FL309): on the summary, each of its
 * averages against its source; on a distribution, the summary's figures it bounds or gives.
 */
function poolSummaryLines(model, table) {
    const here = (0, poolSummary_1.poolSummaryComparisons)(model).filter((c) => c.figure.table === table || c.source === table);
    if (here.length === 0)
        return [];
    const out = ['', table === here[0].figure.table ? 'Against the pool:' : 'Stated in the pool summary:'];
    for (const c of here.slice(0, 12)) {
        const { figure } = c;
        const dollar = figure.text.startsWith('$') ? '$' : '';
        const figureLike = (d) => `${dollar}${(0, decimal_1.formatLike)(d, figure.text.replace(/^\$\s*/, ''))}`;
        const gives = c.over
            ? `${c.over.balance.text.trim()} / ${c.over.count.text.trim()} = ${figureLike(c.computed)}`
            : c.interval
                ? `"${c.source.title.trim()}" allows ${(0, decimal_1.format)(c.interval.low)} – ${c.interval.high ? (0, decimal_1.format)(c.interval.high) : 'open'}`
                : `"${c.source.title.trim()}" gives ${figureLike(c.computed)}`;
        const where = figure.table === table ? '' : ` (${tableName(figure.table)})`;
        out.push(`- ${c.agrees ? '✓' : '✗'} ${escape(`${figure.label} `)}**${escape(figure.text)}**${escape(`${where}: ${gives}`)}`);
    }
    if (here.length > 12)
        out.push(`- and ${here.length - 12} more`);
    return out;
}
/** A table as a hover names it: its title, or its line when it has none. */
function tableName(table) {
    const line = `line ${table.startLine + 1}`;
    return table.untitled ? `the table at ${line}` : `${table.title.trim()} (${line})`;
}
/** The cell under a position (line, character), if any. */
function cellAt(table, line, character) {
    // By the cells' own lines: an HTML table's row may span lines, and its `line` is its place in the table.
    for (const row of table.rows) {
        if (table.source !== 'html' && row.line !== line)
            continue;
        const cell = row.cells.find((c) => c && c.value && c.span.line === line && character >= c.span.start && character <= c.span.end);
        if (cell || table.source !== 'html')
            return cell;
    }
    return undefined;
}
function numberHoverMarkdown(model, table, line, character) {
    const cell = cellAt(table, line, character);
    if (!cell || !cell.value)
        return null;
    const column = table.columns[cell.column];
    const row = table.rows.find((r) => r.cells[cell.column] === cell);
    const out = [
        `**${escape(cell.text.trim())}** · ${escape(column.header || `column ${column.index + 1}`)} · ${escape(row.label || row.kind)}`,
    ];
    const facts = (0, facts_1.factsOf)(table);
    if (column.kind === 'percent') {
        const share = facts.shares.find((s) => s.percentColumn === column.index);
        const sr = share?.rows.find((r) => r.cell === cell);
        if (share && sr) {
            const base = table.columns[share.baseColumn];
            out.push('');
            out.push(`Computed: **${(0, decimal_1.format)(sr.computed)}%** of ${escape(base.header || 'the base column')} ` +
                (sr.ok ? '✓' : sr.explained ? '(its base figure is wrong)' : '✗'));
        }
    }
    else if (column.kind === 'count' || column.kind === 'amount') {
        const total = table.rows.find((r) => r.kind === 'total' && r.cells[column.index]?.value);
        const denominator = total?.cells[column.index]?.value;
        if (denominator && denominator.units > 0n && row.kind !== 'total') {
            const s = Math.max(denominator.scale, cell.value.scale);
            const pct = { units: (0, decimal_1.divRound)((0, decimal_1.rescale)(cell.value, s).units * 10000n, (0, decimal_1.rescale)(denominator, s).units), scale: 2 };
            out.push('');
            out.push(`${(0, decimal_1.format)(pct)}% of the column total ${column.kind === 'amount' ? '$' : ''}${(0, decimal_1.format)(denominator)} ${bar(pct)}`);
        }
        const footing = facts.footings.find((f) => f.column === column.index && f.total === row);
        if (footing) {
            out.push('');
            out.push(footing.ok
                ? `✓ the rows above sum to ${(0, decimal_1.format)(footing.computed)}`
                : `✗ the rows above sum to ${(0, decimal_1.format)(footing.computed)}`);
        }
    }
    const elsewhere = (0, repeatedFigures_1.statedElsewhere)(model, table, cell);
    if (elsewhere.length) {
        out.push('');
        for (const e of elsewhere.slice(0, 5)) {
            const same = (0, slips_1.sameFigure)(e.cell.value, cell.value);
            out.push(`${same ? '✓' : '✗'} ${escape(e.cell.text.trim())} in ${escape(tableName(e.table))}`);
        }
    }
    return out.join('\n');
}
//# sourceMappingURL=markdown.js.map