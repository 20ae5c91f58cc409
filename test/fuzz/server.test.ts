/**
 * The fuzzer's cases through the bundled server (scripts/fuzz.ts; `npm run fuzz` runs thousands):
 * every case it saved when it failed, and the first cases of a seed, must now pass; and the harness
 * itself must see a server that dies or stops answering.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusFiles, makeCase, runCases, savedCases, type Case } from '../../scripts/fuzz';

const files = corpusFiles();
const quiet = { timeoutMs: 60_000, save: false, log: () => undefined };

test('saved fuzz cases, and the first cases of a seed, pass through the bundled server', async () => {
  const saved = savedCases();
  const cases = [...saved, ...[0, 1, 2, 3, 4].map((n) => makeCase(1, n, files))];
  const figures = await runCases(cases, quiet);
  assert.deepEqual(figures.failures, []);
  assert.equal(figures.answered, cases.length);
  assert.ok(figures.requests > 0 && figures.diagnostics > 0, 'the server was asked, and it found something');
  console.log(`# fuzz: ${saved.length} saved cases and 5 fresh ones replayed`);
});

test('a case is made from its seed and number alone', () => {
  assert.deepEqual(makeCase(7, 123, files), makeCase(7, 123, files));
  assert.notDeepEqual(makeCase(7, 123, files).bytes, makeCase(7, 124, files).bytes);
});

test('a server that exits is a crash, one that stops answering a hang; the next case gets a new server', async () => {
  const preload = path.join(os.tmpdir(), `filing-lint-fuzz-${process.pid}.js`);
  fs.writeFileSync(
    preload,
    `process.stdin.on('data', (d) => {
      if (String(d).includes('FUZZ-EXIT')) process.exit(7);
      if (String(d).includes('FUZZ-LOOP')) for (;;);
    });\n`,
  );
  const document = (text: string, n: number): Case => ({ seed: 0, n, bytes: Buffer.from(text), made: text });
  try {
    const figures = await runCases(
      [makeCase(1, 0, files), document('FUZZ-EXIT\n', 1), document('FUZZ-LOOP\n', 2), makeCase(1, 1, files)],
      { ...quiet, timeoutMs: 3000, execArgv: ['--require', preload] },
    );
    assert.equal(figures.crashes, 1);
    assert.equal(figures.hangs, 1);
    assert.equal(figures.answered, 2);
    assert.match(figures.failures[0], /^0-1 crash: the server exited/);
    assert.match(figures.failures[1], /^0-2 hang: no answer within 3 s/);
  } finally {
    fs.rmSync(preload, { force: true });
  }
});
