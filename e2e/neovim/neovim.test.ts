/**
 * Neovim's built-in LSP client, headless, against the bundled server: proof that the server follows
 * the protocol rather than one client's habits. Needs `nvim` (Debian's neovim; scripts/e2e/setup.sh).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SAMPLE } from '../../scripts/repo';

test('Neovim reads the diagnostics of a mutated sample', () => {
  const which = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(which.status, 0, 'nvim is installed (run scripts/e2e/setup.sh)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-nvim-'));
  const filing = path.join(dir, 'mutated.txt');
  fs.writeFileSync(filing, fs.readFileSync(SAMPLE, 'utf8').replace('50.35%', '51.35%'));
  const out = path.join(dir, 'diagnostics.txt');
  const r = spawnSync(
    'nvim',
    ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'e2e', 'neovim', 'client.lua')}`],
    {
      env: { ...process.env, FILING: filing, OUT: out, SERVER: path.join(ROOT, 'server', 'out', 'server.js') },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
  assert.ok(!lines.includes('TIMEOUT'), 'diagnostics arrived');
  assert.ok(
    lines.includes(
      '104:67 FL102 Percent 51.35% ≠ 50.35% computed from $113,346,210.62 of the total $225,112,214.21 (Aggregate Principal Balance Outstanding)',
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.startsWith('164:69 FL201 ')),
    lines.join('\n'),
  );
});
