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
 * No regular expression of the grammar or of the filing parser can backtrack catastrophically:
 * each is checked with recheck (status must be `safe`). The parser's regexes are found in
 * server/src/core/**\/*.ts; folders that do not exist yet are skipped. Helpers: ./regex-safety.ts.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const vscode_oniguruma_1 = require("vscode-oniguruma");
const grammar_1 = require("../../scripts/grammar");
const paths_1 = require("../support/paths");
const regex_safety_1 = require("./regex-safety");
/** Every folder of product code: the core, the server adapter, the client, the command line, the shared messages. */
const SOURCES = ['server/src', 'client/src', 'cli', 'common'].map((d) => path.join(paths_1.ROOT, d));
(0, node_test_1.test)('every grammar pattern compiles in Oniguruma', async () => {
    await (0, grammar_1.createGrammar)(); // loads the WASM
    const found = (0, regex_safety_1.grammarRegexes)();
    assert.ok(found.length >= 30, `${found.length} patterns`);
    for (const f of found)
        assert.doesNotThrow(() => new vscode_oniguruma_1.OnigScanner([f.source]).dispose(), f.where);
});
(0, node_test_1.test)('no grammar pattern can backtrack catastrophically (recheck)', { timeout: 120_000 }, async () => {
    const report = await (0, regex_safety_1.checkRegexes)((0, regex_safety_1.grammarRegexes)());
    assert.deepEqual(report.failures, []);
    assert.equal(report.safe, report.checked);
});
(0, node_test_1.test)('no regex of the product (core, server, client, command line) can backtrack catastrophically (recheck)', { timeout: 240_000 }, async (t) => {
    const found = SOURCES.flatMap((dir) => (0, regex_safety_1.regexesIn)(dir));
    assert.ok(found.length > 60, `${found.length} regexes found`);
    const report = await (0, regex_safety_1.checkRegexes)(found);
    t.diagnostic(`${report.checked} regexes in ${SOURCES.reduce((n, dir) => n + (0, regex_safety_1.tsFiles)(dir).length, 0)} files, ${report.ms} ms`);
    assert.deepEqual(report.failures, []);
});
(0, node_test_1.test)('the finder sees literals and RegExp calls, and the checker flags a quadratic pattern', { timeout: 60_000 }, async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regex-safety-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(file, "const a = /^(a+)+$/u;\nconst b = new RegExp('\\\\d+', 'g');\nconst c = RegExp(`x*y`);\nconst d = new RegExp(name);\n");
    const found = (0, regex_safety_1.regexesInFile)(file);
    assert.deepEqual(found.map((f) => [f.source, f.flags]), [
        ['^(a+)+$', 'u'],
        ['\\d+', ''],
        ['x*y', ''],
    ]);
    assert.deepEqual((0, regex_safety_1.regexesIn)(path.join(dir, 'missing')), []);
    const report = await (0, regex_safety_1.checkRegexes)([found[0], { where: 'quadratic', source: '\\s*\\s*$', flags: '' }, found[1]]);
    assert.equal(report.safe, 1);
    assert.equal(report.failures.length, 2);
    assert.match(report.failures[0], /vulnerable \(exponential\)/);
    fs.rmSync(dir, { recursive: true, force: true });
});
//# sourceMappingURL=regex-safety.test.js.map