/** The server's connection: messages written at once, results serialised once, console output, and the end of its input. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type DocumentSymbol, type Message } from 'vscode-languageserver/node';
import { consoleToLog, encodeMessage, ImmediateMessageWriter } from '../../server/src/protocol/connection';
import { sendsUnchanged } from '../../server/src/protocol/unchanged';
import { toDiagnostic } from '../../server/src/protocol/diagnostics';
import type { Finding } from '../../server/src/core';
import { SERVER_EXEC_ARGV } from '../../common/runtime';
import { open, replaceAll, SERVER, startServer } from '../../scripts/lsp-client';
import { readSample } from '../support/paths';

const encode = (message: object): string => encodeMessage(message as Message).toString('utf8');

test('a message whose result is not marked is written as JSON.stringify writes it', () => {
  const messages = [
    { jsonrpc: '2.0', id: 1, result: [{ name: 'Loans', detail: 'page 9, 11 rows' }] },
    { jsonrpc: '2.0', id: 'a', result: null },
    { jsonrpc: '2.0', id: 2, error: { code: -32800, message: 'cancelled' } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///é.txt', diagnostics: [] } },
  ];
  for (const m of messages) assert.equal(encode(m), JSON.stringify(m));
});

test('a marked result is serialised on its first sending and those bytes are reused, each in its own envelope', () => {
  const result = sendsUnchanged([{ name: 'Remaining Term — Months', detail: 'page 3, 7 rows', kind: 23 }]);
  const first = encode({ jsonrpc: '2.0', id: 7, result });
  assert.deepEqual(JSON.parse(first), { jsonrpc: '2.0', id: 7, result });
  assert.equal(Buffer.byteLength(first), Buffer.byteLength(JSON.stringify({ jsonrpc: '2.0', id: 7, result })));
  // The caller promised not to change it: a change after the first sending is not written, which
  // shows the bytes are the first ones.
  result[0].name = 'changed';
  const second = JSON.parse(encode({ jsonrpc: '2.0', id: 'req-8', result }));
  assert.equal(second.id, 'req-8');
  assert.equal(second.result[0].name, 'Remaining Term — Months');
  // An error response is never a marked result's.
  const error = { jsonrpc: '2.0', id: 9, result, error: { code: 1, message: 'x' } };
  assert.equal(encode(error), JSON.stringify(error));
});

test("a finding's diagnostic and a result's bytes are kept on them, where comparisons and copies do not see them", () => {
  // Kept in slots on the objects, not in maps from them: a line break in a 10 MB filing moves tens
  // of thousands of findings, and maps holding each grew their tables (npm run bench, heap growth).
  const finding: Finding = {
    code: 'FL101',
    rule: 'footing',
    severity: 'error',
    message: 'Total 1,250 does not equal the sum of the rows (1,240)',
    span: { line: 12, start: 40, end: 45 },
    related: [],
    table: 3,
  };
  const copy = structuredClone(finding);
  const diagnostic = toDiagnostic(finding, 'file:///a.txt', (code) => `https://example.com/${code}`);
  assert.equal(
    toDiagnostic(finding, 'file:///a.txt', () => ''),
    diagnostic,
    'the same object again',
  );
  assert.notEqual(
    toDiagnostic(finding, 'file:///b.txt', () => ''),
    diagnostic,
    "another document's is its own",
  );
  assert.deepEqual(finding, copy);
  assert.deepEqual(Object.keys({ ...finding }), Object.keys(copy));
  const bytes = encode({ jsonrpc: '2.0', id: 1, result: diagnostic });
  assert.deepEqual(JSON.parse(bytes).result, JSON.parse(JSON.stringify(diagnostic)));
  assert.deepEqual(diagnostic, JSON.parse(JSON.stringify(diagnostic)), 'no slot shows in the diagnostic');
  assert.equal(Object.getOwnPropertySymbols(finding).length, 1, 'the diagnostic is kept on the finding');
  assert.equal(Object.getOwnPropertySymbols(diagnostic).length, 1, 'the bytes are kept on the diagnostic');
});

test("a document's marked diagnostics are spliced from their first bytes into each notification that sends them again", () => {
  const kept = sendsUnchanged({ message: 'Total — 3 rows', range: { start: { line: 1, character: 2 } } });
  const fresh = { message: 'new', code: 'FL101' };
  const notification = (version: number, diagnostics: object[]) => ({
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///é.txt', version, diagnostics },
  });
  // Written as JSON.stringify writes it, byte for byte, marked or not.
  for (const m of [notification(1, [kept]), notification(2, [fresh, kept, fresh]), notification(3, [kept, kept])]) {
    assert.equal(encode(m), JSON.stringify(m));
  }
  // A change to the marked diagnostic after its first sending is not written: its bytes are reused.
  kept.message = 'changed';
  fresh.message = 'changed too';
  const read = JSON.parse(encode(notification(4, [fresh, kept])));
  assert.equal(read.params.version, 4);
  assert.deepEqual(
    read.params.diagnostics.map((d: { message: string }) => d.message),
    ['changed too', 'Total — 3 rows'],
  );
  // Other notifications, and diagnostics none of which is marked, are JSON.stringify's.
  const plain = notification(5, [fresh]);
  assert.equal(encode(plain), JSON.stringify(plain));
});

test('messages are in the stream when write returns, framed as the library reads them, in the order sent', async () => {
  const stream = new PassThrough();
  const writer = new ImmediateMessageWriter(stream);
  const messages: Message[] = [
    {
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///é.txt', diagnostics: [{ message: 'Total — 3 rows' }] },
    } as Message,
    { jsonrpc: '2.0', id: 4, result: sendsUnchanged([{ name: 'Loans', kind: 23 }]) } as Message,
    { jsonrpc: '2.0', method: 'filingLint/status', params: { findings: 1 } } as Message,
  ];
  const written = messages.map((m) => writer.write(m));
  // Before any callback or timer runs: nothing waits for the event loop's next turn.
  const bytes = stream.readableLength;
  const expected = messages.reduce((n, m) => {
    const body = encodeMessage(m).byteLength;
    return n + `Content-Length: ${body}\r\n\r\n`.length + body;
  }, 0);
  assert.equal(bytes, expected);
  await Promise.all(written);
  const reader = new StreamMessageReader(stream);
  const read: Message[] = [];
  await new Promise<void>((resolve) => reader.listen((m) => read.push(m) === messages.length && resolve()));
  assert.deepEqual(read, JSON.parse(JSON.stringify(messages)));
  reader.dispose();
});

test("a failed write rejects and is reported as the connection's error", async () => {
  const broken = new Writable({ write: (_chunk, _encoding, done) => done(new Error('pipe closed')) });
  broken.on('error', () => undefined);
  const writer = new ImmediateMessageWriter(broken);
  const reported: string[] = [];
  writer.onError(([error, message, count]) =>
    reported.push(`${error.message} ${message ? 'with message' : 'alone'} ${count ?? ''}`.trim()),
  );
  await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'x' } as Message), /pipe closed/);
  assert.ok(reported.includes('pipe closed with message 1'), reported.join('; '));
  // A message that cannot be encoded is refused before anything is written.
  const cyclic: Record<string, unknown> = { jsonrpc: '2.0', method: 'y' };
  cyclic.params = cyclic;
  await assert.rejects(writer.write(cyclic as Message), /circular/);
});

test('console output goes to the editor log, not to stdout', () => {
  const sent: string[] = [];
  const log = {
    log: (m: string) => sent.push(`log ${m}`),
    info: (m: string) => sent.push(`info ${m}`),
    warn: (m: string) => sent.push(`warn ${m}`),
    error: (m: string) => sent.push(`error ${m}`),
  };
  const saved = { ...console };
  try {
    consoleToLog({ console: log } as never);
    console.log('a %d', 1);
    console.info({ b: 2 });
    console.warn('c');
    console.error('d', 'e');
    console.debug('f');
  } finally {
    Object.assign(console, saved);
  }
  assert.deepEqual(sent, ['log a 1', 'info { b: 2 }', 'warn c', 'error d e', 'log f']);
});

test('over stdio, symbols asked for again are the same, and a new version gets its own', async () => {
  const client = await startServer();
  try {
    const sample = readSample();
    const uri = 'file:///symbols.txt';
    await open(client, uri, sample, 1);
    const ask = () =>
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<
        DocumentSymbol[]
      >;
    // Sent together, answered in any order: each answer must be its own request's.
    const [a, b, c] = await Promise.all([ask(), ask(), ask()]);
    assert.ok(a.length > 5, `${a.length} symbols`);
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
    const renamed = sample.replace(a[0].name, 'Renamed Table');
    assert.notEqual(renamed, sample);
    await replaceAll(client, uri, renamed, 2);
    await client.diagnostics(uri, 2);
    const after = await ask();
    assert.equal(after[0].name, 'Renamed Table');
    assert.deepEqual(after.slice(1), a.slice(1));
    assert.equal(client.stderr(), '');
  } finally {
    await client.close();
  }
});

/** Starts the server over stdio, runs `drive` on its input, and resolves with its exit code. */
function exitCode(
  drive: (input: NodeJS.WritableStream, output: NodeJS.ReadableStream) => void,
): Promise<number | null> {
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const timer = setTimeout(() => child.kill(), 10_000);
  drive(child.stdin, child.stdout);
  return new Promise((resolve) => child.once('exit', (code) => (clearTimeout(timer), resolve(code))));
}

const frame = (message: object): string => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

test('the server ends with its input: 1 without a shutdown request, 0 after one', async () => {
  assert.equal(await exitCode((input) => input.end()), 1);
  assert.equal(
    await exitCode((input, output) => {
      input.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      input.write(frame({ method: 'initialized', params: {} }));
      input.write(frame({ id: 2, method: 'shutdown' }));
      // The input ends once the shutdown has been answered (on a busy machine, a fixed wait ended it
      // before the server had read the request).
      let seen = '';
      output.on('data', (chunk) => {
        seen += String(chunk);
        if (/"id":2,"result":null/.test(seen)) input.end();
      });
    }),
    0,
  );
});
