/**
 * `filing-lint FILE...`: the command line over the same core as the editor.
 * Exit codes: 0 no errors, 1 an error-severity finding, 2 bad usage or unreadable input.
 */
import * as fs from 'node:fs';
import { analyze, CHECKS, formatSummary, summarizeTable, tableToJson, type SeveritySetting } from '../server/src/core';
import { version } from '../package.json';

const USAGE = `Usage: filing-lint [options] FILE...

Lints the fixed-width tables of plain-text SEC filings: totals that do not foot, percentages
that do not match, columns out of line, totals that disagree between tables and footnotes.

Options:
  --format text|json     output format (default text: file:line:col code message)
  --summary              also print a summary of every table
  --tables json          write every parsed table as JSON instead of findings
  --rule CODE=SEVERITY   set a rule's severity: off, information, warning, error (repeatable)
  --list-rules           list the rules and exit
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage or unreadable input.`;

const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  summary: boolean;
  tables: boolean;
  rules: Record<string, SeveritySetting>;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' | 'version' | 'rules' {
  const options: Options = { format: 'text', summary: false, tables: false, rules: {}, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    if (arg === '--list-rules') return 'rules';
    if (arg === '--summary') options.summary = true;
    else if (arg === '--tables' || arg.startsWith('--tables=')) {
      const f = value('--tables');
      if (f !== 'json') throw new UsageError(`--tables writes json, not "${f}"`);
      options.tables = true;
    }
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (text or json)`);
      options.format = f;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const spec = value('--rule');
      const [code, severity] = spec.split('=');
      if (!code || !severity || !SEVERITIES.has(severity)) throw new UsageError(`--rule takes CODE=off|information|warning|error, not "${spec}"`);
      if (!CHECKS.some((c) => c.code === code || c.name === code)) throw new UsageError(`unknown rule "${code}" (see --list-rules)`);
      options.rules[code] = severity as SeveritySetting;
    } else if (arg === '--') options.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  return options;
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`filing-lint: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (parsed === 'help') return process.stdout.write(`${USAGE}\n`), 0;
  if (parsed === 'version') return process.stdout.write(`${version}\n`), 0;
  if (parsed === 'rules') {
    for (const c of CHECKS) process.stdout.write(`${c.code}  ${c.name.padEnd(16)} ${c.defaultSeverity.padEnd(11)} ${c.description}\n`);
    return 0;
  }
  const options = parsed;
  let status = 0;
  const json: unknown[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      // Filings are ASCII or Latin-1 far more often than UTF-8: read bytes as Latin-1 unless valid UTF-8.
      const bytes = fs.readFileSync(file === '-' ? 0 : file);
      text = decode(bytes);
    } catch (error) {
      process.stderr.write(`filing-lint: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      status = 2;
      continue;
    }
    const analysis = analyze(text, { severities: options.rules });
    if (options.tables) {
      json.push({ file, tables: analysis.model.tables.map(tableToJson) });
      continue;
    }
    for (const failure of analysis.failures) process.stderr.write(`filing-lint: check ${failure.code} failed on ${file}: ${String(failure.error)}\n`);
    if (analysis.findings.some((f) => f.severity === 'error') && status === 0) status = 1;
    if (options.format === 'json') {
      json.push({
        file,
        findings: analysis.findings.map((f) => ({
          code: f.code,
          rule: f.rule,
          severity: f.severity,
          line: f.span.line + 1,
          column: f.span.start + 1,
          endColumn: f.span.end + 1,
          message: f.message,
          fix: f.fix ? { title: f.fix.title, edits: f.fix.edits.map((e) => ({ line: e.span.line + 1, column: e.span.start + 1, endColumn: e.span.end + 1, newText: e.newText })) } : undefined,
        })),
        tables: options.summary ? analysis.model.tables.map((t) => ({ title: t.title, page: t.page, line: t.startLine + 1 })) : undefined,
      });
      continue;
    }
    for (const f of analysis.findings) {
      process.stdout.write(`${file}:${f.span.line + 1}:${f.span.start + 1} ${f.code} ${f.severity} ${f.message}\n`);
    }
    if (options.summary) {
      const tables = analysis.model.tables;
      process.stdout.write(`\n${file}: ${tables.length} table${tables.length === 1 ? '' : 's'}, ${analysis.findings.length} finding${analysis.findings.length === 1 ? '' : 's'} (${analysis.ms.toFixed(0)} ms)\n`);
      for (const t of tables) process.stdout.write(`\n${formatSummary(summarizeTable(t, analysis.model))}\n`);
    }
  }
  if (options.format === 'json' || options.tables) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return status;
}

function decode(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8;
}

// `filing-lint ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
