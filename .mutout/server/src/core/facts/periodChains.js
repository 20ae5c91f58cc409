"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scheduleChainsOf = exports.periodChainsOf = void 0;
/**
 * The chain of a roll-forward across period columns: a table that rolls a balance forward for each
 * of several years side by side (a pension plan's benefit obligation and plan assets, 2001 and 2000;
 * an allowance for 1998, 1997 and 1996) opens each year with the balance the year before closed
 * with, printed in the column beside. The year's opening figure in one column is the prior year's
 * closing figure in another.
 *
 * Only years are chained: the columns name one year each, a year apart, and the rows say the start
 * and end of a year (`at beginning of year`, `at January 1`; `at end of year`, `at December 31`).
 * Interim columns (nine months of 1999 against nine months of 1998) do not follow one another, and
 * `beginning of period` in a quarterly report is not the prior column's end. Columns are paired
 * by their order (`U.S.` 2001 with `U.S.` 2000, `Non-U.S.` 2001 with `Non-U.S.` 2000).
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const relations_1 = require("./relations");
const rollForwards_1 = require("./rollForwards");
const balanceRows_1 = require("./balanceRows");
const statements_1 = require("./statements");
/** The start of a year: `Benefit obligation at beginning of year`, `Fair value of plan assets at January 1`. */
const OPENS_YEAR = /\b(?:beginning|begin|start|opening) of (?:the )?(?:fiscal )?year\b|\bjan(?:uary|\.)? 1\b(?!\d)/i;
/** The end of a year: `Benefit obligation at end of year`, `at December 31`. */
const CLOSES_YEAR = /\b(?:end|close) of (?:the )?(?:fiscal )?year\b|\bdec(?:ember|\.)? 31\b(?!\d)/i;
/** Words of a period shorter than a year, or of another basis, in a column's header. */
const NOT_A_YEAR = /\b(?:months?|weeks?|quarters?|q[1-4]|pro forma|restated|as reported|historical|adjusted|unaudited|budget|forecast|projected)\b/i;
/** The chains of a table's roll-forwards across its year columns; once per table object. */
exports.periodChainsOf = (0, memo_1.memoize)(findPeriodChains);
function findPeriodChains(table) {
    const { segments, ties, failures } = (0, rollForwards_1.rollForwardsOf)(table);
    const out = [];
    for (const segment of segments) {
        if (segment.kind !== 'roll')
            continue;
        const open = (0, balanceRows_1.labelWords)(segment.open.label);
        const close = (0, balanceRows_1.labelWords)(segment.close.label);
        if (!OPENS_YEAR.test(open) || CLOSES_YEAR.test(open) || !CLOSES_YEAR.test(close) || OPENS_YEAR.test(close)) {
            continue;
        }
        const mine = ties.filter((t) => t.segment === segment);
        const columns = mine.map((t) => table.columns[t.column]).filter((c) => !NOT_A_YEAR.test(c.header));
        const years = new Map(columns.map((c) => [c, (0, statements_1.yearOf)(c)]));
        // A year printed over a group of columns that the header could not spread over the group (see
        // parse/columns.ts, yearsOverGroups) names one column only: unless every column names its year,
        // which column is which year is not known.
        if ([...years.values()].some((y) => y === null))
            continue;
        for (const later of columns) {
            const year = years.get(later);
            if (year == null)
                continue;
            // Several columns of a year (U.S. and non-U.S. plans, pension and other benefits): the first of
            // the year is paired with the first of the year before, and so on, whether the years alternate
            // (1998, 1997, 1998, 1997) or come in blocks (2001, 2001, 2000, 2000). The groups' names are in
            // header lines spanning their columns, read into one column's header or another's, so they are
            // not compared.
            const ofYear = columns.filter((c) => years.get(c) === year);
            const before = columns.filter((c) => years.get(c) === year - 1);
            const earlier = ofYear.length === before.length ? before[ofYear.indexOf(later)] : undefined;
            if (!earlier)
                continue;
            const openCell = segment.open.cells[later.index];
            const closeCell = segment.close.cells[earlier.index];
            if (!openCell?.value || !closeCell?.value || openCell.percent || closeCell.percent)
                continue;
            const laterTie = mine.find((t) => t.column === later.index);
            const earlierTie = mine.find((t) => t.column === earlier.index);
            const tied = (t) => !!t && t.ok && t.nonTrivial;
            const ok = (0, decimal_1.cmp)(openCell.value, closeCell.value) === 0;
            let mends = false;
            if (!ok && laterTie && !laterTie.ok && tied(earlierTie)) {
                const instead = new Map([[openCell, closeCell.value]]);
                // A slip of another figure that explains the column as well: which one is wrong is not known.
                const failure = failures.find((f) => f.segment === segment && f.column === later.index);
                const elsewhere = failure?.slip !== undefined && failure.slip.cell !== openCell;
                mends = !elsewhere && ((0, rollForwards_1.tie)(table, segment, later, instead)?.ok ?? false);
            }
            out.push({
                segment,
                later,
                open: openCell,
                earlier,
                close: closeCell,
                ok,
                bothTie: tied(laterTie) && tied(earlierTie),
                mends,
            });
        }
    }
    return out;
}
const BEGINNING_HEADER = /\b(?:beginning|begin|opening)\b/i;
const END_HEADER = /\b(?:end|ending|closing)\b/i;
const YEARS = /\b(?:19|20)\d\d\b/g;
/** Words of a row label that say when, not what: months, days, `year ended`. */
const WHEN_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?|\b\d{1,2}\b|\b(?:years?|fiscal|ended|ending|period)\b/gi;
/** A year as a word of letters, which the account's words keep (`2024` as `ycaec`). */
function yearWord(year) {
    return `y${year.replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
}
/**
 * A label's words besides the date: the account a row is of. Its years are dropped too, but where
 * `withYears` (the row's year is told by a heading, and a year in its label says which account).
 */
function accountOf(label, withYears = false) {
    return label
        .replace(YEARS, (year) => (withYears ? ` ${yearWord(year)} ` : ' '))
        .replace(WHEN_WORDS, ' ')
        .replace(/\([a-z0-9]\)/gi, ' ')
        .replace(/[^a-z]+/gi, ' ')
        .trim()
        .toLowerCase();
}
/** The chains down a schedule's rows; once per table object. */
exports.scheduleChainsOf = (0, memo_1.memoize)(findScheduleChains);
function findScheduleChains(table) {
    const begins = table.columns.filter((c) => c.index > 0 && BEGINNING_HEADER.test(c.header));
    const ends = table.columns.filter((c) => c.index > 0 && END_HEADER.test(c.header) && !BEGINNING_HEADER.test(c.header));
    if (begins.length !== 1 || ends.length !== 1 || begins[0].index >= ends[0].index)
        return [];
    const begin = begins[0].index;
    const end = ends[0].index;
    const rows = [];
    // The first block's heading may have been read into the label column's header (`Year ended
    // September 30, 1998 Allowance for doubtful accounts:`).
    const labelHeader = table.columns[0]?.kind === 'label' ? table.columns[0].header : '';
    let headingYear = (0, statements_1.oneYearIn)(labelHeader);
    let headingAccount = headingYear === null ? '' : accountOf(labelHeader);
    for (const row of table.rows) {
        if (row.kind === 'heading') {
            const year = (0, statements_1.oneYearIn)(row.label);
            if (year !== null)
                headingYear = year;
            const account = accountOf(row.label);
            if (account || year === null)
                headingAccount = account;
            continue;
        }
        if (!row.cells[begin]?.value || !row.cells[end]?.value)
            continue;
        // Under a heading that names the year, the year a label names is part of what the row is of:
        // Gilead's `Activity related to sales prior to 2024` under `Year ended December 31, 2024:` is
        // another account than the year before's `... prior to 2023`, which it does not continue.
        if (headingYear !== null) {
            rows.push({ row, year: headingYear, account: accountOf(row.label, true) || headingAccount });
            continue;
        }
        const year = (0, statements_1.oneYearIn)(row.label);
        if (year === null)
            continue;
        rows.push({ row, year, account: accountOf(row.label) || headingAccount });
    }
    if (rows.length < 2)
        return [];
    const relations = (0, relations_1.relationsOf)(table).filter((r) => r.result === end && r.terms.some((t) => t.column === begin));
    const holds = (row) => relations.find((r) => r.holds.includes(row));
    const out = [];
    for (const x of rows) {
        const same = rows.filter((y) => y.account === x.account && y.year === x.year);
        const before = rows.filter((y) => y.account === x.account && y.year === x.year - 1);
        if (same.length !== 1 || before.length !== 1)
            continue;
        const earlier = before[0].row;
        const open = x.row.cells[begin];
        const close = earlier.cells[end];
        const ok = (0, decimal_1.cmp)(open.value, close.value) === 0;
        const relation = holds(x.row);
        const bothHold = !!relation && relation.holds.includes(earlier);
        let mends = false;
        let mended;
        // The schedule as printed may show no relation once a figure is wrong (three rows, one failing,
        // are too few to believe one): the mend is tried whatever it shows.
        if (!ok && !bothHold) {
            mended = mendedRelation(table, x.row, begin, end, close.value);
            mends = mended !== undefined;
        }
        out.push({ year: x.year, later: x.row, open, earlier, close, ok, bothHold, mends, relation: mended ?? relation });
    }
    return out;
}
/**
 * The relation the schedule's rows show once a row's beginning figure reads `value`, where it holds
 * on every row of its that was read: the schedule adds up with the mend, not only the row.
 */
function mendedRelation(table, row, begin, end, value) {
    const cells = row.cells.slice();
    cells[begin] = { ...cells[begin], value };
    const mendedRow = { ...row, cells };
    const mended = { ...table, rows: table.rows.map((r) => (r === row ? mendedRow : r)) };
    return (0, relations_1.findRelations)(mended).find((r) => r.result === end &&
        r.terms.some((t) => t.column === begin) &&
        r.fails.length === 0 &&
        r.holds.includes(mendedRow));
}
//# sourceMappingURL=periodChains.js.map