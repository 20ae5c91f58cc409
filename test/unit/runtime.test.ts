import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { backgroundThreads, SERVER_EXEC_ARGV } from '../../common/runtime';

test('V8 gets one background thread fewer than the cores, at least one and at most four', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 8, 64].map(backgroundThreads), [1, 1, 2, 3, 4, 4, 4]);
  assert.ok(SERVER_EXEC_ARGV.some((flag) => /^--v8-pool-size=[1-4]$/.test(flag)));
});
