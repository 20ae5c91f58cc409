/**
 * `npm run corpus`: for each filing in the shared corpus (or the paths given), the tables found, the
 * tables checked (with a total row), and the findings by code; then a total line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core';
import { SHARED_CORPUS } from './repo';

function corpusFiles(args: string[]): string[] {
  if (args.length) return args;
  if (!fs.existsSync(SHARED_CORPUS)) throw new Error(`corpus not found at ${SHARED_CORPUS}`);
  const out: string[] = [];
  for (const sub of ['seed', 'real']) {
    const dir = path.join(SHARED_CORPUS, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) if (!name.endsWith('.md')) out.push(path.join(dir, name));
  }
  return out;
}

const files = corpusFiles(process.argv.slice(2));
const totals = { files: 0, tables: 0, checked: 0, findings: new Map<string, number>() };
const verbose = process.env.CORPUS_VERBOSE === '1';
for (const file of files) {
  const text = fs.readFileSync(file, 'latin1');
  const { model, findings, ms } = analyze(text);
  const checked = model.tables.filter((t) => t.rows.some((r) => r.kind === 'total')).length;
  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  totals.files++;
  totals.tables += model.tables.length;
  totals.checked += checked;
  for (const [k, v] of byCode) totals.findings.set(k, (totals.findings.get(k) ?? 0) + v);
  const codes =
    [...byCode]
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join(' ') || 'none';
  console.log(
    `${path.basename(file).padEnd(58)} tables ${String(model.tables.length).padStart(4)}  checked ${String(checked).padStart(4)}  findings ${codes}  (${ms.toFixed(0)} ms)`,
  );
  if (verbose) {
    for (const f of findings) console.log(`    ${f.span.line + 1}:${f.span.start + 1} ${f.code} ${f.message}`);
  }
}
const all =
  [...totals.findings]
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join(' ') || 'none';
console.log(`TOTAL ${totals.files} files, ${totals.tables} tables, ${totals.checked} checked, findings ${all}`);
