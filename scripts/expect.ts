/**
 * Writes a fixture's sidecar of expected findings from what the linter reports now:
 * `npx tsx scripts/expect.ts test/fixtures/real/NAME.txt "what the fixture shows"`.
 * Read the written findings before committing them: the sidecar is the specification.
 */
import * as fs from 'node:fs';
import { analyze } from '../server/src/core';

const [file, description] = process.argv.slice(2);
if (!file || !description) {
  console.error('usage: tsx scripts/expect.ts FIXTURE.txt "description"');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const lines = text.split(/\r\n|\r|\n/);
const findings = analyze(text).findings.map((f) => ({
  code: f.code,
  line: f.span.line + 1,
  column: f.span.start + 1,
  text: lines[f.span.line].slice(f.span.start, f.span.end),
  message: f.message,
}));
const out = file.replace(/\.txt$/, '.expected.json');
fs.writeFileSync(out, `${JSON.stringify({ description, findings }, null, 2)}\n`);
for (const f of findings) console.log(`${f.line}:${f.column} ${f.code} ${f.message}`);
