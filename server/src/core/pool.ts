/**
 * The pool a set of distribution tables describes: the total count and balance most of them agree
 * on (553 loans, $225,112,214.21 nine times in the sample). Cross-table checks compare against it;
 * footing uses it to tell a wrong total from a wrong row.
 */
import { eq, type Decimal } from './decimal';
import type { Cell, FilingModel, Table } from './model';
import { factsOf } from './facts';
import { memoize } from './memo';

export type PoolKey = 'count' | 'amount';

export interface PoolTotals {
  table: Table;
  count?: Cell;
  amount?: Cell;
}

export interface Pool {
  tables: PoolTotals[];
  /** The agreed total by key, when at least two tables agree and they outnumber every other value. */
  agreed: Partial<Record<PoolKey, Decimal>>;
}

/** The value most tables agree on, when at least two agree and they outnumber every other value. */
function consensus(values: Decimal[]): Decimal | undefined {
  const groups: { value: Decimal; n: number }[] = [];
  for (const v of values) {
    const g = groups.find((x) => eq(x.value, v));
    if (g) g.n++;
    else groups.push({ value: v, n: 1 });
  }
  groups.sort((a, b) => b.n - a.n);
  if (groups.length === 0 || groups[0].n < 2 || (groups.length > 1 && groups[0].n === groups[1].n)) return undefined;
  return groups[0].value;
}

/** The pool of a model's distribution tables, worked out once per model. */
export const poolOf = memoize(findPool);

function findPool(model: FilingModel): Pool {
  const tables: PoolTotals[] = [];
  for (const table of model.tables) {
    if (factsOf(table).shares.length === 0) continue;
    const total = table.rows.find((r) => r.kind === 'total');
    if (!total) continue;
    const countCol = table.columns.find((c) => c.kind === 'count' && total.cells[c.index]?.value);
    const amountCol = table.columns.find((c) => c.kind === 'amount' && total.cells[c.index]?.value);
    if (!countCol && !amountCol) continue;
    tables.push({
      table,
      count: countCol && total.cells[countCol.index],
      amount: amountCol && total.cells[amountCol.index],
    });
  }
  const agreed: Pool['agreed'] = {};
  if (tables.length >= 3) {
    for (const key of ['count', 'amount'] as const) {
      const value = consensus(tables.filter((p) => p[key]?.value).map((p) => p[key]!.value!));
      if (value) agreed[key] = value;
    }
  }
  return { tables, agreed };
}
