/**
 * The runner of the table checks: each table's reports are kept with the table object, as its facts
 * are (memo.ts). An edit builds again only the tables it touched (parse/reuse.ts): the others keep
 * their reports, moved with them when lines were added or removed above, and renumbered when tables
 * were added or removed before them. The checks run together, table by table, so a table's record is
 * looked up once for all of them: after a keystroke in a filing of thousands of tables, the work per
 * kept table is that lookup, and the checks run only on the tables the keystroke built again.
 */
import type { CheckContext, Report, TableCheck } from './check';
import { movedBy } from '../findings';
import type { Table } from '../model';

/** A table's reports from one check, as made when the table started at line `from`, numbered `index`, under `key`. */
interface TableReports {
  from: number;
  index: number;
  key: string | undefined;
  reports: Report[];
}

/** A check's reports on the whole model, or what it threw. */
export interface TableRun {
  reports: Report[];
  failure?: { error: unknown };
}

/** Each table's reports by check, in the order the checks were first run (`slots`). */
const kept = new WeakMap<Table, (TableReports | undefined)[]>();
const slots = new Map<string, number>();

function slotOf(check: TableCheck): number {
  let slot = slots.get(check.code);
  if (slot === undefined) slots.set(check.code, (slot = slots.size));
  return slot;
}

/** The reports of `checks` on every table of the model; a check that throws on one table fails whole. */
export function perTable(checks: readonly TableCheck[], ctx: CheckContext): Map<TableCheck, TableRun> {
  const runs = new Map<TableCheck, TableRun>();
  const active: { check: TableCheck; run: TableRun; slot: number; key: string | undefined }[] = [];
  for (const check of checks) {
    const run: TableRun = { reports: [] };
    runs.set(check, run);
    try {
      active.push({ check, run, slot: slotOf(check), key: check.dependsOn?.(ctx) });
    } catch (error) {
      run.failure = { error };
    }
  }
  for (const table of ctx.model.tables) {
    let byCheck = kept.get(table);
    if (!byCheck) kept.set(table, (byCheck = []));
    for (const a of active) {
      if (a.run.failure) continue;
      const known = byCheck[a.slot];
      let reports: Report[];
      if (!known || known.key !== a.key) {
        try {
          // The reports are copied as they stand: their spans may be the cells' own, which a table
          // moved in place carries along (reuse.ts), and the copies are moved here instead.
          reports = a.check.runTable(table, ctx).map((r) => movedBy(r, 0));
        } catch (error) {
          a.run.failure = { error };
          continue;
        }
        byCheck[a.slot] = { from: table.startLine, index: table.index, key: a.key, reports };
      } else {
        if (known.from !== table.startLine || known.index !== table.index) moveReports(known, table);
        reports = known.reports;
      }
      for (const r of reports) a.run.reports.push(r);
    }
  }
  return runs;
}

/** Brings a table's kept reports to where the table now is; most tables have none, and only their record changes. */
function moveReports(known: TableReports, table: Table): void {
  const delta = table.startLine - known.from;
  const index = table.index;
  if (known.reports.length > 0) {
    known.reports = known.reports.map((r) => ({ ...(delta ? movedBy(r, delta) : r), table: index }));
  }
  known.from = table.startLine;
  known.index = index;
}
