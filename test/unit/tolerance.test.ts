/**
 * The rounding tolerance of a footing is worked out with doubles when the scales allow: it must equal
 * the half units added one by one as decimals, for every mix of scales (and cells without a value).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { add, decimal } from '../../server/src/core/decimal';
import { halfUnit, roundingTolerance } from '../../server/src/core/facts';
import type { Cell } from '../../server/src/core/model';

const cellOf = (scale: number | null): Cell => ({
  column: 1,
  text: '',
  span: { line: 0, start: 0, end: 0 },
  display: { start: 0, end: 0 },
  edge: 0,
  marker: '',
  value: scale === null ? null : decimal(1n, scale),
  dollar: false,
  percent: false,
});

test('roundingTolerance equals the half units of the total and every cell, added as decimals', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 20 }),
      fc.array(fc.option(fc.integer({ min: 0, max: 20 })), { maxLength: 90 }),
      (totalScale, scales) => {
        const cells = scales.map(cellOf);
        let expected = halfUnit(totalScale);
        for (const c of cells) if (c.value) expected = add(expected, halfUnit(c.value.scale));
        const got = roundingTolerance(totalScale, cells);
        assert.deepEqual({ units: got.units, scale: got.scale }, { units: expected.units, scale: expected.scale });
      },
    ),
    { numRuns: 5000 },
  );
  // Whole units: half of the total's and of two cells' last places.
  assert.deepEqual(roundingTolerance(0, [cellOf(0), cellOf(0)]), decimal(15n, 1));
});
