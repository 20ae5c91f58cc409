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

/** Every folder of product code: the core, the server adapter, the client, the command line, the shared messages. */
const SOURCES = ['server/src', 'client/src', 'cli', 'common'].map((d) => path.join(ROOT, d));

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

test(
  'no regex of the product (core, server, client, command line) can backtrack catastrophically (recheck)',
  { timeout: 240_000 },
  async (t) => {
    const found = SOURCES.flatMap((dir) => regexesIn(dir));
    assert.ok(found.length > 60, `${found.length} regexes found`);
    const report = await checkRegexes(found);
    t.diagnostic(
      `${report.checked} regexes in ${SOURCES.reduce((n, dir) => n + tsFiles(dir).length, 0)} files, ${report.ms} ms`,
    );
    assert.deepEqual(report.failures, []);
  },
);

test(
  'the finder sees literals and RegExp calls, and the checker flags a quadratic pattern',
  { timeout: 60_000 },
  async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regex-safety-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(
      file,
      "const a = /^(a+)+$/u;\nconst b = new RegExp('\\\\d+', 'g');\nconst c = RegExp(`x*y`);\nconst d = new RegExp(name);\n",
    );
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
  },
);
