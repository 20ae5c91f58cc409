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
 * The packaged extension in VS Code for the Web: code-server's browser workbench runs it in its web
 * worker extension host (the setting `remote.extensionKind` puts it there, as vscode.dev and
 * github.dev run every extension), and the client starts the language server in a web worker of
 * its own. The user's steps are those of code-server.test.ts; the language status proves where the
 * server runs, and no Node server process is started.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const harness_1 = require("./harness");
const s = (0, harness_1.useCodeServer)({ 'remote.extensionKind': { [harness_1.EXTENSION_ID]: ['web'] } });
(0, node_test_1.test)('in the browser, a .txt filing opens as SEC Filing, with the squiggle and the Problems entry', async () => {
    await s.step('web-squiggle', () => (0, harness_1.squiggleOnWrongPercent)(s));
});
(0, node_test_1.test)('the language server runs in a web worker: the language status says so, and no Node server runs', async () => {
    await s.step('web-worker', async () => {
        const { page } = s;
        await page.locator('#status\\.languageStatus').click();
        const item = page.locator('.monaco-hover:not(.hidden)', { hasText: 'server: web worker' });
        await item.waitFor({ timeout: 30_000 });
        assert.match((0, harness_1.plain)(await item.textContent()), /tables · \d+ findings/);
        await s.shot('web-language-status.png');
        await page.keyboard.press('Escape');
        assert.deepEqual((0, harness_1.nodeServerPids)(s), [], 'no Node language server process');
    });
});
(0, node_test_1.test)('in the browser, hovering shows the finding, the number and the table summary', async () => {
    await s.step('web-hover', () => (0, harness_1.hoversOnFindingAndTitle)(s));
});
(0, node_test_1.test)('in the browser, the quick fix from the light bulb menu removes the squiggle', async () => {
    await s.step('web-quick-fix', () => (0, harness_1.quickFixRemovesSquiggle)(s));
});
(0, node_test_1.test)('in the browser, silencing a finding for its table writes NAME.filinglint.json through the editor', async () => {
    await s.step('web-silence', async () => {
        await (0, harness_1.retypePercent)(s.page, '106:70', '4%');
        await s.page
            .locator('.markers-panel .monaco-list-row', { hasText: 'Percent 3.24%' })
            .first()
            .waitFor({ timeout: 30_000 });
        // Gone from the editor only once the worker has read the new file back through the client.
        assert.deepEqual(await (0, harness_1.silenceForTable)(s), {
            suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }],
        });
        assert.deepEqual((0, harness_1.commandLineCodes)(path.join(s.workspace, 'mutated.txt')), ['FL201']);
    });
});
(0, node_test_1.test)('in the browser, an HTML filing keeps its language and gets findings; a web page only on the command', async () => {
    await s.step('web-html', () => (0, harness_1.htmlFilingsDetected)(s));
});
//# sourceMappingURL=web.test.js.map