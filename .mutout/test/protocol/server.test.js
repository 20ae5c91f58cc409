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
/** The bundled server over stdio, driven as an editor drives it. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const lsp_client_1 = require("../../scripts/lsp-client");
const sample = (0, paths_1.readSample)();
const lines = sample.split('\n');
let client;
(0, node_test_1.before)(async () => {
    client = await (0, lsp_client_1.startServer)();
});
(0, node_test_1.after)(async () => {
    await client.close();
});
/** Line and character of `needle` in the text (the first occurrence after `after`). */
function locate(text, needle, afterText = '') {
    const from = afterText ? text.indexOf(afterText) : 0;
    const at = text.indexOf(needle, from);
    assert.ok(at >= 0, `${needle} in text`);
    const before = text.slice(0, at).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}
(0, node_test_1.test)('the sample: one alignment note and nothing else, with the document version', async () => {
    const uri = 'file:///sample.txt';
    await (0, lsp_client_1.open)(client, uri, sample, 7);
    const p = await client.diagnostics(uri, 7);
    assert.equal(p.version, 7);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['FL201']);
    const d = p.diagnostics[0];
    assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), '100.00%');
    assert.match(String(d.codeDescription?.href), /^file:.*docs\/rules\/FL201\.md$/);
});
const mutations = [
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
    (0, node_test_1.test)(`one wrong ${m.name}: exactly one new diagnostic, on that number`, async () => {
        const uri = `file:///mutated-${m.name.replace(/\W/g, '')}.txt`;
        await (0, lsp_client_1.open)(client, uri, sample, 1);
        await client.diagnostics(uri, 1);
        const text = sample.replace(m.from, m.to);
        assert.notEqual(text, sample);
        await (0, lsp_client_1.replaceAll)(client, uri, text, 2);
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
        }));
        // Silencing is offered for the table, the file and the workspace, as a client command.
        assert.deepEqual(actions
            .filter((a) => a.command?.command === 'filingLint.suppress')
            .map((a) => a.title
            .replace(/ \(.*?\)/, '')
            .split(' in ')[1]
            .split(' ')[0]), ['table', 'this', 'this']);
        const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
        if (m.noFix) {
            assert.match(d.message, m.noFix);
            assert.equal(fix, undefined, 'no edit is offered when the wrong row is not known');
            return;
        }
        assert.ok(fix, 'a quick fix');
        const edits = fix.edit.changes[uri].map((e) => ({
            span: { line: e.range.start.line, start: e.range.start.character, end: e.range.end.character },
            newText: e.newText,
        }));
        const fixed = (0, core_1.applyEdits)(text, edits);
        await (0, lsp_client_1.replaceAll)(client, uri, fixed, 3);
        const after = await client.diagnostics(uri, 3);
        assert.deepEqual(after.diagnostics.map((x) => x.code), ['FL201']);
    });
}
(0, node_test_1.test)('a rule set to off in the workspace configuration goes away live', async () => {
    const uri = 'file:///config.txt';
    await (0, lsp_client_1.open)(client, uri, sample.replace('50.35%', '51.35%'), 1);
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
(0, node_test_1.test)('hover over a table summarises it; over a number, its share', async () => {
    const uri = 'file:///hover.txt';
    await (0, lsp_client_1.open)(client, uri, sample, 1);
    await client.diagnostics(uri, 1);
    const title = locate(sample, 'Mortgage Rates(1)');
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: title }));
    assert.match(h.contents.value, /Mortgage Rates/);
    assert.match(h.contents.value, /6\.973/);
    assert.match(h.contents.value, /553 loans/);
    const number = locate(sample, '113,346,210.62');
    const n = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: number.line, character: number.character + 2 },
    }));
    assert.match(n.contents.value, /50\.35% of the column total/);
});
(0, node_test_1.test)('binary garbage neither crashes the server nor stops it answering', async () => {
    const uri = 'file:///garbage.bin';
    let junk = '';
    for (let i = 0; i < 20000; i++)
        junk += String.fromCharCode((i * 7919) % 256);
    await (0, lsp_client_1.open)(client, uri, junk + '\n' + 'x'.repeat(60000) + '\n\t\t$ 1 2 3 %%% (((', 1);
    const p = await client.diagnostics(uri, 1);
    assert.ok(Array.isArray(p.diagnostics));
    const uri2 = 'file:///after-garbage.txt';
    await (0, lsp_client_1.open)(client, uri2, sample, 1);
    const q = await client.diagnostics(uri2, 1);
    assert.deepEqual(q.diagnostics.map((d) => d.code), ['FL201']);
    assert.equal(client.process.exitCode, null);
});
//# sourceMappingURL=server.test.js.map