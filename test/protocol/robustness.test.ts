/** The server under load and limits: many documents, rapid edits, a size limit, cancellation. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readSample } from '../support/paths';
import { open, replaceAll, startServer } from '../../scripts/lsp-client';

const sample = readSample();

test('50 filings open with rapid edits in several; memory returns to baseline after they close', async () => {
  const client = await startServer({ execArgv: ['--expose-gc'] });
  try {
    const baseline = (await client.connection.sendRequest('filingLint/heap')) as number;
    const uris = Array.from({ length: 50 }, (_, i) => `file:///load/${i}.txt`);
    await Promise.all(uris.map((uri) => open(client, uri, sample, 1)));
    await Promise.all(uris.map((uri) => client.diagnostics(uri, 1)));
    // Rapid edits in five of them: only each document's last version may be published last.
    for (let v = 2; v <= 21; v++) {
      for (const uri of uris.slice(0, 5)) {
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line: 104, character: 67 }, end: { line: 104, character: 72 } }, text: v % 2 ? '51.35' : '50.35' }],
        });
      }
    }
    for (const uri of uris.slice(0, 5)) {
      const last = await client.diagnostics(uri, 21);
      assert.ok(last.diagnostics.some((d) => d.code === 'FL102'), 'version 21 has the wrong percent');
    }
    const loaded = (await client.connection.sendRequest('filingLint/heap')) as number;
    for (const uri of uris) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, 200));
    const after = (await client.connection.sendRequest('filingLint/heap')) as number;
    assert.ok(loaded > baseline, 'open documents take memory');
    assert.ok(after - baseline < (loaded - baseline) * 0.25 + 2 * 1024 * 1024, `heap back near baseline: ${baseline} -> ${loaded} -> ${after}`);
  } finally {
    await client.close();
  }
});

test('a document over the size limit gets one note saying it was skipped', async () => {
  const client = await startServer();
  try {
    client.configuration = { maxAnalysisMB: 1 };
    const big = sample.repeat(Math.ceil((1.2 * 1024 * 1024) / sample.length));
    await open(client, 'file:///big.txt', big, 1);
    const p = await client.diagnostics('file:///big.txt', 1);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].code, 'FL000');
    assert.match(String(p.diagnostics[0].message), /did not analyse this 1\.\d MB document: it is over filingLint\.maxAnalysisMB \(1\)/);
    client.configuration = { maxAnalysisMB: 5 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const again = await client.diagnostics('file:///big.txt', 1);
    assert.ok(again.diagnostics.length > 1 && !again.diagnostics.some((d) => d.code === 'FL000'));
  } finally {
    await client.close();
  }
});

test('a cancelled request answers RequestCancelled, and the server goes on', async () => {
  const client = await startServer();
  try {
    // A request made while a large document is being analysed, then cancelled.
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
    await open(client, 'file:///c.txt', sample.repeat(150), 1);
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///c.txt' } }, source.token);
    source.cancel();
    await assert.rejects(request, (error: { code?: number }) => error.code === -32800);
    await client.diagnostics('file:///c.txt', 1);
    await replaceAll(client, 'file:///c.txt', sample, 2);
    await client.diagnostics('file:///c.txt', 2);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///c.txt' } })) as unknown[];
    assert.equal(symbols.length, 9);
    await replaceAll(client, 'file:///c.txt', sample.replace('50.35%', '51.35%'), 3);
    assert.ok((await client.diagnostics('file:///c.txt', 3)).diagnostics.some((d) => d.code === 'FL102'));
  } finally {
    await client.close();
  }
});
