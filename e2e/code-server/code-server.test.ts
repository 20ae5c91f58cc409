/**
 * The packaged extension in a real VS Code (code-server on 127.0.0.1), driven in Debian's Chromium
 * as a user drives it: squiggle, Problems entry, hover, quick fix from the light bulb, the outline of
 * tables, and a plain .txt filing switched to SEC Filing. The same run refreshes the README's
 * screenshots. Needs scripts/e2e/setup.sh (chromium, code-server) and `npm run package`.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, SAMPLE } from '../../scripts/repo';

const CODE_SERVER =
  process.env.CODE_SERVER_BIN ??
  path.join(os.homedir(), '.cache', 'filing-lint-e2e', 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const VSIX = path.join(ROOT, 'filing-lint.vsix');
const RESULTS = path.join(ROOT, 'test-results');
const IMAGES = path.join(ROOT, 'docs', 'images');

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let workspace: string;
let port: number;
let serverLog = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url}: ${serverLog.slice(-2000)}`);
}

async function shot(name: string, dir = RESULTS): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

/** Editor text uses non-breaking spaces; compare with plain ones. */
const plain = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

before(async () => {
  assert.ok(fs.existsSync(CODE_SERVER), `code-server at ${CODE_SERVER} (run scripts/e2e/setup.sh)`);
  assert.ok(fs.existsSync(VSIX), `${VSIX} (run npm run package)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'security.workspace.trust.enabled': false,
      'workbench.tips.enabled': false,
      'editor.hover.delay': 100,
      'telemetry.telemetryLevel': 'off',
    }),
  );
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  // A plain .txt filing with one wrong percent: detection must switch it to SEC Filing.
  fs.writeFileSync(path.join(workspace, 'mutated.txt'), sample.replace('50.35%', '51.35%'));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const install = spawnSync(
    CODE_SERVER,
    ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', VSIX],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(install.status, 0, install.stderr + install.stdout);
  port = await freePort();
  server = spawn(
    CODE_SERVER,
    [
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
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (d) => (serverLog += String(d)));
  server.stderr!.on('data', (d) => (serverLog += String(d)));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  browser = await chromium.launch({
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
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function guarded(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await shot(`${name}.png`).catch(() => undefined);
    throw error;
  }
}

/** The text of the focused row of the quick-fix menu. */
async function focusedAction(): Promise<string> {
  return plain(await page.locator('.action-widget .monaco-list-row.focused').first().textContent());
}

/** Waits until the squiggle and the Problems entry of the FL102 finding are gone. */
async function percentFindingGone(): Promise<void> {
  await page.waitForSelector('.monaco-editor .squiggly-error', { state: 'detached', timeout: 30_000 });
  await page
    .locator('.markers-panel .monaco-list-row', { hasText: 'FL102' })
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 });
}

test('a .txt filing opens as SEC Filing, with the squiggle and the Problems entry on the wrong percent', async () => {
  await guarded('squiggle', async () => {
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
    assert.match(plain(await problem.first().textContent()), /Percent 51\.35% ≠ 50\.35%/);
    await shot('squiggle-problems.png', IMAGES);
  });
});

test('hovering the squiggle shows the finding and the number', async () => {
  await guarded('hover', async () => {
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.scrollIntoViewIfNeeded();
    const box = await squiggle.boundingBox();
    assert.ok(box, 'the squiggle is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The finding's part shows at once; the server's hover (the number's share) joins it when it answers.
    // A string would match case-insensitively, and the finding's own "computed from" would do.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'FL102' }).filter({ hasText: /Computed:/ });
    await hover.waitFor({ timeout: 30_000 });
    const text = plain(await hover.textContent());
    assert.match(text, /Percent 51\.35%/);
    assert.match(text, /Computed: 50\.35%/);
    await shot('hover.png', IMAGES);
    await page.mouse.move(5, 5);
    await hover.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    // Over the table's title: the table's summary, with its bar chart.
    const title = page.locator('.view-line', { hasText: 'State Distribution of Mortgaged Properties' }).first();
    const t = await title.boundingBox();
    assert.ok(t, 'the title is on screen');
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2);
    const summary = page.locator('.monaco-hover:not(.hidden)', { hasText: 'page 4' });
    await summary.waitFor({ timeout: 30_000 });
    assert.match(plain(await summary.textContent()), /10 rows · 553 loans · \$225,112,214\.21 · average \$407,074\.53/);
    await shot('hover-summary.png', IMAGES);
    await page.mouse.move(5, 5);
  });
});

test('the quick fix from the light bulb menu removes the squiggle', async () => {
  await guarded('quick-fix', async () => {
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    const box = await squiggle.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Change 51.35% to 50.35%' });
    await item.waitFor({ timeout: 30_000 });
    await shot('quick-fix.png', IMAGES);
    // Enter applies the focused action (the preferred fix comes first); a click is intercepted by the pointer blocker.
    assert.match(await focusedAction(), /Change 51\.35% to 50\.35%/);
    await page.keyboard.press('Enter');
    await percentFindingGone();
  });
});

test('the outline lists the tables', async () => {
  await guarded('outline', async () => {
    await page.keyboard.press('Control+Shift+O');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Mortgage Rates' });
    await row.first().waitFor({ timeout: 30_000 });
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    const texts = plain((await rows.allTextContents()).join('|'));
    assert.match(texts, /State Distribution of Mortgaged Properties/);
    assert.match(texts, /Remaining Terms to Maturity/);
    await page.keyboard.press('Escape');
  });
});

test('a crashed server is restarted, the user is told once, and diagnostics come back', async () => {
  await guarded('restart', async () => {
    const pids = spawnSync('pgrep', ['-f', 'filing-lint.*server/out/server.js'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    assert.ok(pids.length >= 1, 'the language server process is running');
    // Break a figure again so a fresh diagnostic has to come from the restarted server.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('106:70');
    await page.keyboard.press('Enter');
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    await page.locator('.notifications-toasts', { hasText: 'was restarted' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4%');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Percent 3.24%' })
      .first()
      .waitFor({ timeout: 30_000 });
  });
});

test('silencing a finding for its table from the light bulb writes NAME.filinglint.json, which the command line honours too', async () => {
  await guarded('silence', async () => {
    // The restarted server's finding on line 106 (Percent 3.24%), in "State Distribution of Mortgaged Properties".
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor({ timeout: 30_000 });
    const box = await squiggle.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const wanted = 'Silence FL102 (row-percentage) in table "State Distribution of Mortgaged Properties"';
    await page.locator('.action-widget .monaco-list-row', { hasText: wanted }).waitFor({ timeout: 30_000 });
    // A click is intercepted by the pointer blocker: walk the menu with the keyboard.
    for (let i = 0; i < 20 && !(await focusedAction()).includes(wanted); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match(await focusedAction(), /Silence FL102 \(row-percentage\) in table/);
    await page.keyboard.press('Enter');
    await percentFindingGone();
    const sidecar = path.join(workspace, 'mutated.txt.filinglint.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(sidecar, 'utf8')), {
      suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }],
    });
    // The file on disk still has its wrong percent (the edits above are unsaved): the command line
    // reads the same sidecar and leaves it out too.
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'filing-lint.js'), '--format', 'ndjson', path.join(workspace, 'mutated.txt')],
      { encoding: 'utf8' },
    );
    const codes = cli.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { code: string }).code);
    assert.deepEqual(codes, ['FL201'], cli.stderr);
  });
});
