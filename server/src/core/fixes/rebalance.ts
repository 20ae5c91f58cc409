/**
 * Rebalancing a share column whose rows, each rounded on its own, sum to 99.99% or 100.01%: the
 * largest-remainder method gives the rows that lost most to rounding the missing hundredths (or
 * takes them from those that gained most), so the body sums to exactly the total. Offered as a
 * refactoring; it is never a finding.
 */
import { cmp, decimal, divRound, formatLike, pow10, rescale, sum, type Decimal } from '../decimal';
import { factsOf, isHundred } from '../facts';
import type { FilingModel, Table } from '../model';
import type { Fix } from '../findings';
import { cellEdit } from './replace';

export interface Rebalance {
  table: number;
  column: number;
  bodySum: Decimal;
  fix: Fix;
}

export function rebalances(model: FilingModel, table: Table): Rebalance[] {
  const out: Rebalance[] = [];
  for (const share of factsOf(table).shares) {
    // A table of blocks, each with its own whole (facts/shares.ts), is not rebalanced as one column.
    if (share.rows.length < 2 || share.rows.some((r) => !r.ok || r.whole)) continue;
    const total = table.rows.find((r) => r.kind === 'total' && r.cells[share.percentColumn]?.value);
    const totalCell = total?.cells[share.percentColumn];
    if (!totalCell || !isHundred(totalCell.value!)) continue;
    const scale = share.rows[0].stated.scale;
    if (share.rows.some((r) => r.stated.scale !== scale)) continue;
    const bodySum = sum(share.rows.map((r) => r.stated));
    if (cmp(bodySum, totalCell.value!) === 0) continue;
    // Exact shares in units of 10^-(scale+6), their floors at the shown scale, and the remainders.
    const s = Math.max(share.denominator.scale, ...share.rows.map((r) => r.row.cells[share.baseColumn]!.value!.scale));
    const den = rescale(share.denominator, s).units;
    const unit = pow10(6);
    const exact = share.rows.map((r) =>
      divRound(rescale(r.row.cells[share.baseColumn]!.value!, s).units * 100n * pow10(scale) * unit, den),
    );
    const floors = exact.map((e) => e / unit);
    const target = 100n * pow10(scale);
    let missing = target - floors.reduce((a, b) => a + b, 0n);
    const order = exact
      .map((e, i) => ({ i, rem: e % unit }))
      .sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
    const result = [...floors];
    for (const o of order) {
      if (missing <= 0n) break;
      result[o.i] += 1n;
      missing -= 1n;
    }
    const edits = share.rows
      .map((r, i) => ({ r, value: decimal(result[i], scale) }))
      .filter(({ r, value }) => cmp(r.stated, value) !== 0)
      .map(({ r, value }) => cellEdit(model.lines, table, r.cell, formatLike(value, r.cell.text)));
    if (edits.length === 0) continue;
    out.push({
      table: table.index,
      column: share.percentColumn,
      bodySum,
      fix: {
        title: `Rebalance percentages to ${totalCell.text.trim()} (largest remainder; ${edits.length} row${edits.length === 1 ? '' : 's'})`,
        edits,
      },
    });
  }
  return out;
}
