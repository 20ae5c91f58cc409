import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restart';

test('the first crash restarts and tells the user; later ones restart quietly', () => {
  const p = new RestartPolicy();
  assert.equal(p.onClosed(0), 'restart-and-tell');
  assert.equal(p.onClosed(10_000), 'restart');
  assert.equal(p.onClosed(20_000), 'restart');
});

test('five crashes within three minutes give up; spread out they do not', () => {
  const p = new RestartPolicy();
  for (let i = 0; i < 4; i++) assert.notEqual(p.onClosed(i * 1000), 'give-up');
  assert.equal(p.onClosed(5000), 'give-up');
  const q = new RestartPolicy();
  for (let i = 0; i < 10; i++) assert.notEqual(q.onClosed(i * 60_000), 'give-up');
});
