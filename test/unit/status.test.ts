import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { describeStatus, PENDING, StatusBoard } from '../../client/src/status';
import type { StatusParams } from '../../common/messages';

const base: StatusParams = {
  uri: 'file:///a.txt',
  version: 1,
  tables: 9,
  findings: 3,
  errors: 0,
  ms: 41.6,
  skipped: false,
};

test('a whole analysis shows its figures and time, a warning when any finding is an error', () => {
  assert.deepEqual(describeStatus(base), {
    text: '$(table) 9 tables · 3 findings',
    detail: 'analysis 42 ms',
    busy: false,
    severity: 'information',
  });
  assert.equal(describeStatus({ ...base, errors: 1 }).severity, 'warning');
  assert.equal(describeStatus({ ...base, skipped: true }).detail, 'over the size limit: not analysed');
});

test('a first look says "so far" and spins until the whole analysis reports', () => {
  const view = describeStatus({ ...base, through: 5012 });
  assert.equal(view.text, '$(table) 9 tables · 3 findings so far');
  assert.equal(view.detail, 'first 5012 lines checked in 42 ms; analysing the rest');
  assert.equal(view.busy, true);
});

test("a failed analysis stops the spinner and says so, keeping the first look's figures", () => {
  const view = describeStatus({ ...base, through: 5012, failed: true });
  assert.equal(view.busy, false);
  assert.equal(view.severity, 'error');
  assert.equal(view.text, '$(table) 9 tables · 3 findings so far');
  assert.match(view.detail, /analysis failed/);
  const without = describeStatus({ ...base, failed: true });
  assert.equal(without.busy, false);
  assert.equal(without.text, '$(table) Filing Lint: analysis failed', "no figures that are not this version's");
});

test('each filing keeps its own last status; a late older version never replaces a newer one', () => {
  const board = new StatusBoard();
  assert.deepEqual(board.view(base.uri), PENDING);
  board.update(base);
  board.update({ ...base, uri: 'file:///b.txt', tables: 2, findings: 0 });
  assert.equal(board.view(base.uri).text, '$(table) 9 tables · 3 findings');
  assert.equal(board.view('file:///b.txt').text, '$(table) 2 tables · 0 findings');
  board.update({ ...base, version: 3, findings: 4 });
  board.update({ ...base, version: 2, findings: 7 });
  assert.equal(board.view(base.uri).text, '$(table) 9 tables · 4 findings');
  // A first look and then the whole analysis of the same version: the later one shows.
  board.update({ ...base, version: 4, through: 100 });
  board.update({ ...base, version: 4 });
  assert.equal(board.view(base.uri).busy, false);
  board.forget(base.uri);
  assert.deepEqual(board.view(base.uri), PENDING);
});
