/**
 * No regular expression of the grammar or of the filing parser can backtrack catastrophically:
 * each is checked with recheck (status must be `safe`). The parser's regexes are found in
 * server/src/core/**\/*.ts; folders that do not exist yet are skipped. Helpers: ./regex-safety.ts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { OnigScanner } from 'vscode-oniguruma';
import { createGrammar } from '../../scripts/grammar';
import { ROOT } from '../support/paths';
import { checkRegexes, grammarRegexes, regexesIn, regexesInFile, tsFiles } from './regex-safety';

const CORE = path.join(ROOT, 'server', 'src', 'core');

test('every grammar pattern compiles in Oniguruma', async () => {
  await createGrammar(); // loads the WASM
  const found = grammarRegexes();
  assert.ok(found.length >= 30, `${found.length} patterns`);
  for (const f of found) assert.doesNotThrow(() => new OnigScanner([f.source]).dispose(), f.where);
});

test('no grammar pattern can backtrack catastrophically (recheck)', { timeout: 120_000 }, async () => {
  const report = await checkRegexes(grammarRegexes());
  assert.deepEqual(report.failures, []);
  assert.equal(report.safe, report.checked);
});

test('no regex of the filing parser (server/src/core) can backtrack catastrophically (recheck)', { timeout: 240_000 }, async (t) => {
  const found = regexesIn(CORE);
  if (found.length === 0) return t.skip(`no regexes under ${path.relative(ROOT, CORE)} yet`);
  const report = await checkRegexes(found);
  t.diagnostic(`${report.checked} regexes in ${tsFiles(CORE).length} files, ${report.ms} ms`);
  assert.deepEqual(report.failures, []);
});

test('the finder sees literals and RegExp calls, and the checker flags a quadratic pattern', { timeout: 60_000 }, async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regex-safety-'));
  const file = path.join(dir, 'sample.ts');
  fs.writeFileSync(file, "const a = /^(a+)+$/u;\nconst b = new RegExp('\\\\d+', 'g');\nconst c = RegExp(`x*y`);\nconst d = new RegExp(name);\n");
  const found = regexesInFile(file);
  assert.deepEqual(
    found.map((f) => [f.source, f.flags]),
    [
      ['^(a+)+$', 'u'],
      ['\\d+', ''],
      ['x*y', ''],
    ],
  );
  assert.deepEqual(regexesIn(path.join(dir, 'missing')), []);
  const report = await checkRegexes([found[0], { where: 'quadratic', source: '\\s*\\s*$', flags: '' }, found[1]]);
  assert.equal(report.safe, 1);
  assert.equal(report.failures.length, 2);
  assert.match(report.failures[0], /vulnerable \(exponential\)/);
  fs.rmSync(dir, { recursive: true, force: true });
});
