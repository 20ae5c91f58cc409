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
 * The warm-up of a fresh server (server/src/protocol/warmUp.ts): left idle, it analyses its made-up
 * pages and says so; given a document at once, it stops, and the document is analysed as ever.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const warmUp_1 = require("../../server/src/core/warmUp");
const warmUp_2 = require("../../server/src/protocol/warmUp");
const lsp_client_1 = require("../../scripts/lsp-client");
const paths_1 = require("../support/paths");
(0, node_test_1.test)('the made-up pages hold what the warm-up is for: each kind of table, read and checked', () => {
    const text = [0, 1, 2, 3].map(warmUp_1.warmUpPage).join('\n');
    const { model, findings } = (0, core_1.analyze)(text);
    assert.equal(model.tables.length, 16, 'four tables a page');
    const kinds = new Set(model.tables.flatMap((t) => t.columns.map((c) => c.kind)));
    for (const kind of ['count', 'amount', 'percent'])
        assert.ok(kinds.has(kind), `a ${kind} column`);
    assert.ok(model.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c?.text.includes('(')))), 'a parenthesised negative');
    assert.ok(model.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c?.text.includes('/')))), 'a fraction');
    assert.ok(findings.some((f) => f.code === 'FL101' && f.fix), 'a slip found and a fix offered');
    // The same page each time: the warm-up is the same in every server.
    assert.equal((0, warmUp_1.warmUpPage)(5), (0, warmUp_1.warmUpPage)(5));
});
(0, node_test_1.test)('a warm-up left alone waits for the server to be idle, runs its slices, and says when it is done', async () => {
    const results = [];
    const filings = [(0, paths_1.readSample)()];
    const warmUp = new warmUp_2.WarmUp(() => filings, (r) => results.push(r), 20);
    warmUp.start();
    // Nothing runs before the server has been idle for the time given: the start returns at once.
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(results.length, 0);
    await new Promise((resolve) => {
        const wait = () => (results.length > 0 ? resolve() : setTimeout(wait, 5));
        wait();
    });
    assert.equal(results.length, 1);
    // Each stretch analysed whole, then edited.
    assert.equal(results[0].slices, 2 * (0, warmUp_2.warmUpStretches)(filings).length);
    assert.equal(results[0].stopped, false);
    warmUp.stop();
    assert.equal(results.length, 1, 'a stop after the end says nothing more');
});
(0, node_test_1.test)('the stretches: the made-up pages, then each filing cut into stretches of lines', () => {
    const sample = (0, paths_1.readSample)();
    const made = (0, warmUp_2.warmUpStretches)([]);
    const stretches = (0, warmUp_2.warmUpStretches)([sample, sample]);
    const lines = sample.split('\n').length;
    assert.equal(stretches.length, made.length + 2 * Math.ceil(lines / 500));
    assert.deepEqual(stretches.slice(made.length).flat().slice(0, lines), sample.split('\n'));
});
(0, node_test_1.test)('a stop before the server was idle runs no slice; a stop during the warm-up ends it before its next slice', async () => {
    const early = [];
    const before = new warmUp_2.WarmUp(() => [], (r) => early.push(r), 20);
    before.start();
    before.stop();
    assert.deepEqual(early, [{ slices: 0, ms: 0, stopped: true }]);
    const results = [];
    const warmUp = new warmUp_2.WarmUp(() => [(0, paths_1.readSample)()], (r) => results.push(r), 0);
    warmUp.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    warmUp.stop();
    assert.equal(results[0]?.stopped, true);
    const at = results[0].slices;
    assert.ok(at < 2 * (0, warmUp_2.warmUpStretches)([(0, paths_1.readSample)()]).length, `${at} slices`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(results.length, 1);
});
(0, node_test_1.test)('over stdio, an idle server warms up; one given a document at once stops and analyses it', async () => {
    const idle = await (0, lsp_client_1.startServer)();
    try {
        const message = await idle.logged(/Filing Lint warmed up/, 30_000);
        // The filings shipped beside the bundle (server/warm-up/) and the made-up pages, each stretch twice.
        const [, slices] = /warmed up: (\d+) analyses in \d+ ms/.exec(message) ?? [];
        assert.ok(Number(slices) > 2 * (0, warmUp_2.warmUpStretches)([]).length, message);
    }
    finally {
        await idle.close();
    }
    const busy = await (0, lsp_client_1.startServer)();
    try {
        const uri = 'file:///warm-up.txt';
        await (0, lsp_client_1.open)(busy, uri, (0, paths_1.readSample)(), 1);
        const diagnostics = await busy.analysed(uri, 1, 30_000);
        assert.deepEqual(diagnostics.diagnostics.map((d) => d.code), (0, core_1.analyze)((0, paths_1.readSample)()).findings.map((f) => f.code));
        // Opened at once, before the server was idle: no slice ran.
        assert.match(await busy.logged(/warm-up stopped|warmed up/), /warm-up stopped after 0 analyses/);
    }
    finally {
        await busy.close();
    }
});
//# sourceMappingURL=warm-up.test.js.map