"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statutoryLines = void 0;
/**
 * Tax at the statutory rate: the first line of a tax-rate reconciliation in amounts (`Tax provision at
 * the U.S. federal statutory rate   $266   $134   $75`) is the statutory rate times the year's income
 * before income taxes, which the income statement prints. Filers compute it, so each year's figure is
 * that product rounded to the line's last place.
 *
 * A year is claimed wrong only on evidence that the line is read as meant: another year of the same
 * line agrees with its income statement's pre-tax income at a rate the line or the filing's custom
 * gives (a rate the label states, else the U.S. federal 35% or 34%), in one unit between the two
 * tables; the year that does not agree at any such rate, then, differs from the product at the rate
 * the agreeing years use by what one slip in its figure would make (a digit changed, two transposed,
 * a digit dropped or doubled). A line whose years agree with none, a base other than pre-tax income
 * (income before minority interest, a foreign rate), or a difference no slip explains claims nothing.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const slips_1 = require("./slips");
const statements_1 = require("./statements");
const tolerance_1 = require("./tolerance");
/** A reconciliation's line of tax at the statutory rate. */
const STATUTORY = /\bstatutory\b/i;
/** A rate the label states: `at the federal statutory rate of 35%`, `35 percent`. */
const STATED_RATE = /\b(\d{2}(?:\.\d{1,2})?)\s*(?:%|percent\b)/i;
/** A federal rate the label implies without stating it. */
const FEDERAL = /\b(?:federal|u\.\s?s\.|united\s+states)/i;
/** The U.S. federal rates of the 1990s and 2000s (35% from 1993, 34% before). */
const FEDERAL_RATES = [(0, decimal_1.decimal)(35n, 0), (0, decimal_1.decimal)(34n, 0)];
/**
 * The income statement's pre-tax income, the base of the statutory line: `Income before income
 * taxes`, also where it names what else it comes before (`... and extraordinary loss`, `... and
 * minority interest`), the first such row of the statement.
 */
const PRETAX = /^(?:income|earnings|loss|\(loss\)|net\s+income)[^.]{0,30}\bbefore\s+(?:provision\s+for\s+)?(?:income\s+)?tax(?:es)?\b/i;
/** The statutory-rate lines of a document's reconciliations, each year against its income statement. */
exports.statutoryLines = (0, memo_1.memoize)(findStatutoryLines);
function findStatutoryLines(model) {
    const incomeStatements = model.tables.filter((t) => (0, statements_1.isAnnual)(t, 'income'));
    if (incomeStatements.length === 0)
        return [];
    const out = [];
    for (const table of model.tables) {
        const found = statutoryRows(table);
        if (!found)
            continue;
        const { row, rateRow } = found;
        const named = ratesOf(`${(0, statements_1.bareLabel)(row.label)} ${rateRow ? (0, statements_1.bareLabel)(rateRow.label) : ''} ${table.title}`);
        const bases = basesOf(table, row, incomeStatements);
        if (bases.length < 2)
            continue;
        const ratesFor = (b) => {
            const stated = rateRow?.cells[b.cell.column];
            return stated?.value && stated.percent ? [stated.value] : named;
        };
        const line = weigh(table, row, bases, ratesFor);
        if (line)
            out.push(line);
    }
    return out;
}
/**
 * A table's line of tax at the statutory rate in amounts, and the line of the rate itself
 * (`U.S. federal statutory tax rate  35.0%`) above or below it, which says each year's rate; none in
 * a primary statement. Read once per table object: a keystroke reads labels only in tables built again.
 */
const statutoryRows = (0, memo_1.memoize)((table) => {
    if ((0, statements_1.statementKind)(table) !== null)
        return null;
    const lines = table.rows.filter((r) => r.kind !== 'heading' && STATUTORY.test((0, statements_1.bareLabel)(r.label)));
    const row = lines.find((r) => r.cells.some((c) => c?.value && !c.percent && c.column > 0));
    if (!row)
        return null;
    return { row, rateRow: lines.find((r) => r !== row && r.cells.some((c) => c?.percent)) };
});
/** The rates a label allows: the one it states, else the federal rates where it names the federal tax. */
function ratesOf(label) {
    const stated = STATED_RATE.exec(label);
    if (stated) {
        const [whole, frac = ''] = stated[1].split('.');
        return [(0, decimal_1.decimal)(BigInt(whole + frac), frac.length)];
    }
    return FEDERAL.test(label) ? FEDERAL_RATES : [];
}
/** Each year of the line with an amount, beside the first income statement's pre-tax income for it. */
function basesOf(table, row, incomeStatements) {
    const out = [];
    for (const [year, column] of (0, statements_1.columnsByYear)(table)) {
        const cell = row.cells[column.index];
        if (!cell?.value || cell.percent || cell.value.units === 0n)
            continue;
        for (const statement of incomeStatements) {
            const col = (0, statements_1.columnsByYear)(statement).get(year);
            const pretax = statement.rows.find((r) => r.kind !== 'heading' && PRETAX.test((0, statements_1.bareLabel)(r.label)));
            const base = col && pretax?.cells[col.index];
            if (!base?.value || base.percent || base.value.units === 0n)
                continue;
            out.push({ year, cell, base, baseTable: statement });
            break;
        }
    }
    return out;
}
/**
 * Whether a figure's difference from the product is more than a filer's own computation leaves: ten
 * units of its last place or more, or 1% of the product. Filers apply the rate to a base a little
 * other than the one printed (before rounding, before a minority interest), and land a few units
 * off in the last digit (Qualcomm's 37,956 for 37,952, Seagate's 116,012 for 116,011), which is no slip.
 */
function beyondNoise(figure, expected) {
    const diff = (0, decimal_1.abs)((0, decimal_1.add)((0, decimal_1.abs)(figure), (0, decimal_1.decimal)(-(0, decimal_1.rescale)(expected, figure.scale).units, figure.scale)));
    if (diff.units >= 10n)
        return true;
    return diff.units * 100n >= (0, decimal_1.rescale)(expected, figure.scale).units;
}
/** `rate`% of `base` times ten to `step`, exact. */
function product(rate, base, step) {
    const units = rate.units * base.units * (step > 0 ? (0, decimal_1.pow10)(step) : 1n);
    return (0, decimal_1.decimal)(units, rate.scale + base.scale + 2 + (step < 0 ? -step : 0));
}
/**
 * Whether a printed figure is the product rounded to its places: within half its last place, and
 * the rate's share of half the base's last place (the base is rounded too). Signs are the filer's
 * to choose (a benefit on a loss is printed either way), so magnitudes are compared.
 */
function agrees(figure, exact, rate, base, step) {
    const halfFigure = (0, decimal_1.decimal)(5n, figure.scale + 1);
    const halfBase = product(rate, (0, decimal_1.decimal)(5n, base.scale + 1), step);
    return (0, decimal_1.cmp)((0, decimal_1.abs)((0, decimal_1.add)((0, decimal_1.abs)(exact), (0, decimal_1.decimal)(-(0, decimal_1.abs)(figure).units, figure.scale))), (0, decimal_1.add)(halfFigure, halfBase)) <= 0;
}
/** The years of a line, weighed: the unit step most years agree at, and the years that do not. */
function weigh(table, row, bases, ratesFor) {
    let best = null;
    for (const step of tolerance_1.UNIT_STEPS) {
        const agreeing = new Map();
        for (const b of bases) {
            if ((0, decimal_1.abs)(b.cell.value).units < tolerance_1.MIN_TELLING_UNITS * (0, decimal_1.pow10)(b.cell.value.scale))
                continue;
            const rate = ratesFor(b).find((r) => agrees(b.cell.value, product(r, b.base.value, step), r, b.base.value, step));
            if (rate)
                agreeing.set(b, rate);
        }
        if (!best || agreeing.size > best.agreeing.size)
            best = { step, agreeing };
    }
    if (!best || best.agreeing.size === 0)
        return null;
    const { step, agreeing } = best;
    const years = [];
    for (const b of bases) {
        const figure = b.cell.value;
        const base = b.base.value;
        // A year agrees at a rate it may be at (34% before 1993 where the others are at 35%).
        const fits = agreeing.get(b) ?? ratesFor(b).find((r) => agrees(figure, product(r, base, step), r, base, step));
        if (fits) {
            years.push({ ...b, rate: fits, expected: (0, decimal_1.roundTo)((0, decimal_1.abs)(product(fits, base, step)), figure.scale), ok: true });
            continue;
        }
        // Weighed at its own rate where the reconciliation states one, else at the nearest agreeing year's.
        const own = ratesFor(b);
        const nearest = [...agreeing.keys()].sort((p, q) => Math.abs(p.year - b.year) - Math.abs(q.year - b.year))[0];
        const rate = own.length === 1 ? own[0] : agreeing.get(nearest);
        const expected = (0, decimal_1.roundTo)((0, decimal_1.abs)(product(rate, base, step)), figure.scale);
        const slip = beyondNoise(figure, expected)
            ? ((0, slips_1.slipApart)((0, decimal_1.abs)(figure), (0, decimal_1.rescale)(expected, figure.scale)) ?? undefined)
            : undefined;
        years.push({ ...b, rate, expected, ok: false, slip });
    }
    return { table, row, years };
}
//# sourceMappingURL=statutoryTax.js.map