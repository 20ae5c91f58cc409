/** Text -> table model -> findings, with per-rule severities applied. */
import { CHECKS, type Check } from './checks';
import { createContext, type CheckContext, type Report, type TableCheck } from './checks/check';
import { perTable, type TableRun } from './checks/perTable';
import type { Finding, Severity, SeveritySetting } from './findings';
import type { FilingModel } from './model';
import { parseLines, type ParseCache } from './parse';
import type { LineChange } from './parse/change';
import { splitLines } from './parse/lines';

export interface AnalyzeOptions {
  /** Severity per rule, keyed by code (`FL101`) or name (`footing`); `off` drops the rule. */
  severities?: Record<string, SeveritySetting>;
  /** Pages parsed for an earlier version of the same document, reused where unchanged. */
  cache?: ParseCache;
  /** The lines changed since `cache` was filled, when the caller knows (else they are compared). */
  change?: LineChange;
}

export interface Analysis {
  model: FilingModel;
  findings: Finding[];
  /** Checks that threw, with their error; the other checks still ran. */
  failures: { code: string; error: unknown }[];
  /** Wall time of parse and checks, in milliseconds. */
  ms: number;
}

/** One severity lower: a tentative finding's. */
export function lower(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : severity === 'warning' ? 'information' : 'hint';
}

export function severityOf(check: Check, severities: Record<string, SeveritySetting> | undefined): SeveritySetting {
  return severities?.[check.code] ?? severities?.[check.name] ?? check.defaultSeverity;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeLines(splitLines(text), options);
}

/** The same over a document kept as lines (the server's store), so unchanged pages are found by identity. */
export function analyzeLines(lines: string[], options: AnalyzeOptions = {}): Analysis {
  const started = performance.now();
  const model = parseLines(lines, options.cache, options.change);
  const { findings, failures } = lintModel(model, options);
  return { model, findings, failures, ms: performance.now() - started };
}

/**
 * A report as a finding, the same object for the same report and severity: a table's kept reports
 * (perTable.ts) then give the same findings version after version, and the server sends each
 * finding's diagnostic as it encoded it before. (A model analysed once, without a parse cache to
 * carry it to a next version, keeps nothing: its findings are made afresh.)
 */
const findingsOf = new WeakMap<Report, Finding>();
function findingOf(check: Check, severity: Severity, report: Report): Finding {
  let finding = findingsOf.get(report);
  if (finding?.code !== check.code || finding.severity !== severity) {
    findingsOf.set(report, (finding = made(check, severity, report)));
  }
  return finding;
}

/** A report as a finding, made afresh. */
function made(check: Check, severity: Severity, report: Report): Finding {
  return { code: check.code, rule: check.name, severity, ...report };
}

/** A check's reports on a model: a table check's from the run of them all, what it threw thrown again. */
function reportsOf(check: Check, ctx: CheckContext, tableRuns: Map<TableCheck, TableRun>): Report[] {
  if (check.scope !== 'table') return check.run(ctx);
  const run = tableRuns.get(check)!;
  if (run.failure) throw run.failure.error;
  return run.reports;
}

/** Runs `checks` (all of them by default) over a parsed model. */
export function lintModel(
  model: FilingModel,
  options: AnalyzeOptions = {},
  checks: readonly Check[] = CHECKS,
): { findings: Finding[]; failures: Analysis['failures'] } {
  const ctx = createContext(model);
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  const on: { check: Check; configured: Severity }[] = [];
  for (const check of checks) {
    const configured = severityOf(check, options.severities);
    if (configured !== 'off') on.push({ check, configured });
  }
  // The table checks run together, table by table, their reports kept with each table (perTable.ts).
  const keep = options.cache !== undefined;
  const tableRuns = perTable(
    on.map((x) => x.check).filter((check): check is TableCheck => check.scope === 'table'),
    ctx,
    keep,
  );
  for (const { check, configured } of on) {
    let reports: Report[];
    try {
      reports = reportsOf(check, ctx, tableRuns);
    } catch (error) {
      failures.push({ code: check.code, error });
      continue;
    }
    for (const report of reports) {
      const once = report.tentative ? lower(configured) : configured;
      const severity = report.tentative === 2 ? lower(once) : once;
      findings.push(keep ? findingOf(check, severity, report) : made(check, severity, report));
    }
  }
  findings.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start || a.code.localeCompare(b.code));
  return { findings, failures };
}
