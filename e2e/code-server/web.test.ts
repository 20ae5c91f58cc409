/**
 * The packaged extension in VS Code for the Web: code-server's browser workbench runs it in its web
 * worker extension host (the setting `remote.extensionKind` puts it there, as vscode.dev and
 * github.dev run every extension), and the client starts the language server in a web worker of
 * its own. The user's steps are those of code-server.test.ts; the language status proves where the
 * server runs, and no Node server process is started.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  EXTENSION_ID,
  commandLineCodes,
  hoversOnFindingAndTitle,
  htmlFilingsDetected,
  nodeServerPids,
  useCodeServer,
  plain,
  quickFixRemovesSquiggle,
  retypePercent,
  silenceForTable,
  squiggleOnWrongPercent,
} from './harness';

const s = useCodeServer({ 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });

test('in the browser, a .txt filing opens as SEC Filing, with the squiggle and the Problems entry', async () => {
  await s.step('web-squiggle', () => squiggleOnWrongPercent(s));
});

test('the language server runs in a web worker: the language status says so, and no Node server runs', async () => {
  await s.step('web-worker', async () => {
    const { page } = s;
    await page.locator('#status\\.languageStatus').click();
    const item = page.locator('.monaco-hover:not(.hidden)', { hasText: 'server: web worker' });
    await item.waitFor({ timeout: 30_000 });
    assert.match(plain(await item.textContent()), /tables · \d+ findings/);
    await s.shot('web-language-status.png');
    await page.keyboard.press('Escape');
    assert.deepEqual(nodeServerPids(s), [], 'no Node language server process');
  });
});

test('in the browser, hovering shows the finding, the number and the table summary', async () => {
  await s.step('web-hover', () => hoversOnFindingAndTitle(s));
});

test('in the browser, the quick fix from the light bulb menu removes the squiggle', async () => {
  await s.step('web-quick-fix', () => quickFixRemovesSquiggle(s));
});

test('in the browser, silencing a finding for its table writes NAME.filinglint.json through the editor', async () => {
  await s.step('web-silence', async () => {
    await retypePercent(s.page, '106:70', '4%');
    await s.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Percent 3.24%' })
      .first()
      .waitFor({ timeout: 30_000 });
    // Gone from the editor only once the worker has read the new file back through the client.
    assert.deepEqual(await silenceForTable(s), {
      suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }],
    });
    assert.deepEqual(commandLineCodes(path.join(s.workspace, 'mutated.txt')), ['FL201']);
  });
});

test('in the browser, an HTML filing keeps its language and gets findings; a web page only on the command', async () => {
  await s.step('web-html', () => htmlFilingsDetected(s));
});
