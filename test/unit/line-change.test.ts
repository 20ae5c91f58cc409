/**
 * The changed block a document store records edit by edit (followedBy) covers every line that
 * differs: outside it the old and new versions hold the very same strings, in the same order.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { followedBy, type LineChange } from '../../server/src/core';

let fresh = 0;
const line = () => `line ${fresh++}`;

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  removed: fc.nat({ max: 4 }),
  added: fc.nat({ max: 4 }),
});

test('a recorded change covers every changed line, with the right line counts', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 40 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (size, edits) => {
      const old = Array.from({ length: size }, line);
      const lines = old.slice();
      let change: LineChange | undefined;
      for (const e of edits) {
        const at = Math.floor(e.at * lines.length);
        const removed = Math.min(e.removed, lines.length - at);
        lines.splice(at, removed, ...Array.from({ length: e.added }, line));
        change = followedBy(change, at, removed, e.added);
      }
      const c = change!;
      assert.equal(c.delta, lines.length - old.length);
      assert.equal(c.newTo - c.oldTo, c.delta);
      assert.ok(
        c.from <= c.oldTo && c.from <= c.newTo && c.oldTo <= old.length && c.newTo <= lines.length,
        JSON.stringify(c),
      );
      for (let i = 0; i < c.from; i++) assert.equal(lines[i], old[i]);
      for (let i = c.oldTo; i < old.length; i++) assert.equal(lines[i + c.delta], old[i]);
    }),
    { numRuns: 3000 },
  );
});

test('an edit alone is its own change; two edits far apart give the block between them', () => {
  assert.deepEqual(followedBy(undefined, 5, 1, 2), { from: 5, oldTo: 6, newTo: 7, delta: 1 });
  const first = followedBy(undefined, 50, 1, 1);
  assert.deepEqual(followedBy(first, 10, 1, 2), { from: 10, oldTo: 51, newTo: 52, delta: 1 });
});
