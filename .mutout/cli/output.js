"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.textLines = textLines;
exports.resultJson = resultJson;
exports.ndjsonLines = ndjsonLines;
exports.sarif = sarif;
/** Output formats: text (`file:line:col code severity message`), JSON, NDJSON and SARIF 2.1.0. */
const core_1 = require("../server/src/core");
function textLines(result) {
    return result.findings.map((f) => `${result.name}:${f.span.line + 1}:${f.span.start + 1} ${f.code} ${f.severity} ${f.message}`);
}
function findingJson(f) {
    return {
        code: f.code,
        rule: f.rule,
        severity: f.severity,
        line: f.span.line + 1,
        column: f.span.start + 1,
        endColumn: f.span.end + 1,
        message: f.message,
        fix: f.fix
            ? {
                title: f.fix.title,
                edits: f.fix.edits.map((e) => ({
                    line: e.span.line + 1,
                    column: e.span.start + 1,
                    endColumn: e.span.end + 1,
                    newText: e.newText,
                })),
            }
            : undefined,
    };
}
function resultJson(result) {
    return { file: result.name, findings: result.findings.map(findingJson), fixed: result.fixed, error: result.error };
}
/** One line per finding, plus one per file without findings, so every input answers. */
function ndjsonLines(result) {
    const lines = result.findings.map((f) => JSON.stringify({ file: result.name, ...findingJson(f) }));
    // A file can fail part-way (binary data after some text, fixes that could not be written): its
    // findings so far, then its error.
    if (result.error)
        lines.push(JSON.stringify({ file: result.name, error: result.error }));
    else if (lines.length === 0)
        lines.push(JSON.stringify({ file: result.name, findings: 0 }));
    return lines;
}
/** A file's name as a SARIF artifact URI (forward slashes on Windows too). */
function artifactUri(name) {
    return name.replace(/\\/g, '/');
}
const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
function sarif(results, version) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'filing-lint',
                        version,
                        rules: core_1.CHECKS.map((c) => ({
                            id: c.code,
                            name: c.name,
                            shortDescription: { text: c.description },
                            helpUri: `docs/rules/${c.code}.md`,
                            defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
                        })),
                    },
                },
                results: results.flatMap((r) => r.findings.map((f) => ({
                    ruleId: f.code,
                    ruleIndex: core_1.CHECKS.findIndex((c) => c.code === f.code),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: artifactUri(r.name) },
                                region: { startLine: f.span.line + 1, startColumn: f.span.start + 1, endColumn: f.span.end + 1 },
                            },
                        },
                    ],
                }))),
                // Files that could not be linted (or only in part) are the run's notifications, so a
                // code-scanning tool does not take them for clean files.
                invocations: [
                    {
                        executionSuccessful: results.every((r) => !r.error),
                        toolExecutionNotifications: results
                            .filter((r) => r.error)
                            .map((r) => ({
                            level: 'error',
                            message: { text: r.error },
                            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.name) } } }],
                        })),
                    },
                ],
            },
        ],
    };
}
//# sourceMappingURL=output.js.map