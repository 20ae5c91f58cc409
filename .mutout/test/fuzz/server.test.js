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
 * The fuzzer's cases through the bundled server (scripts/fuzz.ts; `npm run fuzz` runs thousands):
 * every case it saved when it failed, and the first cases of a seed, must now pass; and the harness
 * itself must see a server that dies or stops answering.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const fuzz_1 = require("../../scripts/fuzz");
const files = (0, fuzz_1.corpusFiles)();
const quiet = { timeoutMs: 60_000, save: false, log: () => undefined };
(0, node_test_1.test)('saved fuzz cases, and the first cases of a seed, pass through the bundled server', async () => {
    const saved = (0, fuzz_1.savedCases)();
    const cases = [...saved, ...[0, 1, 2, 3, 4].map((n) => (0, fuzz_1.makeCase)(1, n, files))];
    const figures = await (0, fuzz_1.runCases)(cases, quiet);
    assert.deepEqual(figures.failures, []);
    assert.equal(figures.answered, cases.length);
    assert.ok(figures.requests > 0 && figures.diagnostics > 0, 'the server was asked, and it found something');
    console.log(`# fuzz: ${saved.length} saved cases and 5 fresh ones replayed`);
});
(0, node_test_1.test)('a case is made from its seed and number alone', () => {
    assert.deepEqual((0, fuzz_1.makeCase)(7, 123, files), (0, fuzz_1.makeCase)(7, 123, files));
    assert.notDeepEqual((0, fuzz_1.makeCase)(7, 123, files).bytes, (0, fuzz_1.makeCase)(7, 124, files).bytes);
});
(0, node_test_1.test)('a server that exits is a crash, one that stops answering a hang; the next case gets a new server', async () => {
    const preload = path.join(os.tmpdir(), `filing-lint-fuzz-${process.pid}.js`);
    fs.writeFileSync(preload, `process.stdin.on('data', (d) => {
      if (String(d).includes('FUZZ-EXIT')) process.exit(7);
      if (String(d).includes('FUZZ-LOOP')) for (;;);
    });\n`);
    const document = (text, n) => ({ seed: 0, n, bytes: Buffer.from(text), made: text });
    try {
        const figures = await (0, fuzz_1.runCases)([(0, fuzz_1.makeCase)(1, 0, files), document('FUZZ-EXIT\n', 1), document('FUZZ-LOOP\n', 2), (0, fuzz_1.makeCase)(1, 1, files)], { ...quiet, timeoutMs: 3000, execArgv: ['--require', preload] });
        assert.equal(figures.crashes, 1);
        assert.equal(figures.hangs, 1);
        assert.equal(figures.answered, 2);
        assert.match(figures.failures[0], /^0-1 crash: the server exited/);
        assert.match(figures.failures[1], /^0-2 hang: no answer within 3 s/);
    }
    finally {
        fs.rmSync(preload, { force: true });
    }
});
//# sourceMappingURL=server.test.js.map