"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.balanceTies = balanceTies;
const statements_1 = require("./statements");
const TOTAL_ASSETS = /^total\s+assets\b[^a-z]*$/i;
const TOTAL_CLAIMS = /^total\s+liabilities\b.*\b(?:equity|capital|investment|deficit|deficiency|net\s+worth)\b[^a-z]*$/i;
/** The heading that opens the liabilities side: `Liabilities and Shareholders' Equity:`, `LIABILITIES`. */
const CLAIMS_HEADING = /^liabilities\b/i;
/** Tables after a balance sheet's first that may hold its liabilities side. */
const FOLLOWING = 2;
/** A total printed without a label of its own: none, or just `Total`. */
function plainTotal(row) {
    const label = (0, statements_1.bareLabel)(row.label);
    return label === '' || /^total:?$/i.test(label);
}
/** The last row before `upto` with a figure in a year column, or -1. */
function lastWithFigures(table, upto = table.rows.length) {
    const columns = [...(0, statements_1.columnsByYear)(table).values()];
    for (let k = upto - 1; k >= 0; k--) {
        const row = table.rows[k];
        if (row.kind !== 'heading' && columns.some((c) => row.cells[c.index]?.value))
            return k;
    }
    return -1;
}
/** The row of total liabilities and equity from row `from` on: by its label, or (after the heading) the last total. */
function claimsIn(table, from, afterHeading) {
    const labelled = table.rows.findIndex((r, k) => k >= from && r.kind !== 'heading' && TOTAL_CLAIMS.test((0, statements_1.bareLabel)(r.label)));
    if (labelled >= 0)
        return labelled;
    if (!afterHeading)
        return -1;
    const last = lastWithFigures(table);
    return last >= from && plainTotal(table.rows[last]) ? last : -1;
}
/** The table after a balance sheet's first that holds its liabilities side, if one of the next few does. */
function liabilitiesSide(tables, i) {
    for (const u of tables.slice(i + 1, i + 1 + FOLLOWING)) {
        const kind = (0, statements_1.statementKind)(u);
        if (kind && kind !== 'balance sheet')
            return undefined;
        if (CLAIMS_HEADING.test(u.title.trim()) ||
            u.rows.slice(0, 3).some((r) => CLAIMS_HEADING.test((0, statements_1.bareLabel)(r.label))) ||
            u.rows.some((r) => TOTAL_CLAIMS.test((0, statements_1.bareLabel)(r.label)))) {
            return u;
        }
    }
    return undefined;
}
/**
 * The liabilities side's columns by year: as its headers name them, or, where it prints no header of
 * its own (the assets side's stands over both), its figure columns in the order of the assets side's.
 */
function columnsOfSide(assets, side) {
    const own = (0, statements_1.columnsByYear)(side);
    if (own.size > 0)
        return own;
    const figures = (t) => t.columns.filter((c) => c.kind === 'amount' || c.kind === 'number');
    const mine = figures(assets);
    const theirs = figures(side);
    const out = new Map();
    if (mine.length !== theirs.length)
        return out;
    for (const [year, column] of (0, statements_1.columnsByYear)(assets))
        out.set(year, theirs[mine.indexOf(column)]);
    return out;
}
/** Each balance sheet's two totals, year by year, where both are found in the same unit. */
function balanceTies(tables) {
    const out = [];
    tables.forEach((table, i) => {
        if ((0, statements_1.statementKind)(table) !== 'balance sheet')
            return;
        const years = (0, statements_1.columnsByYear)(table);
        if (years.size === 0)
            return;
        const heading = table.rows.findIndex((r) => CLAIMS_HEADING.test((0, statements_1.bareLabel)(r.label)));
        let assets = table.rows.findIndex((r) => r.kind !== 'heading' && TOTAL_ASSETS.test((0, statements_1.bareLabel)(r.label)));
        if (assets < 0 && heading > 0) {
            const k = lastWithFigures(table, heading);
            if (k >= 0 && plainTotal(table.rows[k]))
                assets = k;
        }
        let side = heading < 0 ? liabilitiesSide(tables, i) : undefined;
        if (assets < 0 && side) {
            const k = lastWithFigures(table);
            if (k >= 0 && plainTotal(table.rows[k]))
                assets = k;
        }
        if (assets < 0)
            return;
        let claimsTable = table;
        let claims = claimsIn(table, assets + 1, heading > assets);
        if (claims < 0) {
            side ??= liabilitiesSide(tables, i);
            if (side) {
                claimsTable = side;
                claims = claimsIn(side, 0, true);
            }
        }
        // A liabilities side that states no unit of its own is in the assets side's.
        const unit = (t) => t.scale?.exponent ?? 0;
        if (claims < 0 || (claimsTable.scale !== null && unit(claimsTable) !== unit(table)))
            return;
        const theirs = claimsTable === table ? years : columnsOfSide(table, claimsTable);
        const assetsRow = table.rows[assets];
        const claimsRow = claimsTable.rows[claims];
        for (const [year, column] of years) {
            const other = theirs.get(year);
            const a = assetsRow.cells[column.index];
            const c = other && claimsRow.cells[other.index];
            if (!a?.value || !c?.value)
                continue;
            out.push({ year, assets: a, assetsRow, assetsTable: table, claims: c, claimsRow, claimsTable });
        }
    });
    return out;
}
//# sourceMappingURL=balanceSheets.js.map