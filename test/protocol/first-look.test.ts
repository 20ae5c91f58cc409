/** Opening a large filing: the first look is published first, then the whole analysis, over stdio. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, CHECKS } from '../../server/src/core';
import { readSample } from '../support/paths';
import { open, startServer } from '../../scripts/lsp-client';

const sample = readSample();
// A wrong percent in every copy: findings all down the document. 150 copies are 2.7 MB.
const large = sample.replace('50.35%', '51.35%').repeat(150);
const documentScoped = new Set(CHECKS.filter((c) => c.scope === 'document').map((c) => c.code));

type Published = { diagnostics: { code?: string | number; range: { start: { line: number; character: number } } }[] };
const placed = (p: Published) => p.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);

/** Opens `text` and checks the two publications: the look's on the lines it covers, then the whole analysis's. */
async function looksFirst(text: string): Promise<void> {
  const client = await startServer();
  try {
    const uri = 'file:///large.txt';
    await open(client, uri, text, 1);
    const first = await client.diagnostics(uri, 1, 60_000);
    const whole = await client.analysed(uri, 1, 60_000);
    const expected = analyze(text).findings;
    assert.equal(whole.diagnostics.length, expected.length);
    assert.deepEqual(
      placed(whole),
      expected.map((f) => `${f.code} ${f.span.line}:${f.span.start}`),
    );
    assert.equal(client.statuses.length, 2);
    const [look, done] = client.statuses;
    assert.ok(look.through !== undefined && look.through > 1000, `the look covers ${look.through} lines`);
    assert.equal(done.through, undefined);
    assert.equal(done.findings, expected.length);
    assert.ok(look.findings > 0 && look.findings < done.findings && look.tables < done.tables);
    // Exactly the whole analysis's findings on the lines the look covers, those of cross-table checks left for later.
    const covered = whole.diagnostics.filter(
      (d) => d.range.start.line < look.through! && !documentScoped.has(String(d.code)),
    );
    assert.deepEqual(placed(first), placed({ diagnostics: covered }));
    assert.equal(first.diagnostics.length, look.findings);
  } finally {
    await client.close();
  }
}

test("a large filing gets its first pages' findings first, then all of them, with a status for each", () =>
  looksFirst(large));

test('so does a large filing without <PAGE> markers, its one page cut short', () =>
  looksFirst(large.replace(/^\s*<PAGE>.*$/gim, '')));

test('an edit sent right after opening a large filing: the edited version is analysed whole, and right', async () => {
  const client = await startServer();
  try {
    const uri = 'file:///edited.txt';
    await open(client, uri, large, 1);
    // Restore the right percent in the last copy: one finding fewer, at the end of the document.
    const line =
      large.split('\n').length - sample.split('\n').length + sample.split('\n').findIndex((l) => l.includes('50.35%'));
    const character = large.split('\n')[line].indexOf('51.35%');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '50' }],
    });
    const p = await client.analysed(uri, 2, 60_000);
    const edited = large.split('\n');
    edited[line] = edited[line].replace('51.35%', '50.35%');
    const expected = analyze(edited.join('\n')).findings;
    assert.deepEqual(
      placed(p),
      expected.map((f) => `${f.code} ${f.span.line}:${f.span.start}`),
    );
    assert.equal(expected.length, analyze(large).findings.length - 1);
  } finally {
    await client.close();
  }
});
