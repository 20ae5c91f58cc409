/**
 * FL301 cross-table: the tables that describe one pool share its total count and total balance
 * (553 loans, $225,112,214.21 nine times in the sample). A table that foots but states other totals
 * is suspect; it is reported at its total, naming the tables it disagrees with.
 */
import { eq, format, type Decimal } from '../decimal';
import type { Cell, Table } from '../model';
import type { Check, CheckContext, Report } from './check';

interface PoolTotals {
  table: Table;
  count?: Cell;
  amount?: Cell;
}

/** Distribution tables (a share column totalling 100) with their count and balance totals. */
function poolTotals(ctx: CheckContext): PoolTotals[] {
  const out: PoolTotals[] = [];
  for (const table of ctx.model.tables) {
    const facts = ctx.facts(table);
    if (facts.shares.length === 0) continue;
    const total = table.rows.find((r) => r.kind === 'total');
    if (!total) continue;
    const countCol = table.columns.find((c) => c.kind === 'count' && total.cells[c.index]?.value);
    const amountCol = table.columns.find((c) => c.kind === 'amount' && total.cells[c.index]?.value);
    if (!countCol && !amountCol) continue;
    out.push({ table, count: countCol && total.cells[countCol.index], amount: amountCol && total.cells[amountCol.index] });
  }
  return out;
}

/** The value most tables agree on, when at least two agree and they outnumber every other value. */
function consensus(values: Decimal[]): Decimal | null {
  const groups: { value: Decimal; n: number }[] = [];
  for (const v of values) {
    const g = groups.find((x) => eq(x.value, v));
    if (g) g.n++;
    else groups.push({ value: v, n: 1 });
  }
  groups.sort((a, b) => b.n - a.n);
  if (groups.length < 2 || groups[0].n < 2 || groups[0].n === groups[1].n) return null;
  return groups[0].value;
}

export const crossTable: Check = {
  code: 'FL301',
  name: 'cross-table',
  description: 'A table describing the pool states a total count or balance that the other tables of the pool do not.',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Report[] = [];
    const pools = poolTotals(ctx);
    if (pools.length < 3) return out;
    for (const key of ['count', 'amount'] as const) {
      const withKey = pools.filter((p) => p[key]?.value);
      const agreed = consensus(withKey.map((p) => p[key]!.value!));
      if (!agreed) continue;
      const agreeing = withKey.filter((p) => eq(p[key]!.value!, agreed));
      for (const p of withKey) {
        const cell = p[key]!;
        if (eq(cell.value!, agreed)) continue;
        // A table that does not foot is already reported at this total by FL101.
        const facts = ctx.facts(p.table);
        if (facts.footings.some((f) => !f.ok)) continue;
        const noun = key === 'count' ? 'total count' : 'total balance';
        const names = agreeing.map((a) => `"${a.table.title}"`);
        const shown = key === 'amount' ? `$${format(agreed)}` : format(agreed);
        out.push({
          span: cell.span,
          table: p.table.index,
          message:
            `${cell.text.trim()} disagrees with the ${noun} ${shown} of ${agreeing.length} other table${agreeing.length === 1 ? '' : 's'} of this pool ` +
            `(${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}), though this table foots`,
          related: agreeing.slice(0, 20).map((a) => ({ span: a[key]!.span, message: `"${a.table.title}": ${a[key]!.text.trim()}` })),
        });
      }
    }
    return out;
  },
};
