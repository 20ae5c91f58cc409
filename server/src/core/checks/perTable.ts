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
import { charsMoved } from '../parse/reuse';

/**
 * A table's reports, by check (in the order of `slots`), as made when the table started at line
 * `from` and was numbered `index`, each check's under its `keys` entry. One record per table: an
 * edit that adds a line moves every table below it, and each moved table's record is brought up to
 * date once, not once per check.
 */
interface TableRecord {
  from: number;
  index: number;
  keys: (string | undefined)[];
  reports: (readonly Report[] | undefined)[];
  /**
   * The run (its checks and their keys, see `runKey`) for which every check's reports are in the
   * record, and whether all of them are empty: a keystroke in a filing of thousands of tables then
   * passes over each kept table, most with no reports, in one comparison instead of one per check.
   */
  run?: string;
  empty?: boolean;
}

/** The reports of a table with none, shared. */
const NONE: readonly Report[] = [];

/** A check's reports on the whole model, or what it threw. */
export interface TableRun {
  reports: Report[];
  failure?: { error: unknown };
}

/** Each table's record. */
const kept = new WeakMap<Table, TableRecord>();
const slots = new Map<string, number>();

function slotOf(check: TableCheck): number {
  let slot = slots.get(check.code);
  if (slot === undefined) slots.set(check.code, (slot = slots.size));
  return slot;
}

/**
 * The reports of `checks` on every table of the model; a check that throws on one table fails whole.
 * With `keep` (an analysis that a parse cache carries to the next version), each table's reports are
 * kept with it; without, a model analysed once, they are only made.
 */
export function perTable(checks: readonly TableCheck[], ctx: CheckContext, keep = true): Map<TableCheck, TableRun> {
  const runs = new Map<TableCheck, TableRun>();
  const active: { check: TableCheck; run: TableRun; slot: number; key: string | undefined }[] = [];
  for (const check of checks) {
    const run: TableRun = { reports: [] };
    runs.set(check, run);
    try {
      // What else the reports depend on matters only to reports kept for a next version.
      active.push({ check, run, slot: slotOf(check), key: keep ? check.dependsOn?.(ctx) : undefined });
    } catch (error) {
      run.failure = { error };
    }
  }
  if (!keep) {
    // Check by check, as each check's code then stays hot over the tables.
    for (const a of active) {
      try {
        for (const table of ctx.model.tables) for (const r of a.check.runTable(table, ctx)) a.run.reports.push(r);
      } catch (error) {
        a.run.failure = { error };
      }
    }
    return runs;
  }
  const run = runKey(active);
  const moved = charsMoved.any;
  charsMoved.any = false;
  for (const table of ctx.model.tables) {
    let record = kept.get(table);
    if (moved && charsMoved.tables.has(table)) {
      // Its figures moved along their line (an HTML table kept below an edit on a Workiva line): its
      // reports are made again rather than moved span by span.
      charsMoved.tables.delete(table);
      record = undefined;
    }
    if (!record) kept.set(table, (record = { from: table.startLine, index: table.index, keys: [], reports: [] }));
    else if (record.from !== table.startLine || record.index !== table.index) moveRecord(record, table);
    if (record.run === run) {
      if (record.empty) continue;
      for (const a of active) for (const r of record.reports[a.slot]!) a.run.reports.push(r);
      continue;
    }
    let complete = true;
    let empty = true;
    for (const a of active) {
      if (a.run.failure) {
        complete = false;
        continue;
      }
      let reports = record.reports[a.slot];
      if (!reports || record.keys[a.slot] !== a.key) {
        try {
          // The reports are copied as they stand: their spans may be the cells' own, which a table
          // moved in place carries along (reuse.ts), and the copies are moved here instead.
          const made = a.check.runTable(table, ctx);
          reports = made.length === 0 ? NONE : made.map((r) => movedBy(r, 0));
        } catch (error) {
          a.run.failure = { error };
          complete = false;
          continue;
        }
        record.reports[a.slot] = reports;
        record.keys[a.slot] = a.key;
      }
      if (reports.length > 0) empty = false;
      for (const r of reports) a.run.reports.push(r);
    }
    record.run = complete ? run : undefined;
    record.empty = empty;
  }
  return runs;
}

/** What a table's kept reports were made for: the checks run, each with its key. */
function runKey(active: readonly { slot: number; key: string | undefined }[]): string {
  let key = '';
  for (const a of active) key += `${a.slot}:${a.key ?? ''}\u0000`;
  return key;
}

/** Brings a table's record to where the table now is; most tables have no reports, and only the record changes. */
function moveRecord(record: TableRecord, table: Table): void {
  const delta = table.startLine - record.from;
  const index = table.index;
  const reports = record.reports;
  for (let slot = 0; slot < reports.length; slot++) {
    const list = reports[slot];
    if (list && list.length > 0) {
      reports[slot] = list.map((r) => ({ ...(delta ? movedBy(r, delta) : r), table: index }));
    }
  }
  record.from = table.startLine;
  record.index = index;
}
