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
 * The packaged extension in a real VS Code (code-server on 127.0.0.1), driven in Debian's Chromium
 * as a user drives it: squiggle, Problems entry, hover, quick fix from the light bulb, the outline of
 * tables, and a plain .txt filing switched to SEC Filing, with the language server over Node. The
 * same run refreshes the README's screenshots. web.test.ts does the same in the browser's web worker.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const harness_1 = require("./harness");
const s = (0, harness_1.useCodeServer)();
(0, node_test_1.test)('a .txt filing opens as SEC Filing, with the squiggle and the Problems entry on the wrong percent', async () => {
    await s.step('squiggle', () => (0, harness_1.squiggleOnWrongPercent)(s, harness_1.IMAGES));
});
(0, node_test_1.test)('hovering the squiggle shows the finding and the number', async () => {
    await s.step('hover', () => (0, harness_1.hoversOnFindingAndTitle)(s, harness_1.IMAGES));
});
(0, node_test_1.test)('the quick fix from the light bulb menu removes the squiggle', async () => {
    await s.step('quick-fix', () => (0, harness_1.quickFixRemovesSquiggle)(s, harness_1.IMAGES));
});
(0, node_test_1.test)('the outline lists the tables', async () => {
    await s.step('outline', async () => {
        const { page } = s;
        await page.keyboard.press('Control+Shift+O');
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Mortgage Rates' });
        await row.first().waitFor({ timeout: 30_000 });
        const rows = page.locator('.quick-input-widget .monaco-list-row');
        const texts = (0, harness_1.plain)((await rows.allTextContents()).join('|'));
        assert.match(texts, /State Distribution of Mortgaged Properties/);
        assert.match(texts, /Remaining Terms to Maturity/);
        await page.keyboard.press('Escape');
    });
});
(0, node_test_1.test)('a crashed server is restarted, the user is told once, and diagnostics come back', async () => {
    await s.step('restart', async () => {
        const { page } = s;
        const pids = (0, harness_1.nodeServerPids)(s);
        assert.ok(pids.length >= 1, 'the language server process is running');
        for (const pid of pids)
            process.kill(pid, 'SIGKILL');
        await (0, harness_1.restartNotice)(page);
        // Break a figure again so a fresh diagnostic has to come from the restarted server.
        await (0, harness_1.retypePercent)(page, '106:70', '4%');
        await page
            .locator('.markers-panel .monaco-list-row', { hasText: 'Percent 3.24%' })
            .first()
            .waitFor({ timeout: 30_000 });
    });
});
(0, node_test_1.test)('silencing a finding for its table from the light bulb writes NAME.filinglint.json, which the command line honours too', async () => {
    await s.step('silence', async () => {
        // The restarted server's finding on line 106 (Percent 3.24%), in "State Distribution of Mortgaged Properties".
        assert.deepEqual(await (0, harness_1.silenceForTable)(s), {
            suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }],
        });
        // The file on disk still has its wrong percent (the edits above are unsaved): the command line
        // reads the same sidecar and leaves it out too.
        assert.deepEqual((0, harness_1.commandLineCodes)(path.join(s.workspace, 'mutated.txt')), ['FL201']);
    });
});
(0, node_test_1.test)('an HTML filing keeps its language and gets findings; a web page is checked only when the command asks', async () => {
    await s.step('html', () => (0, harness_1.htmlFilingsDetected)(s));
});
//# sourceMappingURL=code-server.test.js.map