"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quarterTies = exports.MIN_AGREEING_TIES = void 0;
exports.confirmedQuarterTies = confirmedQuarterTies;
exports.confirms = confirms;
/**
 * Quarterly data against the year: an annual report's table of quarterly results (`Selected
 * Quarterly Financial Data`: net sales, gross profit, net income by quarter) states four figures of
 * a line that the income statement states once for the year. The four quarters of an amount add up
 * to the year's figure, within what rounding each of them leaves.
 *
 * Quarterly tables come in two shapes: quarters across (`First Quarter  Second Quarter ...`, the
 * year in the header or in a heading row over each block of lines) and quarters down (`First
 * quarter`, `Second quarter` rows under a year, the lines across as columns). A line is tied where
 * an income statement of the document (the one the table agrees with most) has a row of the same
 * label (footnote markers and leaders aside), printed once, and a column for the whole year;
 * per-share figures, percentages and share counts do not add and are never tied. A table is read
 * as meant only where at least two of its ties agree.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const repeatedFigures_1 = require("./repeatedFigures");
const slips_1 = require("./slips");
const statements_1 = require("./statements");
const tolerance_1 = require("./tolerance");
/** A quarter a header or label names: `First Quarter`, `1st`, `Q1`, `4th Qtr.`. */
const QUARTER = /\b(?:(first|second|third|fourth)\s+(?:fiscal\s+)?(?:quarter|qtr)|(1st|2nd|3rd|4th)(?:\s+(?:fiscal\s+)?(?:quarter|qtr\.?|q))?|q([1-4]))\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
/** What every text QUARTER matches contains. */
const MAYBE_QUARTER = /q|1st|2nd|3rd|4th/i;
/** A column or row of the whole year beside the quarters: `Year`, `Full Year`, `Total`, `Fiscal Year`. */
const YEAR_TOTAL = /^(?:(?:full|fiscal|total)\s+)?(?:year|total|annual)\b/i;
/** A column of the whole year, its header ending in it (`Total Year`, `1997 Full Year`, `Year`). */
const YEAR_COLUMN = /(?:^|\s)(?:(?:full|fiscal|total)\s)?(?:year|total)$/i;
/** Lines that do not add across quarters: per share, percentages, counts of shares, prices, ratios. */
const NOT_ADDED = /\bper\b|%|\bpercent|\bshares?\b|\bprice|\bhigh\b|\blow\b|\bclose\b|\bdividends?\b|\bratio\b|\bmargin\s+as\b|\baverage\b|\brate\b|\bstock\b/i;
/** Titles of tables whose figures are not the year's as reported. */
const NOT_AS_REPORTED = /\b(?:pro\s+forma|restated|as\s+previously|unaudited\s+pro|supplemental)\b/i;
/** A statement column of a part of a year: `Three Months Ended`, `Six months`. */
const PART_OF_YEAR = /\b(?:three|six|nine|3|6|9|thirteen|twenty-six|thirty-nine)\s+(?:months|weeks)\b|\bquarter\b/i;
/** Ties of one table that must agree (each telling) before the table is read as tied and a line of it is claimed wrong. */
exports.MIN_AGREEING_TIES = 2;
/** The ties of the quarterly tables read as tied: two or more of each table's ties agree. */
function confirmedQuarterTies(model) {
    const ties = (0, exports.quarterTies)(model);
    const agreeingBy = new Map();
    for (const t of ties)
        if (confirms(t))
            agreeingBy.set(t.table, (agreeingBy.get(t.table) ?? 0) + 1);
    return ties.filter((t) => (agreeingBy.get(t.table) ?? 0) >= exports.MIN_AGREEING_TIES);
}
/** The ties of a document's quarterly tables with its income statements; once per model. */
exports.quarterTies = (0, memo_1.memoize)(findQuarterTies);
function findQuarterTies(model) {
    const out = [];
    const statements = model.tables.filter((t) => (0, statements_1.isAnnual)(t, 'income'));
    if (statements.length === 0)
        return out;
    for (const table of model.tables) {
        if ((0, statements_1.statementKind)(table) !== null || NOT_AS_REPORTED.test(table.title))
            continue;
        const lines = quarterLines(table);
        if (lines.length === 0)
            continue;
        // The income statement the table agrees with most, above or below it (quarterly data sit in
        // the notes after the statements, or in Item 7 before them); the nearest of those equally good.
        const nearest = [...statements].sort((a, b) => Math.abs(a.startLine - table.startLine) - Math.abs(b.startLine - table.startLine));
        let best = [];
        for (const statement of nearest) {
            const ties = tieTable(table, lines, statement);
            if (agreeing(ties) > agreeing(best))
                best = ties;
        }
        for (const t of best)
            if (!t.agrees)
                t.slips = slippedQuarters(t.quarters, t.difference, t.slipAllowance);
        out.push(...best);
    }
    return out;
}
/** Whether a tie says its table is read as meant: it agrees, on a year's figure that proves something. */
function confirms(tie) {
    return tie.agrees && tie.telling;
}
function agreeing(ties) {
    return ties.filter(confirms).length;
}
/** The quarter (1 to 4) a text names, or 0. */
function quarterOf(text) {
    // Most labels and headers name no quarter: a cheap look for the letters any name of one has.
    if (!MAYBE_QUARTER.test(text))
        return 0;
    const m = QUARTER.exec(text);
    if (!m)
        return 0;
    if (m[1])
        return ORDINALS.indexOf(m[1].toLowerCase()) + 1;
    if (m[2])
        return Number(m[2][0]);
    return Number(m[3]);
}
/** The quarter an ordinal alone names (`First`, `Quarter Second`), or 0 where it names none or several. */
function ordinalOf(text) {
    const found = [...text.matchAll(/\b(first|second|third|fourth)\b/gi)].map((m) => ORDINALS.indexOf(m[1].toLowerCase()) + 1);
    return new Set(found).size === 1 ? found[0] : 0;
}
/**
 * Whether a row's figures add across quarters: not where its label, or the heading it sits under
 * (`Net income per share:` over `Basic` and `Diluted`), names what does not add.
 */
function adds(table, index) {
    const row = table.rows[index];
    if (NOT_ADDED.test(row.label) || ALONE.test((0, repeatedFigures_1.labelKey)(row.label)))
        return false;
    for (let k = index - 1; k >= 0; k--) {
        const above = table.rows[k];
        if (above.kind !== 'heading' || (0, statements_1.oneYearIn)(above.label) !== null)
            continue;
        return !NOT_ADDED.test(above.label);
    }
    return true;
}
/** Labels that say what a line is only under their heading. */
const ALONE = /^(?:total|basic|diluted|primary|fully diluted|other|net)$/;
/** The year a row sits under: a heading row above it naming one year, else the label column's header or the title. */
function yearAbove(table, index) {
    for (let k = index; k >= 0; k--) {
        const row = table.rows[k];
        const label = row.label.trim();
        if (row.kind === 'heading' || /^(?:fiscal\s+)?(?:19|20)\d\d\b[^a-z]*$/i.test(label)) {
            const y = (0, statements_1.oneYearIn)(label);
            if (y !== null && /^(?:fiscal\s+|year\s+ended\s+|\w+\s+\d{1,2},\s+)?(?:19|20)\d\d\b/i.test(label))
                return y;
        }
    }
    return (0, statements_1.oneYearIn)(table.columns[0]?.header ?? '') ?? (0, statements_1.oneYearIn)(table.title);
}
/** A table's lines of four quarters, in either shape; none where it is not a quarterly table. */
const quarterLines = (0, memo_1.memoize)((table) => {
    const across = quartersAcross(table);
    return across.length > 0 ? across : quartersDown(table);
});
/** Quarters across: columns naming quarters, the year in their headers or over each block of rows. */
function quartersAcross(table) {
    const quarterColumns = [];
    const totals = [];
    // `First | Quarter Second | Third | Fourth`: a header of quarters spread over the columns names
    // each by its ordinal alone.
    const ordinalsAlone = table.columns.some((c) => /\bquarters?\b/i.test(c.header)) || /\bquarter/i.test(table.title);
    for (const column of table.columns) {
        if (column.kind !== 'amount' && column.kind !== 'number')
            continue;
        const quarter = quarterOf(column.header) || (ordinalsAlone ? ordinalOf(column.header) : 0);
        if (quarter > 0)
            quarterColumns.push({ column, quarter, year: (0, statements_1.oneYearIn)(column.header) });
        else if (YEAR_COLUMN.test(column.header.trim()))
            totals.push({ column, year: (0, statements_1.oneYearIn)(column.header) });
    }
    if (quarterColumns.length < 4)
        return [];
    // Four quarters under one year's heading that spans some of them (`FISCAL YEAR 1998` centred over
    // the middle two): the year of all four.
    const years = new Set(quarterColumns.map((q) => q.year).filter((y) => y !== null));
    if (quarterColumns.length === 4 && years.size === 1 && new Set(quarterColumns.map((q) => q.quarter)).size === 4) {
        const [year] = years;
        for (const q of quarterColumns)
            q.year = year;
    }
    const out = [];
    table.rows.forEach((row, index) => {
        if (row.kind === 'heading' || !adds(table, index))
            return;
        const context = yearAbove(table, index);
        const byYear = new Map();
        for (const { column, quarter, year } of quarterColumns) {
            const y = year ?? context;
            if (y === null)
                continue;
            const slots = byYear.get(y) ?? [undefined, undefined, undefined, undefined];
            // Two columns of one quarter and year: not a table of quarters as read.
            if (slots[quarter - 1])
                return;
            slots[quarter - 1] = row.cells[column.index];
            byYear.set(y, slots);
        }
        for (const [year, slots] of byYear) {
            const quarters = slots.filter((c) => !!c?.value && !c.percent);
            if (quarters.length !== 4)
                continue;
            const total = totals.find((t) => (t.year ?? context) === year);
            const cell = total && row.cells[total.column.index];
            out.push({ label: row.label, year, quarters, total: cell?.value ? cell : undefined });
        }
    });
    return out;
}
/** Quarters down: rows naming quarters under a year, each amount column a line. */
function quartersDown(table) {
    // Most tables name no quarter in their labels: they are passed over before any year is looked for.
    const quarters = table.rows.map((row) => (row.kind === 'heading' ? 0 : quarterOf(row.label)));
    if (quarters.filter((q) => q > 0).length < 4)
        return [];
    const blocks = new Map();
    table.rows.forEach((row, index) => {
        if (row.kind === 'heading')
            return;
        const quarter = quarters[index];
        const year = (0, statements_1.oneYearIn)(row.label) ?? yearAbove(table, index);
        if (year === null)
            return;
        const block = blocks.get(year) ?? { rows: [] };
        if (quarter > 0 && !block.total) {
            if (block.rows[quarter - 1])
                return;
            block.rows[quarter - 1] = row;
        }
        else if (quarter === 0 && YEAR_TOTAL.test(row.label.replace(/^\s*(?:19|20)\d\d\s*/, '').trim())) {
            block.total = row;
        }
        blocks.set(year, block);
    });
    const out = [];
    for (const [year, block] of blocks) {
        if (block.rows.filter(Boolean).length !== 4)
            continue;
        for (const column of table.columns) {
            if ((column.kind !== 'amount' && column.kind !== 'number') || NOT_ADDED.test(column.header))
                continue;
            const quarters = block.rows.map((r) => r.cells[column.index]).filter((c) => !!c?.value && !c.percent);
            if (quarters.length !== 4)
                continue;
            const cell = block.total?.cells[column.index];
            out.push({ label: column.header, year, quarters, total: cell?.value ? cell : undefined });
        }
    }
    return out;
}
/** A statement's rows by label key, each label once (a label printed twice is tied to neither). */
const rowsByLabel = (0, memo_1.memoize)((table) => {
    const out = new Map();
    table.rows.forEach((row, index) => {
        if (row.kind === 'heading')
            return;
        const key = (0, repeatedFigures_1.labelKey)(row.label);
        if (key.length < 4)
            return;
        out.set(key, out.has(key) || !adds(table, index) ? null : row);
    });
    return out;
});
/** The year's figure of an income statement, in a column of the whole year. */
function yearColumn(statement, year) {
    const column = (0, statements_1.columnsByYear)(statement).get(year);
    return column && !PART_OF_YEAR.test(column.header) ? column : undefined;
}
/** A table's quarter lines tied to the statement, at the unit step most of them agree at. */
function tieTable(table, lines, statement) {
    const byLabel = rowsByLabel(statement);
    const candidates = [];
    for (const line of lines) {
        const key = (0, repeatedFigures_1.labelKey)(line.label);
        const row = byLabel.get(key);
        if (!row)
            continue;
        const column = yearColumn(statement, line.year);
        const stated = column && row.cells[column.index];
        if (!stated?.value || stated.percent)
            continue;
        candidates.push({ line, stated });
    }
    if (candidates.length === 0)
        return [];
    const known = table.scale && statement.scale ? [statement.scale.exponent - table.scale.exponent] : tolerance_1.UNIT_STEPS;
    let best = [];
    let bestAgreeing = -1;
    for (const step of known) {
        const ties = candidates.map(({ line, stated }) => tie(table, line, statement, stated, step));
        const agreeing = ties.filter((t) => t.agrees).length;
        if (agreeing > bestAgreeing)
            [best, bestAgreeing] = [ties, agreeing];
    }
    return best;
}
/**
 * One line's tie: the quarters' sum against the year's figure in the quarters' unit, within half a
 * unit of the quarters' last place for each quarter and half of the statement's last place.
 */
function tie(table, line, statement, stated, step) {
    const total = (0, decimal_1.sum)(line.quarters.map((c) => c.value));
    // The statement's figure in the quarters' unit: times 10^step.
    const v = stated.value;
    const exact = step >= 0 ? (0, decimal_1.decimal)(v.units * (0, decimal_1.pow10)(step), v.scale) : (0, decimal_1.decimal)(v.units, v.scale - step);
    const places = total.scale;
    const halfQuarters = (0, decimal_1.decimal)(5n * BigInt(line.quarters.length), places + 1);
    const halfStated = step >= 0 ? (0, decimal_1.decimal)(5n * (0, decimal_1.pow10)(step), v.scale + 1) : (0, decimal_1.decimal)(5n, v.scale - step + 1);
    const diff = (0, decimal_1.sub)(total, exact);
    const agrees = (0, decimal_1.cmp)((0, decimal_1.abs)(diff), (0, decimal_1.add)(halfQuarters, halfStated)) <= 0;
    const expected = (0, decimal_1.roundTo)(exact, places);
    const out = {
        table,
        label: line.label,
        year: line.year,
        quarters: line.quarters,
        total: line.total,
        statement,
        stated,
        sum: total,
        expected,
        agrees,
        telling: (0, decimal_1.abs)(expected).units >= tolerance_1.MIN_TELLING_UNITS * (0, decimal_1.pow10)(expected.scale),
        difference: diff,
        // A slip explains the difference where, undone, it leaves at most a unit of the quarters' last
        // place and the statement's own rounding: the rounding four quarters may add up to is no cover.
        slipAllowance: (0, decimal_1.add)((0, decimal_1.decimal)(1n, places), halfStated),
        // Worked out only for the statement the table is tied to (findQuarterTies), not every one tried.
        slips: [],
    };
    return out;
}
/** The most candidate figures tried on either side of a quarter's intended one (rounding leaves a few units). */
const MAX_REACH = 5n;
/**
 * The quarters whose slip would explain a difference: for each, a figure one slip from its own
 * (a digit changed, two transposed, one dropped or doubled) that brings the sum within the rounding
 * allowance of the year's figure, the nearest to the difference first.
 */
function slippedQuarters(quarters, diff, allowance) {
    const out = [];
    for (const cell of quarters) {
        const v = cell.value;
        const centre = (0, decimal_1.roundTo)((0, decimal_1.sub)(v, diff), v.scale);
        const reach = (0, decimal_1.roundTo)(allowance, v.scale).units;
        const span = reach < MAX_REACH ? reach : MAX_REACH;
        for (const k of [0n, ...Array.from({ length: Number(span) }, (_, i) => [BigInt(i + 1), -BigInt(i + 1)]).flat()]) {
            const intended = (0, decimal_1.decimal)(centre.units + k, v.scale);
            if ((0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.sub)(diff, (0, decimal_1.sub)(v, intended))), allowance) > 0)
                continue;
            const kind = (0, slips_1.slipApart)(v, intended);
            if (kind) {
                out.push({ cell, kind, intended });
                break;
            }
        }
    }
    return out;
}
//# sourceMappingURL=quarterlyTotals.js.map