/**
 * The runner of the table checks: each table's reports are kept with the table object, as its facts
 * are (memo.ts). An edit builds again only the tables it touched (parse/reuse.ts): the others keep
 * their reports, moved with them when lines were added or removed above, and renumbered when tables
 * were added or removed before them. A filing of thousands of tables is thus checked again, after a
 * keystroke, in the time of the tables that keystroke touched, not of all of them.
 */
import type { CheckContext, Report, TableCheck } from './check';
import { movedBy } from '../findings';
import type { Table } from '../model';

/** A table's reports, as made when the table started at line `from`, numbered `index`, under `key`. */
interface TableReports {
  from: number;
  index: number;
  key: string | undefined;
  reports: Report[];
}

/** Each table's reports by check, in the order the checks were first run (`slots`). */
const kept = new WeakMap<Table, (TableReports | undefined)[]>();
const slots = new Map<string, number>();

export function perTable(check: TableCheck, ctx: CheckContext): Report[] {
  let slot = slots.get(check.code);
  if (slot === undefined) slots.set(check.code, (slot = slots.size));
  const key = check.dependsOn?.(ctx);
  const out: Report[] = [];
  for (const table of ctx.model.tables) {
    let byCheck = kept.get(table);
    if (!byCheck) kept.set(table, (byCheck = []));
    const known = byCheck[slot];
    if (!known || known.key !== key) {
      // The reports are copied as they stand: their spans may be the cells' own, which a table
      // moved in place carries along (reuse.ts), and the copies are moved here instead.
      const reports = check.runTable(table, ctx).map((r) => movedBy(r, 0));
      byCheck[slot] = { from: table.startLine, index: table.index, key, reports };
      for (const r of reports) out.push(r);
      continue;
    }
    if (known.from !== table.startLine || known.index !== table.index) {
      const delta = table.startLine - known.from;
      const index = table.index;
      // Most tables have nothing to report: their record is only brought up to date.
      if (known.reports.length > 0) {
        known.reports = known.reports.map((r) => ({ ...(delta ? movedBy(r, delta) : r), table: index }));
      }
      known.from = table.startLine;
      known.index = index;
    }
    for (const r of known.reports) out.push(r);
  }
  return out;
}
