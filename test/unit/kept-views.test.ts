/**
 * The views of lines a parse keeps for the next (parse/lines.ts KeptViews): a byte per line for the
 * lines that are their own view and the few views made, moved with the lines an edit adds or
 * removes, as an array of a slot per line was.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeptViews, plainView, type KeptView } from '../../server/src/core/parse/lines';

/** The slots as an array, for comparison with the array they replace. */
function slots(views: KeptViews): KeptView[] {
  return Array.from({ length: views.length }, (_, i) => views.get(i));
}

test('views kept, cleared and moved by edits read as an array of a slot per line would', () => {
  const slot = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant('view'));
  fc.assert(
    fc.property(
      fc.array(slot, { minLength: 1, maxLength: 40 }),
      fc.nat(),
      fc.nat(),
      fc.nat({ max: 6 }),
      (initial, a, b, added) => {
        const n = initial.length;
        const from = a % (n + 1);
        const oldTo = from + (b % (n - from + 1));
        const newTo = from + added;
        const views = KeptViews.of(n);
        const array: KeptView[] = Array.from({ length: n }, () => undefined);
        initial.forEach((s, i) => {
          if (s === undefined) return;
          const view = s === null ? null : plainView(`line ${i}\t`);
          views.set(i, view);
          array[i] = view;
        });
        assert.deepEqual(slots(views), array);
        // An edit that keeps the line count forgets the edited lines' views in place.
        const same = KeptViews.of(n);
        array.forEach((v, i) => v !== undefined && same.set(i, v));
        same.clear(from, oldTo);
        const cleared = array.map((v, i) => (i >= from && i < oldTo ? undefined : v));
        assert.deepEqual(slots(same), cleared);
        // One that adds or removes lines moves the views below it.
        const moved = views.spliced(from, oldTo, newTo);
        const spliced = array.slice();
        spliced.splice(from, oldTo - from, ...Array.from({ length: newTo - from }, () => undefined));
        assert.equal(moved.length, spliced.length);
        assert.deepEqual(slots(moved), spliced);
      },
    ),
    { numRuns: 300 },
  );
});
