"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lower = lower;
exports.severityOf = severityOf;
exports.analyze = analyze;
exports.analyzeLines = analyzeLines;
exports.lintModel = lintModel;
/** Text -> table model -> findings, with per-rule severities applied. */
const checks_1 = require("./checks");
const check_1 = require("./checks/check");
const perTable_1 = require("./checks/perTable");
const parse_1 = require("./parse");
const lines_1 = require("./parse/lines");
/** One severity lower: a tentative finding's. */
function lower(severity) {
    return severity === 'error' ? 'warning' : severity === 'warning' ? 'information' : 'hint';
}
function severityOf(check, severities) {
    return severities?.[check.code] ?? severities?.[check.name] ?? check.defaultSeverity;
}
function analyze(text, options = {}) {
    return analyzeLines((0, lines_1.splitLines)(text), options);
}
/** The same over a document kept as lines (the server's store), so unchanged pages are found by identity. */
function analyzeLines(lines, options = {}) {
    const started = performance.now();
    const model = (0, parse_1.parseLines)(lines, options.cache, options.change);
    const { findings, failures } = lintModel(model, options);
    return { model, findings, failures, ms: performance.now() - started };
}
/**
 * A report as a finding, the same object for the same report and severity: a table's kept reports
 * (perTable.ts) then give the same findings version after version, and the server sends each
 * finding's diagnostic as it encoded it before. (A model analysed once, without a parse cache to
 * carry it to a next version, keeps nothing: its findings are made afresh.)
 */
const findingsOf = new WeakMap();
function findingOf(check, severity, report) {
    let finding = findingsOf.get(report);
    if (finding?.code !== check.code || finding.severity !== severity) {
        findingsOf.set(report, (finding = made(check, severity, report)));
    }
    return finding;
}
/** A report as a finding, made afresh. */
function made(check, severity, report) {
    return { code: check.code, rule: check.name, severity, ...report };
}
/** A check's reports on a model: a table check's from the run of them all, what it threw thrown again. */
function reportsOf(check, ctx, tableRuns) {
    if (check.scope !== 'table')
        return check.run(ctx);
    const run = tableRuns.get(check);
    if (run.failure)
        throw run.failure.error;
    return run.reports;
}
/** Runs `checks` (all of them by default) over a parsed model. */
function lintModel(model, options = {}, checks = checks_1.CHECKS) {
    const ctx = (0, check_1.createContext)(model);
    const findings = [];
    const failures = [];
    const on = [];
    for (const check of checks) {
        const configured = severityOf(check, options.severities);
        if (configured !== 'off')
            on.push({ check, configured });
    }
    // The table checks run together, table by table, their reports kept with each table (perTable.ts).
    const keep = options.cache !== undefined;
    const tableRuns = (0, perTable_1.perTable)(on.map((x) => x.check).filter((check) => check.scope === 'table'), ctx, keep);
    for (const { check, configured } of on) {
        let reports;
        try {
            reports = reportsOf(check, ctx, tableRuns);
        }
        catch (error) {
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
//# sourceMappingURL=analyze.js.map