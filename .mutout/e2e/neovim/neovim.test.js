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
 * Neovim's built-in LSP client, headless, against the bundled server: proof that the server follows
 * the protocol rather than one client's habits. Needs `nvim` (Debian's neovim; scripts/e2e/setup.sh).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const repo_1 = require("../../scripts/repo");
(0, node_test_1.test)('Neovim reads the diagnostics of a mutated sample', () => {
    const which = (0, node_child_process_1.spawnSync)('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(which.status, 0, 'nvim is installed (run scripts/e2e/setup.sh)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-nvim-'));
    const filing = path.join(dir, 'mutated.txt');
    fs.writeFileSync(filing, fs.readFileSync(repo_1.SAMPLE, 'utf8').replace('50.35%', '51.35%'));
    const out = path.join(dir, 'diagnostics.txt');
    const r = (0, node_child_process_1.spawnSync)('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(repo_1.ROOT, 'e2e', 'neovim', 'client.lua')}`], {
        env: { ...process.env, FILING: filing, OUT: out, SERVER: path.join(repo_1.ROOT, 'server', 'out', 'server.js') },
        encoding: 'utf8',
        timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    assert.ok(!lines.includes('TIMEOUT'), 'diagnostics arrived');
    assert.ok(lines.includes('104:67 FL102 Percent 51.35% ≠ 50.35% computed from $113,346,210.62 of the total $225,112,214.21 (Aggregate Principal Balance Outstanding)'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('164:69 FL201 ')), lines.join('\n'));
});
//# sourceMappingURL=neovim.test.js.map