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
exports.plain = exports.EXTENSION_ID = exports.IMAGES = void 0;
exports.openCodeServer = openCodeServer;
exports.useCodeServer = useCodeServer;
exports.focusedAction = focusedAction;
exports.percentFindingGone = percentFindingGone;
exports.squiggleOnWrongPercent = squiggleOnWrongPercent;
exports.hoverUntilShown = hoverUntilShown;
exports.hoversOnFindingAndTitle = hoversOnFindingAndTitle;
exports.quickFixRemovesSquiggle = quickFixRemovesSquiggle;
exports.silenceForTable = silenceForTable;
exports.nodeServerPids = nodeServerPids;
exports.restartNotice = restartNotice;
exports.commandLineCodes = commandLineCodes;
exports.retypePercent = retypePercent;
exports.htmlFilingsDetected = htmlFilingsDetected;
/**
 * What the code-server suites share: code-server on 127.0.0.1 with the packaged extension installed
 * and a workspace holding a plain .txt filing with one wrong percent, Debian's Chromium on it, and
 * the steps a user takes on that filing (the squiggle, the hovers, the quick fix). code-server.test.ts
 * runs them with the server over Node, web.test.ts with the extension in the browser's web worker
 * extension host. Needs scripts/e2e/setup.sh (chromium, code-server) and `npm run package`.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const net = __importStar(require("node:net"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const zlib = __importStar(require("node:zlib"));
const playwright_core_1 = require("playwright-core");
const repo_1 = require("../../scripts/repo");
const CODE_SERVER = process.env.CODE_SERVER_BIN ??
    path.join(os.homedir(), '.cache', 'filing-lint-e2e', 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const VSIX = path.join(repo_1.ROOT, 'filing-lint.vsix');
const RESULTS = path.join(repo_1.ROOT, 'test-results');
exports.IMAGES = path.join(repo_1.ROOT, 'docs', 'images');
/** The extension's id, as settings that name extensions spell it. */
exports.EXTENSION_ID = 'filing-lint.filing-lint';
function freePort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.listen(0, '127.0.0.1', () => {
            const p = s.address().port;
            s.close(() => resolve(p));
        });
        s.on('error', reject);
    });
}
async function waitForHttp(url, ms, log) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
        try {
            const r = await fetch(url);
            if (r.status < 500)
                return;
        }
        catch {
            // not up yet
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer at ${url}: ${log().slice(-2000)}`);
}
/**
 * Installs the .vsix into a fresh code-server, starts it with `settings` added to the user's, and
 * opens its workspace in Chromium.
 */
async function openCodeServer(settings = {}) {
    assert.ok(fs.existsSync(CODE_SERVER), `code-server at ${CODE_SERVER} (run scripts/e2e/setup.sh)`);
    assert.ok(fs.existsSync(VSIX), `${VSIX} (run npm run package)`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-e2e-'));
    const userData = path.join(tmp, 'user-data');
    const extensions = path.join(tmp, 'extensions');
    const workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.mkdirSync(workspace, { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
        'workbench.tips.enabled': false,
        'editor.hover.delay': 100,
        'telemetry.telemetryLevel': 'off',
        ...settings,
    }));
    const sample = fs.readFileSync(repo_1.SAMPLE, 'utf8');
    // A plain .txt filing with one wrong percent: detection must switch it to SEC Filing.
    fs.writeFileSync(path.join(workspace, 'mutated.txt'), sample.replace('50.35%', '51.35%'));
    const config = path.join(tmp, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    const install = (0, node_child_process_1.spawnSync)(CODE_SERVER, ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', VSIX], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(install.status, 0, install.stderr + install.stdout);
    const port = await freePort();
    const server = (0, node_child_process_1.spawn)(CODE_SERVER, [
        '--config',
        config,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extensions,
        workspace,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let serverLog = '';
    server.stdout.on('data', (d) => (serverLog += String(d)));
    server.stderr.on('data', (d) => (serverLog += String(d)));
    let browser;
    const close = async () => {
        await browser?.close();
        server.kill();
    };
    try {
        await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => serverLog);
        browser = await playwright_core_1.chromium.launch({
            executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--no-first-run',
                '--disable-quic',
            ],
        });
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        const shot = async (name, dir = RESULTS) => {
            fs.mkdirSync(dir, { recursive: true });
            await page.screenshot({ path: path.join(dir, name) });
        };
        const step = async (name, body) => {
            try {
                await body();
            }
            catch (error) {
                await shot(`${name}.png`).catch(() => undefined);
                throw error;
            }
        };
        return { page, workspace, extensions, shot, step, close };
    }
    catch (error) {
        await close();
        throw error;
    }
}
/**
 * The session of a test file: opened (with `settings`) before its tests and closed after them. The
 * object is filled in when the session opens.
 */
function useCodeServer(settings = {}) {
    const session = {};
    (0, node_test_1.before)(async () => {
        Object.assign(session, await openCodeServer(settings));
    });
    (0, node_test_1.after)(async () => {
        await session.close?.();
    });
    return session;
}
/** Editor text uses non-breaking spaces; compare with plain ones. */
const plain = (s) => (s ?? '').replace(/\u00a0/g, ' ');
exports.plain = plain;
/** The text of the focused row of the quick-fix menu. */
async function focusedAction(page) {
    return (0, exports.plain)(await page.locator('.action-widget .monaco-list-row.focused').first().textContent());
}
/** Waits until the squiggle and the Problems entry of the FL102 finding are gone. */
async function percentFindingGone(page) {
    await page.waitForSelector('.monaco-editor .squiggly-error', { state: 'detached', timeout: 30_000 });
    await page
        .locator('.markers-panel .monaco-list-row', { hasText: 'FL102' })
        .first()
        .waitFor({ state: 'detached', timeout: 30_000 });
}
/** Opens `mutated.txt`: it becomes SEC Filing, and the wrong percent gets a squiggle and a Problems entry. */
async function squiggleOnWrongPercent(s, images) {
    const { page } = s;
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'mutated.txt' });
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    await page.locator('#status\\.editor\\.mode', { hasText: 'SEC Filing' }).waitFor({ timeout: 30_000 });
    // The Problems count in the status bar says the diagnostics arrived; then go to the line.
    await page.locator('#status\\.problems', { hasText: '1' }).waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('105:68');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'FL102' });
    await problem.first().waitFor({ timeout: 30_000 });
    assert.match((0, exports.plain)(await problem.first().textContent()), /Percent 51\.35% ≠ 50\.35%/);
    if (images)
        await s.shot('squiggle-problems.png', images);
}
/**
 * Rests the mouse on `target` until `hover` shows, as a user does: a hover can be lost (a layout
 * change, a request cancelled while the server answers an edit), so after `wait` ms the mouse
 * leaves and comes back, up to `tries` times. The last wait's timeout is the failure reported.
 */
async function hoverUntilShown(page, target, hover, { tries = 4, wait = 10_000 } = {}) {
    for (let attempt = 1;; attempt++) {
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        assert.ok(box, 'the hover target is on screen');
        await page.mouse.move(5, 5);
        // A point a little further right each try: the editor shows a hover on movement to a new place.
        const x = box.x + Math.min(box.width / 2 + 2 * (attempt - 1), box.width - 1);
        await page.mouse.move(x, box.y + box.height / 2, { steps: 3 });
        try {
            await hover.waitFor({ timeout: wait });
            return;
        }
        catch (error) {
            if (attempt >= tries)
                throw error;
        }
    }
}
/** Hovers the squiggle (the finding and the number's share), then the table's title (its summary). */
async function hoversOnFindingAndTitle(s, images) {
    const { page } = s;
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    // The finding's part shows at once; the server's hover (the number's share) joins it when it answers.
    // A string would match case-insensitively, and the finding's own "computed from" would do.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'FL102' }).filter({ hasText: /Computed:/ });
    await hoverUntilShown(page, squiggle, hover);
    const text = (0, exports.plain)(await hover.textContent());
    assert.match(text, /Percent 51\.35%/);
    assert.match(text, /Computed: 50\.35%/);
    if (images)
        await s.shot('hover.png', images);
    await page.mouse.move(5, 5);
    await hover.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    // Over the table's title: the table's summary, with its bar chart.
    const title = page.locator('.view-line', { hasText: 'State Distribution of Mortgaged Properties' }).first();
    const summary = page.locator('.monaco-hover:not(.hidden)', { hasText: 'page 4' });
    await hoverUntilShown(page, title, summary);
    assert.match((0, exports.plain)(await summary.textContent()), /10 rows · 553 loans · \$225,112,214\.21 · average \$407,074\.53/);
    if (images)
        await s.shot('hover-summary.png', images);
    await page.mouse.move(5, 5);
}
/** Applies the preferred quick fix from the light bulb menu: the squiggle goes. */
async function quickFixRemovesSquiggle(s, images) {
    const { page } = s;
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    const box = await squiggle.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Change 51.35% to 50.35%' });
    await item.waitFor({ timeout: 30_000 });
    if (images)
        await s.shot('quick-fix.png', images);
    // Enter applies the focused action (the preferred fix comes first); a click is intercepted by the pointer blocker.
    assert.match(await focusedAction(page), /Change 51\.35% to 50\.35%/);
    await page.keyboard.press('Enter');
    await percentFindingGone(page);
}
/**
 * Silences the FL102 finding under the first squiggle for its table from the light bulb menu, and
 * waits until it is gone; returns what `mutated.txt.filinglint.json` then holds.
 */
async function silenceForTable(s) {
    const { page } = s;
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor({ timeout: 30_000 });
    const wanted = 'Silence FL102 (row-percentage) in table "State Distribution of Mortgaged Properties"';
    const row = page.locator('.action-widget .monaco-list-row', { hasText: wanted });
    // The light bulb's menu lists what the server answered when it opened: opened while the worker
    // was still busy with the edit, or with the click's hover taking the keys, it may not hold the
    // row. It is closed and opened again, three times at most, before the test gives up.
    for (let attempt = 1;; attempt++) {
        const box = await squiggle.boundingBox();
        assert.ok(box);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.keyboard.press('Control+.');
        try {
            await row.waitFor({ timeout: 15_000 });
            break;
        }
        catch (e) {
            if (attempt === 3)
                throw e;
            await page.keyboard.press('Escape');
            await page.keyboard.press('Escape');
        }
    }
    // A click is intercepted by the pointer blocker: walk the menu with the keyboard.
    for (let i = 0; i < 20 && !(await focusedAction(page)).includes(wanted); i++) {
        await page.keyboard.press('ArrowDown');
    }
    assert.match(await focusedAction(page), /Silence FL102 \(row-percentage\) in table/);
    await page.keyboard.press('Enter');
    await percentFindingGone(page);
    return JSON.parse(fs.readFileSync(path.join(s.workspace, 'mutated.txt.filinglint.json'), 'utf8'));
}
/** The Node language server processes started from the session's extensions folder. */
function nodeServerPids(s) {
    const found = (0, node_child_process_1.spawnSync)('pgrep', ['-f', `${s.extensions}/.*server/out/server.js`], { encoding: 'utf8' });
    return found.stdout.trim().split('\n').filter(Boolean).map(Number);
}
/** Runs a command from the command palette: types `typed`, waits up to `timeout` for the row showing `row`, runs it. */
async function runCommand(page, typed, row, timeout) {
    await page.keyboard.press('F1');
    await page.keyboard.type(typed);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: row }).first().waitFor({ timeout });
    await page.keyboard.press('Enter');
}
/**
 * Waits for the notice that the server was restarted: among the toasts, or, where other
 * notifications took the toasts' room first (a request that failed as the server died), in the
 * notification center.
 */
async function restartNotice(page) {
    const notice = 'was restarted';
    try {
        await page.locator('.notifications-toasts', { hasText: notice }).waitFor({ timeout: 15_000 });
    }
    catch {
        await runCommand(page, 'Notifications: Show Notifications', 'Show Notifications', 10_000);
        await page.locator('.notifications-center', { hasText: notice }).waitFor({ timeout: 15_000 });
        await page.keyboard.press('Escape');
    }
}
/** The codes the command line finds in a file on disk, as its NDJSON output lists them. */
function commandLineCodes(file) {
    const cli = (0, node_child_process_1.spawnSync)(process.execPath, [path.join(repo_1.ROOT, 'bin', 'filing-lint.js'), '--format', 'ndjson', file], {
        encoding: 'utf8',
    });
    assert.ok(cli.stdout.trim() !== '', cli.stderr);
    return cli.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).code);
}
/** Types over the percent at `line:column` (the cursor moves there) so that it reads `percent`. */
async function retypePercent(page, at, percent) {
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(at);
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(percent);
}
/** An ordinary web page with a table whose Total does not foot (2,450 printed as 2,500). */
const WEB_PAGE = `<!DOCTYPE html>
<html>
<head><title>Riverside Rowing Club</title></head>
<body>
<h1>Riverside Rowing Club</h1>
<p>What the spring regatta cost, in dollars.</p>
<table>
<tr><th>Item</th><th>2026</th><th>2025</th></tr>
<tr><td>Boat hire</td><td>1,200</td><td>1,150</td></tr>
<tr><td>Catering</td><td>850</td><td>820</td></tr>
<tr><td>Medals and trophies</td><td>400</td><td>380</td></tr>
<tr><td>Total</td><td>2,500</td><td>2,350</td></tr>
</table>
</body>
</html>
`;
/** Opens the workspace file `name` from the explorer, and waits for its editor and language. */
async function openFromExplorer(page, name, language) {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
    await row.first().waitFor({ timeout: 30_000 });
    await row.first().click();
    await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await page.locator('#status\\.editor\\.mode', { hasText: language }).waitFor({ timeout: 30_000 });
}
/** The Problems panel's rows with `text`. */
function problemRows(page, text) {
    return page.locator('.markers-panel .monaco-list-row', { hasText: text });
}
/**
 * HTML in the editor: a real HTML filing (Target's 2003 10-K, one figure slipped) keeps its HTML
 * language and gets the finding; an ordinary web page whose table does not foot is not checked,
 * until the Treat Current File as SEC Filing command asks, and it stays HTML.
 */
async function htmlFilingsDetected(s) {
    const { page } = s;
    const filing = zlib
        .gunzipSync(fs.readFileSync(path.join(repo_1.ROOT, 'test/corpus/filings/10k-2003-target-annual-report-document.htm.gz')))
        .toString('latin1')
        // The first row of the Equity Compensation Plan table; its Total still says 34,786,533.
        .replace('34,786,533', '34,786,583');
    fs.writeFileSync(path.join(s.workspace, 'target-10k.htm'), filing, 'latin1');
    fs.writeFileSync(path.join(s.workspace, 'regatta.html'), WEB_PAGE);
    if (!(await page.locator('.markers-panel').isVisible()))
        await page.keyboard.press('Control+Shift+M');
    await openFromExplorer(page, 'target-10k.htm', 'HTML');
    const slip = problemRows(page, 'FL101').filter({ hasText: '34,786,583' });
    await slip.first().waitFor({ timeout: 60_000 });
    assert.match((0, exports.plain)(await slip.first().textContent()), /34,786,533 in the total reads like a one-digit slip/);
    await openFromExplorer(page, 'regatta.html', 'HTML');
    // The filing's finding came within seconds of its opening; the page's would have too.
    await page.waitForTimeout(5_000);
    assert.equal(await problemRows(page, '2,450').count(), 0, 'an ordinary web page is not checked');
    await runCommand(page, 'Filing Lint: Treat Current File as SEC Filing', 'Treat Current File as SEC Filing', 30_000);
    const total = problemRows(page, 'FL101').filter({ hasText: 'Total 2,500 ≠ sum of rows 2,450' });
    await total.first().waitFor({ timeout: 60_000 });
    await page.locator('#status\\.editor\\.mode', { hasText: 'HTML' }).waitFor({ timeout: 10_000 });
}
//# sourceMappingURL=harness.js.map