/** Editor requests over LSP: symbols, folding, lenses, formatting, rebalance, export, silencing. */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits } from '../../server/src/core';
import { readSample } from '../support/paths';
import { open, startServer, type TestClient } from '../../scripts/lsp-client';

const sample = readSample();
let client: TestClient;
const uri = 'file:///editor-sample.txt';

before(async () => {
  client = await startServer();
  await open(client, uri, sample, 1);
  await client.diagnostics(uri, 1);
});
after(async () => {
  await client.close();
});

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const toEdits = (list: { range: Range; newText: string }[]) =>
  list.map((e) => ({
    span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character },
    newText: e.newText,
  }));

test('documentSymbol lists the nine tables by title', async () => {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as {
    name: string;
    detail: string;
  }[];
  assert.equal(symbols.length, 9);
  assert.equal(symbols[0].name, 'State Distribution of Mortgaged Properties');
  assert.equal(symbols[8].name, 'Remaining Terms to Maturity');
  assert.match(symbols[0].detail, /^page 4/);
});

test('foldingRange folds tables, footnotes and pages', async () => {
  const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as {
    startLine: number;
    endLine: number;
    kind?: string;
  }[];
  assert.ok(folds.length >= 9 + 10);
  assert.ok(folds.some((f) => f.kind === 'comment'));
});

test('codeLens above each table', async () => {
  const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as {
    command: { title: string };
  }[];
  assert.equal(lenses.length, 9);
  assert.ok(lenses.every((l) => l.command.title === '553 loans · $225,112,214.21 · foots'));
});

test('formatting realigns the one misaligned figure and nothing else', async () => {
  const edits = (await client.connection.sendRequest('textDocument/formatting', {
    textDocument: { uri },
    options: { tabSize: 8, insertSpaces: true },
  })) as { range: Range; newText: string }[];
  assert.equal(edits.length, 1);
  assert.equal(edits[0].range.start.line, 164);
  const ranged = (await client.connection.sendRequest('textDocument/rangeFormatting', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    options: { tabSize: 8, insertSpaces: true },
  })) as unknown[];
  assert.deepEqual(ranged, []);
  const fixed = applyEdits(sample, toEdits(edits));
  const uri2 = 'file:///editor-realigned.txt';
  await open(client, uri2, fixed, 1);
  assert.deepEqual((await client.diagnostics(uri2, 1)).diagnostics, []);
});

test('a rebalance is offered in a table whose percents sum to 100.01%', async () => {
  const line = sample.split('\n').findIndex((l) => l.includes('6.500') && l.includes('19.10%'));
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: [] },
  })) as { title: string; kind: string; edit?: { changes: Record<string, { range: Range; newText: string }[]> } }[];
  const rebalance = actions.find((a) => a.kind === 'refactor.rewrite');
  assert.ok(rebalance, JSON.stringify(actions.map((a) => a.title)));
  assert.match(rebalance.title, /^Rebalance percentages to 100\.00%/);
  assert.equal(rebalance.edit!.changes[uri].length, 1);
});

test('filingLint/exportTable gives the table at a line as CSV', async () => {
  const line = sample.split('\n').findIndex((l) => l.startsWith('California'));
  const r = (await client.connection.sendRequest('filingLint/exportTable', { uri, line, format: 'csv' })) as {
    title: string;
    text: string;
  };
  assert.equal(r.title, 'State Distribution of Mortgaged Properties');
  assert.match(r.text, /^row,California,268,113346210\.62,50\.35\r$/m);
  assert.equal(await client.connection.sendRequest('filingLint/exportTable', { uri, line: 0, format: 'csv' }), null);
});

test('a sidecar file beside the filing silences a finding for its table', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-sidecar-'));
  const file = path.join(dir, 'filing.txt');
  fs.writeFileSync(file, sample);
  const fileUri = pathToFileURL(file).toString();
  await open(client, fileUri, sample, 1);
  assert.deepEqual(
    (await client.diagnostics(fileUri, 1)).diagnostics.map((d) => d.code),
    ['FL201'],
  );
  fs.writeFileSync(
    `${file}.filinglint.json`,
    JSON.stringify({ suppress: [{ code: 'FL201', table: 'Types of Mortgaged Properties' }] }),
  );
  await client.connection.sendNotification('filingLint/suppressionsChanged');
  assert.deepEqual((await client.diagnostics(fileUri, 1)).diagnostics, []);
  // The file is read once until the client says it changed (it watches the sidecar files): an edit
  // is not a read of it.
  fs.rmSync(`${file}.filinglint.json`);
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: fileUri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
  });
  assert.deepEqual((await client.diagnostics(fileUri, 2)).diagnostics, []);
  await client.connection.sendNotification('filingLint/suppressionsChanged');
  assert.deepEqual(
    (await client.diagnostics(fileUri, 2)).diagnostics.map((d) => d.code),
    ['FL201'],
  );
});
