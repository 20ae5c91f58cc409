/**
 * FL306 balance-sheet-balance: a balance sheet whose total assets differ from its total liabilities and
 * equity at one of its dates (facts/balanceSheets.ts), by what one slip in one of the two makes. The
 * total whose own column adds up to the other one is reported, with the fix; otherwise the
 * liabilities side's total is reported, saying that nothing tells which is wrong, with no fix. A
 * difference no slip explains is more likely a misreading of the statement than a filing's error, and
 * is not claimed.
 */
import { formatLike, type Decimal } from '../decimal';
import { factsOf } from '../facts';
import { balanceTies } from '../facts/balanceSheets';
import { sameFigure, slipApart } from '../facts/slips';
import { SLIP_WORDS } from '../facts/slips';
import { cellEdit } from '../fixes/replace';
import type { Cell, Row, Table } from '../model';
import type { ModelCheck, Report } from './check';
import { bare } from './describe';

/**
 * Whether a total's own column adds up, at it, to the other total: then the total is the one printed
 * wrong (its rows and the other side agree).
 */
function addsUpTo(table: Table, row: Row, cell: Cell, other: Decimal): boolean {
  const footing = factsOf(table).footings.find((f) => f.total === row && f.column === cell.column);
  return !!footing && !footing.ok && sameFigure(footing.computed, other);
}

export const balanceSheet: ModelCheck = {
  code: 'FL306',
  name: 'balance-sheet-balance',
  description:
    "A balance sheet's total assets differ from its total liabilities and equity at one of its dates, by one slip.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    for (const tie of balanceTies(ctx.model.tables)) {
      const assets = tie.assets.value!;
      const claims = tie.claims.value!;
      const slip = slipApart(claims, assets);
      if (!slip) continue;
      // The total whose own column adds up to the other one is the wrong one; without that, it is not known.
      const assetsWrong = addsUpTo(tie.assetsTable, tie.assetsRow, tie.assets, claims);
      const known = assetsWrong || addsUpTo(tie.claimsTable, tie.claimsRow, tie.claims, assets);
      const [cell, table, other] = assetsWrong
        ? [tie.assets, tie.assetsTable, tie.claims]
        : [tie.claims, tie.claimsTable, tie.assets];
      const printed = bare(cell.text);
      const expected = formatLike(other.value!, printed);
      const [mine, theirs] = assetsWrong
        ? ['total assets', 'total liabilities and equity']
        : ['total liabilities and equity', 'total assets'];
      const why = known
        ? `; its column adds up to ${expected}, not ${printed}: ${printed} reads like ${SLIP_WORDS[slip]} for ${expected}`
        : `: they differ by ${SLIP_WORDS[slip]}, and neither column says which is right`;
      out.push({
        span: cell.span,
        table: table.index,
        message: `${mine} for ${tie.year} is ${printed} but ${theirs} ${bare(other.text)}: a balance sheet's two totals are equal${why}`,
        related: [{ span: other.span, message: `${theirs} ${tie.year}: ${bare(other.text)}` }],
        fix: known
          ? {
              title: `Change ${printed} to ${expected}`,
              edits: [cellEdit(ctx.model.lines, table, cell, expected)],
            }
          : undefined,
      });
    }
    return out;
  },
};
