/** The bundled server over stdio, driven as an editor drives it. */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core';
import { readSample } from '../support/paths';
import { open, replaceAll, startServer, type TestClient } from '../../scripts/lsp-client';

const sample = readSample();
const lines = sample.split('\n');
let client: TestClient;

before(async () => {
  client = await startServer();
});
after(async () => {
  await client.close();
});

/** Line and character of `needle` in the text (the first occurrence after `after`). */
function locate(text: string, needle: string, afterText = ''): { line: number; character: number } {
  const from = afterText ? text.indexOf(afterText) : 0;
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `${needle} in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('the sample: one alignment note and nothing else, with the document version', async () => {
  const uri = 'file:///sample.txt';
  await open(client, uri, sample, 7);
  const p = await client.diagnostics(uri, 7);
  assert.equal(p.version, 7);
  assert.deepEqual(
    p.diagnostics.map((d) => d.code),
    ['FL201'],
  );
  const d = p.diagnostics[0];
  assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), '100.00%');
  assert.match(String(d.codeDescription?.href), /^file:.*docs\/rules\/FL201\.md$/);
});

const mutations: {
  name: string;
  from: string;
  to: string;
  code: string;
  at: string;
  after?: string;
  noFix?: RegExp;
}[] = [
  // The eight other tables state 553 too, so the total is right and some row is wrong: no edit to offer.
  {
    name: 'a count',
    from: 'California                      268',
    to: 'California                      278',
    code: 'FL101',
    at: '553',
    after: 'Other (less than 2%)',
    noFix: /8 other tables of the pool state 553, so a row is wrong/,
  },
  { name: 'a balance', from: '$   7,276,695.21', to: '$   8,276,695.21', code: 'FL101', at: '8,276,695.21' },
  { name: 'a percent', from: '50.35%', to: '51.35%', code: 'FL102', at: '51.35%' },
  {
    name: 'a total',
    from: '553         $ 225,112,214.21',
    to: '553         $ 225,112,215.21',
    code: 'FL101',
    at: '225,112,215.21',
  },
];

for (const m of mutations) {
  test(`one wrong ${m.name}: exactly one new diagnostic, on that number`, async () => {
    const uri = `file:///mutated-${m.name.replace(/\W/g, '')}.txt`;
    await open(client, uri, sample, 1);
    await client.diagnostics(uri, 1);
    const text = sample.replace(m.from, m.to);
    assert.notEqual(text, sample);
    await replaceAll(client, uri, text, 2);
    const p = await client.diagnostics(uri, 2);
    const found = p.diagnostics.filter((d) => d.code !== 'FL201');
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    const d = found[0];
    assert.equal(d.code, m.code);
    const where = locate(text, m.at, m.after);
    assert.deepEqual(d.range.start, where);
    assert.equal(d.range.end.character, where.character + m.at.length);
    assert.ok((d.relatedInformation ?? []).length > 0, 'related information');
    assert.equal(d.source, 'filing-lint');

    // The quick fix for it, applied, lints clean again.
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as {
      title: string;
      kind: string;
      command?: { command: string };
      edit?: { changes: Record<string, { range: typeof d.range; newText: string }[]> };
    }[];
    // Silencing is offered for the table, the file and the workspace, as a client command.
    assert.deepEqual(
      actions
        .filter((a) => a.command?.command === 'filingLint.suppress')
        .map(
          (a) =>
            a.title
              .replace(/ \(.*?\)/, '')
              .split(' in ')[1]
              .split(' ')[0],
        ),
      ['table', 'this', 'this'],
    );
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
    if (m.noFix) {
      assert.match(d.message as string, m.noFix);
      assert.equal(fix, undefined, 'no edit is offered when the wrong row is not known');
      return;
    }
    assert.ok(fix, 'a quick fix');
    const edits = fix.edit!.changes[uri].map((e) => ({
      span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character },
      newText: e.newText,
    }));
    const fixed = applyEdits(text, edits);
    await replaceAll(client, uri, fixed, 3);
    const after = await client.diagnostics(uri, 3);
    assert.deepEqual(
      after.diagnostics.map((x) => x.code),
      ['FL201'],
    );
  });
}

test('a rule set to off in the workspace configuration goes away live', async () => {
  const uri = 'file:///config.txt';
  await open(client, uri, sample.replace('50.35%', '51.35%'), 1);
  const before = await client.diagnostics(uri, 1);
  assert.ok(before.diagnostics.some((d) => d.code === 'FL102'));
  client.configuration = { rules: { 'row-percentage': 'off', FL201: 'error' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const after = await client.diagnostics(uri, 1);
  assert.ok(!after.diagnostics.some((d) => d.code === 'FL102'));
  assert.equal(after.diagnostics.find((d) => d.code === 'FL201')?.severity, 1);
  client.configuration = {};
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
});

test('hover over a table summarises it; over a number, its share', async () => {
  const uri = 'file:///hover.txt';
  await open(client, uri, sample, 1);
  await client.diagnostics(uri, 1);
  const title = locate(sample, 'Mortgage Rates(1)');
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: title })) as {
    contents: { value: string };
  };
  assert.match(h.contents.value, /Mortgage Rates/);
  assert.match(h.contents.value, /6\.973/);
  assert.match(h.contents.value, /553 loans/);
  const number = locate(sample, '113,346,210.62');
  const n = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: number.line, character: number.character + 2 },
  })) as { contents: { value: string } };
  assert.match(n.contents.value, /50\.35% of the column total/);
});

test('binary garbage neither crashes the server nor stops it answering', async () => {
  const uri = 'file:///garbage.bin';
  let junk = '';
  for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 256);
  await open(client, uri, junk + '\n' + 'x'.repeat(60000) + '\n\t\t$ 1 2 3 %%% (((', 1);
  const p = await client.diagnostics(uri, 1);
  assert.ok(Array.isArray(p.diagnostics));
  const uri2 = 'file:///after-garbage.txt';
  await open(client, uri2, sample, 1);
  const q = await client.diagnostics(uri2, 1);
  assert.deepEqual(
    q.diagnostics.map((d) => d.code),
    ['FL201'],
  );
  assert.equal(client.process.exitCode, null);
});
