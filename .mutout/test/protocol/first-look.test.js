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
/** Opening a large filing: the first look is published first, then the whole analysis, over stdio. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const lsp_client_1 = require("../../scripts/lsp-client");
const sample = (0, paths_1.readSample)();
// A wrong percent in every copy: findings all down the document. 150 copies are 2.7 MB.
const large = sample.replace('50.35%', '51.35%').repeat(150);
const documentScoped = new Set(core_1.CHECKS.filter((c) => c.scope === 'document').map((c) => c.code));
const placed = (p) => p.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
/** Opens `text` and checks the two publications: the look's on the lines it covers, then the whole analysis's. */
async function looksFirst(text) {
    const client = await (0, lsp_client_1.startServer)();
    try {
        const uri = 'file:///large.txt';
        await (0, lsp_client_1.open)(client, uri, text, 1);
        const first = await client.diagnostics(uri, 1, 60_000);
        const whole = await client.analysed(uri, 1, 60_000);
        const expected = (0, core_1.analyze)(text).findings;
        assert.equal(whole.diagnostics.length, expected.length);
        assert.deepEqual(placed(whole), expected.map((f) => `${f.code} ${f.span.line}:${f.span.start}`));
        assert.equal(client.statuses.length, 2);
        const [look, done] = client.statuses;
        assert.ok(look.through !== undefined && look.through > 1000, `the look covers ${look.through} lines`);
        assert.equal(done.through, undefined);
        assert.equal(done.findings, expected.length);
        assert.ok(look.findings > 0 && look.findings < done.findings && look.tables < done.tables);
        // Exactly the whole analysis's findings on the lines the look covers, those of cross-table checks left for later.
        const covered = whole.diagnostics.filter((d) => d.range.start.line < look.through && !documentScoped.has(String(d.code)));
        assert.deepEqual(placed(first), placed({ diagnostics: covered }));
        assert.equal(first.diagnostics.length, look.findings);
    }
    finally {
        await client.close();
    }
}
(0, node_test_1.test)("a large filing gets its first pages' findings first, then all of them, with a status for each", () => looksFirst(large));
(0, node_test_1.test)('so does a large filing without <PAGE> markers, its one page cut short', () => looksFirst(large.replace(/^\s*<PAGE>.*$/gim, '')));
(0, node_test_1.test)('an edit sent right after opening a large filing: the edited version is analysed whole, and right', async () => {
    const client = await (0, lsp_client_1.startServer)();
    try {
        const uri = 'file:///edited.txt';
        await (0, lsp_client_1.open)(client, uri, large, 1);
        // Restore the right percent in the last copy: one finding fewer, at the end of the document.
        const line = large.split('\n').length - sample.split('\n').length + sample.split('\n').findIndex((l) => l.includes('50.35%'));
        const character = large.split('\n')[line].indexOf('51.35%');
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '50' }],
        });
        const p = await client.analysed(uri, 2, 60_000);
        const edited = large.split('\n');
        edited[line] = edited[line].replace('51.35%', '50.35%');
        const expected = (0, core_1.analyze)(edited.join('\n')).findings;
        assert.deepEqual(placed(p), expected.map((f) => `${f.code} ${f.span.line}:${f.span.start}`));
        assert.equal(expected.length, (0, core_1.analyze)(large).findings.length - 1);
    }
    finally {
        await client.close();
    }
});
//# sourceMappingURL=first-look.test.js.map