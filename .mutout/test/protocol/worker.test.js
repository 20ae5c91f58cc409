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
/**
 * The web worker's server bundle (server/out/worker.js), run where Node's globals are not: a V8
 * context holding only what a browser's worker offers, messages passed as postMessage passes them.
 * A `process`, `Buffer` or `require` left in the bundle fails here; the build fails on an import of
 * a Node module (esbuild.mjs).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const vm = __importStar(require("node:vm"));
const paths_1 = require("../support/paths");
const WORKER = path.join(paths_1.ROOT, 'server', 'out', 'worker.js');
/** The worker's server in a context of its own, and the messages it posts. */
function startWorker() {
    const posted = [];
    const waiters = [];
    const scope = {
        location: { href: 'https://example.invalid/extension/server/out/worker.js' },
        postMessage: (message) => {
            const m = structuredClone(message);
            const waiter = waiters.find((w) => w.match(m));
            if (!waiter) {
                posted.push(m);
                return;
            }
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(m);
        },
        onmessage: null,
        addEventListener: () => undefined,
        close: () => undefined,
        // What a dedicated worker has besides the language: timers, clocks, text codecs, URLs, crypto.
        setTimeout,
        clearTimeout,
        setInterval,
        clearInterval,
        queueMicrotask,
        performance,
        TextEncoder,
        TextDecoder,
        URL,
        crypto,
        console,
    };
    scope.self = scope;
    vm.createContext(scope);
    vm.runInContext(fs.readFileSync(WORKER, 'utf8'), scope, { filename: WORKER });
    const send = (message) => scope.onmessage({ data: structuredClone({ jsonrpc: '2.0', ...message }) });
    const next = (match, ms = 10_000) => {
        const seen = posted.find(match);
        if (seen)
            return Promise.resolve(posted.splice(posted.indexOf(seen), 1)[0]);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`nothing matched within ${ms} ms`)), ms);
            waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
        });
    };
    /** The next diagnostics published for `uri`. */
    const diagnostics = async (uri) => (await next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri))
        .params;
    /** Initializes the server; its initialize result. */
    const initialize = async (initializationOptions) => {
        send({
            id: 1,
            method: 'initialize',
            params: { processId: null, rootUri: null, capabilities: {}, initializationOptions },
        });
        const { result } = await next((m) => m.id === 1);
        send({ method: 'initialized', params: {} });
        return result;
    };
    /** The type of a global in the worker's context. */
    const typeOf = (name) => vm.runInContext(`typeof ${name}`, scope);
    return { send, next, diagnostics, initialize, typeOf };
}
(0, node_test_1.test)('the worker bundle runs without Node: it starts, says where, lints, and reads sidecars through the client', async () => {
    const { send, next, diagnostics, initialize, typeOf } = startWorker();
    for (const name of ['process', 'Buffer', 'require', 'global'])
        assert.equal(typeOf(name), 'undefined', name);
    const init = await initialize();
    assert.equal(init.runtime, 'web worker');
    assert.equal(init.serverInfo?.name, 'filing-lint');
    const started = await next((m) => m.method === 'window/logMessage' && /server started/.test(m.params.message));
    assert.match(started.params.message, /server: web worker/);
    const uri = 'vscode-remote://host/filings/mutated.txt';
    const text = (0, paths_1.readSample)().replace('50.35%', '51.35%');
    send({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'sec-filing', version: 1, text } },
    });
    // The worker asks the client for the sidecar beside the filing: none at first.
    const ask = await next((m) => m.method === 'filingLint/readSidecar');
    assert.deepEqual(ask.params, { uri });
    send({ id: ask.id, result: [] });
    const first = await diagnostics(uri);
    assert.deepEqual(first.diagnostics.map((d) => d.code).sort(), ['FL102', 'FL201']);
    // Rule pages beside the worker's script, when the client names no folder.
    assert.match(String(first.diagnostics[0].codeDescription?.href), /^https:\/\/example\.invalid\/extension\/docs\/rules\/FL/);
    // The client says the suppressions changed; the sidecar now silences FL102 for the file.
    send({ method: 'filingLint/suppressionsChanged', params: null });
    const again = await next((m) => m.method === 'filingLint/readSidecar');
    send({ id: again.id, result: [{ code: 'FL102' }] });
    assert.deepEqual((await diagnostics(uri)).diagnostics.map((d) => d.code), ['FL201']);
});
(0, node_test_1.test)('in the worker, a document over the size limit gets a note that the command line needs Node.js', async () => {
    const { send, diagnostics, initialize } = startWorker();
    await initialize({ docsRoot: 'x://docs/' });
    send({ method: 'workspace/didChangeConfiguration', params: { settings: { filingLint: { maxAnalysisMB: 1 } } } });
    const uri = 'vscode-vfs://github/filings/large.txt';
    send({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'sec-filing', version: 1, text: 'x'.repeat(1.5 * 1024 * 1024) } },
    });
    const [note] = (await diagnostics(uri)).diagnostics;
    assert.equal(note.code, 'FL000');
    assert.match(note.message, /needs Node\.js and does not run in VS Code for the Web/);
    assert.equal(note.codeDescription?.href, 'x://docs/FL000.md');
});
//# sourceMappingURL=worker.test.js.map