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
/** Editor requests over LSP: symbols, folding, lenses, formatting, rebalance, export, silencing. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const lsp_client_1 = require("../../scripts/lsp-client");
const sample = (0, paths_1.readSample)();
let client;
const uri = 'file:///editor-sample.txt';
(0, node_test_1.before)(async () => {
    client = await (0, lsp_client_1.startServer)();
    await (0, lsp_client_1.open)(client, uri, sample, 1);
    await client.diagnostics(uri, 1);
});
(0, node_test_1.after)(async () => {
    await client.close();
});
const toEdits = (list) => list.map((e) => ({
    span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character },
    newText: e.newText,
}));
(0, node_test_1.test)('documentSymbol lists the nine tables by title', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
    assert.equal(symbols.length, 9);
    assert.equal(symbols[0].name, 'State Distribution of Mortgaged Properties');
    assert.equal(symbols[8].name, 'Remaining Terms to Maturity');
    assert.match(symbols[0].detail, /^page 4/);
});
(0, node_test_1.test)('foldingRange folds tables, footnotes and pages', async () => {
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }));
    assert.ok(folds.length >= 9 + 10);
    assert.ok(folds.some((f) => f.kind === 'comment'));
});
(0, node_test_1.test)('codeLens above each table', async () => {
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }));
    assert.equal(lenses.length, 9);
    assert.ok(lenses.every((l) => l.command.title === '553 loans · $225,112,214.21 · foots'));
});
(0, node_test_1.test)('formatting realigns the one misaligned figure and nothing else', async () => {
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 8, insertSpaces: true },
    }));
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, 164);
    const ranged = (await client.connection.sendRequest('textDocument/rangeFormatting', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
        options: { tabSize: 8, insertSpaces: true },
    }));
    assert.deepEqual(ranged, []);
    const fixed = (0, core_1.applyEdits)(sample, toEdits(edits));
    const uri2 = 'file:///editor-realigned.txt';
    await (0, lsp_client_1.open)(client, uri2, fixed, 1);
    assert.deepEqual((await client.diagnostics(uri2, 1)).diagnostics, []);
});
(0, node_test_1.test)('a rebalance is offered in a table whose percents sum to 100.01%', async () => {
    const line = sample.split('\n').findIndex((l) => l.includes('6.500') && l.includes('19.10%'));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        context: { diagnostics: [] },
    }));
    const rebalance = actions.find((a) => a.kind === 'refactor.rewrite');
    assert.ok(rebalance, JSON.stringify(actions.map((a) => a.title)));
    assert.match(rebalance.title, /^Rebalance percentages to 100\.00%/);
    assert.equal(rebalance.edit.changes[uri].length, 1);
});
(0, node_test_1.test)('filingLint/exportTable gives the table at a line as CSV', async () => {
    const line = sample.split('\n').findIndex((l) => l.startsWith('California'));
    const r = (await client.connection.sendRequest('filingLint/exportTable', { uri, line, format: 'csv' }));
    assert.equal(r.title, 'State Distribution of Mortgaged Properties');
    assert.match(r.text, /^row,California,268,113346210\.62,50\.35\r$/m);
    assert.equal(await client.connection.sendRequest('filingLint/exportTable', { uri, line: 0, format: 'csv' }), null);
});
(0, node_test_1.test)('a sidecar file beside the filing silences a finding for its table', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-sidecar-'));
    const file = path.join(dir, 'filing.txt');
    fs.writeFileSync(file, sample);
    const fileUri = (0, node_url_1.pathToFileURL)(file).toString();
    await (0, lsp_client_1.open)(client, fileUri, sample, 1);
    assert.deepEqual((await client.diagnostics(fileUri, 1)).diagnostics.map((d) => d.code), ['FL201']);
    fs.writeFileSync(`${file}.filinglint.json`, JSON.stringify({ suppress: [{ code: 'FL201', table: 'Types of Mortgaged Properties' }] }));
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
    assert.deepEqual((await client.diagnostics(fileUri, 2)).diagnostics.map((d) => d.code), ['FL201']);
});
//# sourceMappingURL=editor.test.js.map