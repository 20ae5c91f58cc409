/** The shape of a check: one file per check, each with a stable code, a name and a docs page. */
import type { Finding, Severity } from '../findings';
import type { FilingModel, Table } from '../model';
import { factsOf, type TableFacts } from '../facts';

/** What a check reports; the engine adds the code, rule name and configured severity. */
export type Report = Omit<Finding, 'code' | 'rule' | 'severity'>;

export interface CheckContext {
  model: FilingModel;
  facts(table: Table): TableFacts;
}

/**
 * What a check's findings depend on, which says when one is final before the whole document is read:
 * `line`, the line it is on (and whether that line is part of a table); `table`, the table it belongs
 * to (footing's wording may also name the pool's other tables, but whether it reports does not
 * depend on them); `document`, tables anywhere in the document.
 */
export type CheckScope = 'line' | 'table' | 'document';

interface CheckInfo {
  /** Stable code, `FL101`; never reused for another meaning. */
  code: string;
  /** Stable kebab-case name, `footing`; settings accept either. */
  name: string;
  /** One line for settings, docs and `--list-rules`. */
  description: string;
  defaultSeverity: Severity;
}

/** A check over the whole model: the per-line checks (which keep their own reports by page) and the document's. */
export interface ModelCheck extends CheckInfo {
  scope: 'line' | 'document';
  run(ctx: CheckContext): Report[];
}

/**
 * A check of one table at a time. The engine keeps each table's reports with the table (see
 * perTable.ts), so an edit re-checks only the tables it built again.
 */
export interface TableCheck extends CheckInfo {
  scope: 'table';
  runTable(table: Table, ctx: CheckContext): Report[];
  /**
   * What the reports depend on besides the table, as a key (footing's wording names the pool's other
   * tables): the kept reports of every table are made again when it differs.
   */
  dependsOn?(ctx: CheckContext): string;
}

export type Check = ModelCheck | TableCheck;

export function createContext(model: FilingModel): CheckContext {
  return { model, facts: factsOf };
}
