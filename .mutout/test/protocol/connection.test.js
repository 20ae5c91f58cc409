"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/** The server's connection: messages written at once, results serialised once, console output, and the end of its input. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_stream_1 = require("node:stream");
const node_1 = require("vscode-languageserver/node");
const connection_1 = require("../../server/src/protocol/connection");
const unchanged_1 = require("../../server/src/protocol/unchanged");
const diagnostics_1 = require("../../server/src/protocol/diagnostics");
const runtime_1 = require("../../common/runtime");
const lsp_client_1 = require("../../scripts/lsp-client");
const paths_1 = require("../support/paths");
const encode = (message) => (0, connection_1.encodeMessage)(message).toString('utf8');
(0, node_test_1.test)('a message whose result is not marked is written as JSON.stringify writes it', () => {
    const messages = [
        { jsonrpc: '2.0', id: 1, result: [{ name: 'Loans', detail: 'page 9, 11 rows' }] },
        { jsonrpc: '2.0', id: 'a', result: null },
        { jsonrpc: '2.0', id: 2, error: { code: -32800, message: 'cancelled' } },
        { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///é.txt', diagnostics: [] } },
    ];
    for (const m of messages)
        assert.equal(encode(m), JSON.stringify(m));
});
(0, node_test_1.test)('a marked result is serialised on its first sending and those bytes are reused, each in its own envelope', () => {
    const result = (0, unchanged_1.sendsUnchanged)([{ name: 'Remaining Term — Months', detail: 'page 3, 7 rows', kind: 23 }]);
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
(0, node_test_1.test)("a finding's diagnostic and a result's bytes are kept on them, where comparisons and copies do not see them", () => {
    // Kept in slots on the objects, not in maps from them: a line break in a 10 MB filing moves tens
    // of thousands of findings, and maps holding each grew their tables (npm run bench, heap growth).
    const finding = {
        code: 'FL101',
        rule: 'footing',
        severity: 'error',
        message: 'Total 1,250 does not equal the sum of the rows (1,240)',
        span: { line: 12, start: 40, end: 45 },
        related: [],
        table: 3,
    };
    const copy = structuredClone(finding);
    const diagnostic = (0, diagnostics_1.toDiagnostic)(finding, 'file:///a.txt', (code) => `https://example.com/${code}`);
    assert.equal((0, diagnostics_1.toDiagnostic)(finding, 'file:///a.txt', () => ''), diagnostic, 'the same object again');
    assert.notEqual((0, diagnostics_1.toDiagnostic)(finding, 'file:///b.txt', () => ''), diagnostic, "another document's is its own");
    assert.deepEqual(finding, copy);
    assert.deepEqual(Object.keys({ ...finding }), Object.keys(copy));
    const bytes = encode({ jsonrpc: '2.0', id: 1, result: diagnostic });
    assert.deepEqual(JSON.parse(bytes).result, JSON.parse(JSON.stringify(diagnostic)));
    assert.deepEqual(diagnostic, JSON.parse(JSON.stringify(diagnostic)), 'no slot shows in the diagnostic');
    assert.equal(Object.getOwnPropertySymbols(finding).length, 1, 'the diagnostic is kept on the finding');
    assert.equal(Object.getOwnPropertySymbols(diagnostic).length, 1, 'the bytes are kept on the diagnostic');
});
(0, node_test_1.test)("a document's marked diagnostics are spliced from their first bytes into each notification that sends them again", () => {
    const kept = (0, unchanged_1.sendsUnchanged)({ message: 'Total — 3 rows', range: { start: { line: 1, character: 2 } } });
    const fresh = { message: 'new', code: 'FL101' };
    const notification = (version, diagnostics) => ({
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
    assert.deepEqual(read.params.diagnostics.map((d) => d.message), ['changed too', 'Total — 3 rows']);
    // Other notifications, and diagnostics none of which is marked, are JSON.stringify's.
    const plain = notification(5, [fresh]);
    assert.equal(encode(plain), JSON.stringify(plain));
});
(0, node_test_1.test)('messages are in the stream when write returns, framed as the library reads them, in the order sent', async () => {
    const stream = new node_stream_1.PassThrough();
    const writer = new connection_1.ImmediateMessageWriter(stream);
    const messages = [
        {
            jsonrpc: '2.0',
            method: 'textDocument/publishDiagnostics',
            params: { uri: 'file:///é.txt', diagnostics: [{ message: 'Total — 3 rows' }] },
        },
        { jsonrpc: '2.0', id: 4, result: (0, unchanged_1.sendsUnchanged)([{ name: 'Loans', kind: 23 }]) },
        { jsonrpc: '2.0', method: 'filingLint/status', params: { findings: 1 } },
    ];
    const written = messages.map((m) => writer.write(m));
    // Before any callback or timer runs: nothing waits for the event loop's next turn.
    const bytes = stream.readableLength;
    const expected = messages.reduce((n, m) => {
        const body = (0, connection_1.encodeMessage)(m).byteLength;
        return n + `Content-Length: ${body}\r\n\r\n`.length + body;
    }, 0);
    assert.equal(bytes, expected);
    await Promise.all(written);
    const reader = new node_1.StreamMessageReader(stream);
    const read = [];
    await new Promise((resolve) => reader.listen((m) => read.push(m) === messages.length && resolve()));
    assert.deepEqual(read, JSON.parse(JSON.stringify(messages)));
    reader.dispose();
});
(0, node_test_1.test)("a failed write rejects and is reported as the connection's error", async () => {
    const broken = new node_stream_1.Writable({ write: (_chunk, _encoding, done) => done(new Error('pipe closed')) });
    broken.on('error', () => undefined);
    const writer = new connection_1.ImmediateMessageWriter(broken);
    const reported = [];
    writer.onError(([error, message, count]) => reported.push(`${error.message} ${message ? 'with message' : 'alone'} ${count ?? ''}`.trim()));
    await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'x' }), /pipe closed/);
    assert.ok(reported.includes('pipe closed with message 1'), reported.join('; '));
    // A message that cannot be encoded is refused before anything is written.
    const cyclic = { jsonrpc: '2.0', method: 'y' };
    cyclic.params = cyclic;
    await assert.rejects(writer.write(cyclic), /circular/);
});
(0, node_test_1.test)('console output goes to the editor log, not to stdout', () => {
    const sent = [];
    const log = {
        log: (m) => sent.push(`log ${m}`),
        info: (m) => sent.push(`info ${m}`),
        warn: (m) => sent.push(`warn ${m}`),
        error: (m) => sent.push(`error ${m}`),
    };
    const saved = { ...console };
    try {
        (0, connection_1.consoleToLog)({ console: log });
        console.log('a %d', 1);
        console.info({ b: 2 });
        console.warn('c');
        console.error('d', 'e');
        console.debug('f');
    }
    finally {
        Object.assign(console, saved);
    }
    assert.deepEqual(sent, ['log a 1', 'info { b: 2 }', 'warn c', 'error d e', 'log f']);
});
(0, node_test_1.test)('over stdio, symbols asked for again are the same, and a new version gets its own', async () => {
    const client = await (0, lsp_client_1.startServer)();
    try {
        const sample = (0, paths_1.readSample)();
        const uri = 'file:///symbols.txt';
        await (0, lsp_client_1.open)(client, uri, sample, 1);
        const ask = () => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        // Sent together, answered in any order: each answer must be its own request's.
        const [a, b, c] = await Promise.all([ask(), ask(), ask()]);
        assert.ok(a.length > 5, `${a.length} symbols`);
        assert.deepEqual(b, a);
        assert.deepEqual(c, a);
        const renamed = sample.replace(a[0].name, 'Renamed Table');
        assert.notEqual(renamed, sample);
        await (0, lsp_client_1.replaceAll)(client, uri, renamed, 2);
        await client.diagnostics(uri, 2);
        const after = await ask();
        assert.equal(after[0].name, 'Renamed Table');
        assert.deepEqual(after.slice(1), a.slice(1));
        assert.equal(client.stderr(), '');
    }
    finally {
        await client.close();
    }
});
/** Starts the server over stdio, runs `drive` on its input, and resolves with its exit code. */
function exitCode(drive) {
    const child = (0, node_child_process_1.spawn)(process.execPath, [...runtime_1.SERVER_EXEC_ARGV, lsp_client_1.SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill(), 10_000);
    drive(child.stdin, child.stdout);
    return new Promise((resolve) => child.once('exit', (code) => (clearTimeout(timer), resolve(code))));
}
const frame = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};
(0, node_test_1.test)('the server ends with its input: 1 without a shutdown request, 0 after one', async () => {
    assert.equal(await exitCode((input) => input.end()), 1);
    assert.equal(await exitCode((input, output) => {
        input.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
        input.write(frame({ method: 'initialized', params: {} }));
        input.write(frame({ id: 2, method: 'shutdown' }));
        // The input ends once the shutdown has been answered (on a busy machine, a fixed wait ended it
        // before the server had read the request).
        let seen = '';
        output.on('data', (chunk) => {
            seen += String(chunk);
            if (/"id":2,"result":null/.test(seen))
                input.end();
        });
    }), 0);
});
//# sourceMappingURL=connection.test.js.map