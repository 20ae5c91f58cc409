/**
 * Writes a fixture's sidecar of expected findings (code, severity, position, text, message) from
 * what the linter reports now:
 * `node out/scripts/expect.js test/fixtures/real/NAME.txt "what the fixture shows"` (after a build).
 * Read the written findings before committing them: the sidecar is the specification.
 */
import * as fs from 'node:fs';
import { analyze } from '../server/src/core';

/** A fixture's findings as its sidecar records them: code, 1-based line and column, text, message. */
export function expectedFindings(
  text: string,
): { code: string; severity: string; line: number; column: number; text: string; message: string }[] {
  const lines = text.split(/\r\n|\r|\n/);
  return analyze(text).findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    line: f.span.line + 1,
    column: f.span.start + 1,
    text: lines[f.span.line].slice(f.span.start, f.span.end),
    message: f.message,
  }));
}

if (require.main === module) {
  const [file, description] = process.argv.slice(2);
  if (!file || !description) {
    console.error('usage: node out/scripts/expect.js FIXTURE.txt "description"');
    process.exit(2);
  }
  const findings = expectedFindings(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file.replace(/\.txt$/, '.expected.json'), `${JSON.stringify({ description, findings }, null, 2)}\n`);
  for (const f of findings) console.log(`${f.line}:${f.column} ${f.code} ${f.message}`);
}
