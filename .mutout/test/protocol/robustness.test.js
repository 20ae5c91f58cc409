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
/** The server under load and limits: many documents, rapid edits, a size limit, cancellation. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const lsp_client_1 = require("../../scripts/lsp-client");
const sample = (0, paths_1.readSample)();
(0, node_test_1.test)('50 filings open with rapid edits in several; memory returns to baseline after they close', async () => {
    const client = await (0, lsp_client_1.startServer)({ execArgv: ['--expose-gc'] });
    try {
        const baseline = (await client.connection.sendRequest('filingLint/heap'));
        const uris = Array.from({ length: 50 }, (_, i) => `file:///load/${i}.txt`);
        await Promise.all(uris.map((uri) => (0, lsp_client_1.open)(client, uri, sample, 1)));
        await Promise.all(uris.map((uri) => client.diagnostics(uri, 1)));
        // Rapid edits in five of them: only each document's last version may be published last.
        for (let v = 2; v <= 21; v++) {
            for (const uri of uris.slice(0, 5)) {
                await client.connection.sendNotification('textDocument/didChange', {
                    textDocument: { uri, version: v },
                    contentChanges: [
                        {
                            range: { start: { line: 104, character: 67 }, end: { line: 104, character: 72 } },
                            text: v % 2 ? '51.35' : '50.35',
                        },
                    ],
                });
            }
        }
        for (const uri of uris.slice(0, 5)) {
            const last = await client.diagnostics(uri, 21);
            assert.ok(last.diagnostics.some((d) => d.code === 'FL102'), 'version 21 has the wrong percent');
        }
        const loaded = (await client.connection.sendRequest('filingLint/heap'));
        for (const uri of uris) {
            await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        await new Promise((r) => setTimeout(r, 200));
        const after = (await client.connection.sendRequest('filingLint/heap'));
        assert.ok(loaded > baseline, 'open documents take memory');
        assert.ok(after - baseline < (loaded - baseline) * 0.25 + 2 * 1024 * 1024, `heap back near baseline: ${baseline} -> ${loaded} -> ${after}`);
    }
    finally {
        await client.close();
    }
});
(0, node_test_1.test)('a document over the size limit gets one note saying it was skipped', async () => {
    const client = await (0, lsp_client_1.startServer)();
    try {
        client.configuration = { maxAnalysisMB: 1 };
        const big = sample.repeat(Math.ceil((1.2 * 1024 * 1024) / sample.length));
        await (0, lsp_client_1.open)(client, 'file:///big.txt', big, 1);
        const p = await client.diagnostics('file:///big.txt', 1);
        assert.equal(p.diagnostics.length, 1);
        assert.equal(p.diagnostics[0].code, 'FL000');
        assert.match(p.diagnostics[0].message, /did not analyse this 1\.\d MB document: it is over filingLint\.maxAnalysisMB \(1\)/);
        client.configuration = { maxAnalysisMB: 5 };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        const again = await client.diagnostics('file:///big.txt', 1);
        assert.ok(again.diagnostics.length > 1 && !again.diagnostics.some((d) => d.code === 'FL000'));
    }
    finally {
        await client.close();
    }
});
(0, node_test_1.test)('a cancelled request answers RequestCancelled, and the server goes on', async () => {
    const client = await (0, lsp_client_1.startServer)();
    try {
        // A request made while a large document is being analysed, then cancelled.
        const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
        await (0, lsp_client_1.open)(client, 'file:///c.txt', sample.repeat(150), 1);
        const source = new CancellationTokenSource();
        const request = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///c.txt' } }, source.token);
        source.cancel();
        await assert.rejects(request, (error) => error.code === -32800);
        await client.diagnostics('file:///c.txt', 1);
        await (0, lsp_client_1.replaceAll)(client, 'file:///c.txt', sample, 2);
        await client.diagnostics('file:///c.txt', 2);
        const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
            textDocument: { uri: 'file:///c.txt' },
        }));
        assert.equal(symbols.length, 9);
        await (0, lsp_client_1.replaceAll)(client, 'file:///c.txt', sample.replace('50.35%', '51.35%'), 3);
        assert.ok((await client.diagnostics('file:///c.txt', 3)).diagnostics.some((d) => d.code === 'FL102'));
    }
    finally {
        await client.close();
    }
});
/** `edits` applied to `text` by the core's applyEdits (lines ended by CRLF, CR or LF); each stays within its line. */
function applyTextEdits(text, edits) {
    for (const e of edits)
        assert.equal(e.range.start.line, e.range.end.line, 'an edit within one line');
    return (0, core_1.applyEdits)(text, edits.map((e) => ({
        span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character },
        newText: e.newText,
    })));
}
(0, node_test_1.test)('bad input over LSP: every request answers, and formatting changes nothing but blanks', async () => {
    const sampleLines = sample.split('\n');
    const documents = {
        crlf: sample.replace(/\n/g, '\r\n'),
        cr: sample.replace(/\n/g, '\r'),
        tabs: sample.replace(/ {8}/g, '\t'),
        'half a table': `${sampleLines.slice(0, 105).join('\n')}\n${sampleLines[105].slice(0, 40)}`,
        'non-ASCII': sample.replace(/California/g, 'Califórnia €').replace(/Florida/g, 'フロリダ 😀'),
        'a 50,000-character line in a table': [
            ...sampleLines.slice(0, 104),
            'x'.repeat(50_000),
            ...sampleLines.slice(104),
        ].join('\n'),
        // Two fixes of one line with tabs, and a replacement beside a rewrite of another (see sampleWithTabs).
        'two moves on a line with tabs': (0, paths_1.sampleWithTabs)(sample),
        'line breaks only': '\n'.repeat(10_000),
        empty: '',
    };
    const client = await (0, lsp_client_1.startServer)();
    try {
        let n = 0;
        for (const [name, text] of Object.entries(documents)) {
            const uri = `file:///bad-${n++}.txt`;
            await (0, lsp_client_1.open)(client, uri, text, 1);
            const p = await client.diagnostics(uri, 1);
            assert.ok(Array.isArray(p.diagnostics), name);
            const lineCount = text.split(/\r\n|\r|\n/).length;
            for (let i = 0; i < 40; i++) {
                const position = { line: Math.floor((i * lineCount) / 40), character: (i * 13) % 90 };
                const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
                assert.ok(hover === null || typeof hover === 'object', name);
                const actions = await client.connection.sendRequest('textDocument/codeAction', {
                    textDocument: { uri },
                    range: { start: position, end: position },
                    context: { diagnostics: p.diagnostics },
                });
                assert.ok(Array.isArray(actions), name);
            }
            for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
                assert.ok(Array.isArray(await client.connection.sendRequest(method, { textDocument: { uri } })), `${name}: ${method}`);
            }
            // "Fix all" never sends edits that overlap: an editor would reject the whole action.
            const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
                textDocument: { uri },
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                context: { diagnostics: [], only: ['source.fixAll'] },
            }));
            for (const action of fixAll) {
                const all = action.edit?.changes?.[uri] ?? [];
                for (const [i, x] of all.entries()) {
                    for (const y of all.slice(i + 1)) {
                        if (x.range.start.line !== y.range.start.line)
                            continue;
                        const apart = x.range.end.character <= y.range.start.character || y.range.end.character <= x.range.start.character;
                        assert.ok(apart && x.range.start.character !== y.range.start.character, `${name}: fix-all edits overlap on line ${x.range.start.line}`);
                    }
                }
            }
            if (name === 'two moves on a line with tabs') {
                assert.ok(fixAll.length === 1 && (fixAll[0].edit?.changes?.[uri] ?? []).length >= 1, `${name}: a fix-all is offered`);
            }
            const edits = (await client.connection.sendRequest('textDocument/formatting', {
                textDocument: { uri },
                options: { tabSize: 8, insertSpaces: true },
            }));
            // Every whole copy of the sample has misaligned figures to move (with tabs, other ones).
            if (['crlf', 'cr', 'tabs', 'non-ASCII', 'two moves on a line with tabs'].includes(name)) {
                assert.ok(edits.length > 0, `${name}: the misaligned figures are realigned`);
            }
            const formatted = applyTextEdits(text, edits);
            assert.equal(formatted.replace(/[ \t]/g, ''), text.replace(/[ \t]/g, ''), `${name}: formatting moves figures only by blanks`);
        }
        assert.equal(client.process.exitCode, null, 'the server is still running');
        assert.equal(client.stderr(), '', 'and logged no failure');
    }
    finally {
        await client.close();
    }
});
//# sourceMappingURL=robustness.test.js.map