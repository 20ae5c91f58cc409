"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.balanceSheet = void 0;
/**
 * FL306 balance-sheet-balance: a balance sheet whose total assets differ from its total liabilities and
 * equity at one of its dates (facts/balanceSheets.ts), by what one slip in one of the two makes. The
 * total whose own column adds up to the other one is reported, with the fix; otherwise the
 * liabilities side's total is reported, saying that nothing tells which is wrong, with no fix. A
 * difference no slip explains is more likely a misreading of the statement than a filing's error, and
 * is not claimed.
 */
const decimal_1 = require("../decimal");
const facts_1 = require("../facts");
const balanceSheets_1 = require("../facts/balanceSheets");
const slips_1 = require("../facts/slips");
const slips_2 = require("../facts/slips");
const replace_1 = require("../fixes/replace");
const describe_1 = require("./describe");
/**
 * Whether a total's own column adds up, at it, to the other total: then the total is the one printed
 * wrong (its rows and the other side agree).
 */
function addsUpTo(table, row, cell, other) {
    const footing = (0, facts_1.factsOf)(table).footings.find((f) => f.total === row && f.column === cell.column);
    return !!footing && !footing.ok && (0, slips_1.sameFigure)(footing.computed, other);
}
exports.balanceSheet = {
    code: 'FL306',
    name: 'balance-sheet-balance',
    description: "A balance sheet's total assets differ from its total liabilities and equity at one of its dates, by one slip.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        for (const tie of (0, balanceSheets_1.balanceTies)(ctx.model.tables)) {
            const assets = tie.assets.value;
            const claims = tie.claims.value;
            const slip = (0, slips_1.slipApart)(claims, assets);
            if (!slip)
                continue;
            // The total whose own column adds up to the other one is the wrong one; without that, it is not known.
            const assetsWrong = addsUpTo(tie.assetsTable, tie.assetsRow, tie.assets, claims);
            const known = assetsWrong || addsUpTo(tie.claimsTable, tie.claimsRow, tie.claims, assets);
            const [cell, table, other] = assetsWrong
                ? [tie.assets, tie.assetsTable, tie.claims]
                : [tie.claims, tie.claimsTable, tie.assets];
            const printed = (0, describe_1.bare)(cell.text);
            const expected = (0, decimal_1.formatLike)(other.value, printed);
            const [mine, theirs] = assetsWrong
                ? ['total assets', 'total liabilities and equity']
                : ['total liabilities and equity', 'total assets'];
            const why = known
                ? `; its column adds up to ${expected}, not ${printed}: ${printed} reads like ${slips_2.SLIP_WORDS[slip]} for ${expected}`
                : `: they differ by ${slips_2.SLIP_WORDS[slip]}, and neither column says which is right`;
            out.push({
                span: cell.span,
                table: table.index,
                message: `${mine} for ${tie.year} is ${printed} but ${theirs} ${(0, describe_1.bare)(other.text)}: a balance sheet's two totals are equal${why}`,
                related: [{ span: other.span, message: `${theirs} ${tie.year}: ${(0, describe_1.bare)(other.text)}` }],
                fix: known
                    ? {
                        title: `Change ${printed} to ${expected}`,
                        edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, cell, expected)],
                    }
                    : undefined,
            });
        }
        return out;
    },
};
//# sourceMappingURL=balanceSheet.js.map