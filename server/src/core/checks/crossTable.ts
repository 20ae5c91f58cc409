/**
 * FL301 cross-table: the tables that describe one pool share its total count and total balance
 * (553 loans, $225,112,214.21 nine times in the sample). A table that foots but states other totals
 * is suspect; it is reported at its total, naming the tables it disagrees with.
 */
import { eq, format } from '../decimal';
import { poolOf } from '../pool';
import type { Check, Report } from './check';

export const crossTable: Check = {
  code: 'FL301',
  name: 'cross-table',
  description: 'A table describing the pool states a total count or balance that the other tables of the pool do not.',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    const pool = poolOf(ctx.model);
    for (const key of ['count', 'amount'] as const) {
      const agreed = pool.agreed[key];
      if (!agreed) continue;
      const withKey = pool.tables.filter((p) => p[key]?.value);
      const agreeing = withKey.filter((p) => eq(p[key]!.value!, agreed));
      for (const p of withKey) {
        const cell = p[key]!;
        if (eq(cell.value!, agreed)) continue;
        // A table that does not foot is already reported at this total by FL101.
        if (ctx.facts(p.table).footings.some((f) => !f.ok)) continue;
        const noun = key === 'count' ? 'total count' : 'total balance';
        const names = agreeing.map((a) => `"${a.table.title}"`);
        const shown = key === 'amount' ? `$${format(agreed)}` : format(agreed);
        out.push({
          span: cell.span,
          table: p.table.index,
          message:
            `${cell.text.trim()} disagrees with the ${noun} ${shown} of ${agreeing.length} ` +
            `other table${agreeing.length === 1 ? '' : 's'} of this pool ` +
            `(${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}), though this table foots`,
          related: agreeing
            .slice(0, 20)
            .map((a) => ({ span: a[key]!.span, message: `"${a.table.title}": ${a[key]!.text.trim()}` })),
        });
      }
    }
    return out;
  },
};
