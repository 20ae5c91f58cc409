/**
 * A table ruled under every row (a grid's borders): each row stands under a rule, and only its label
 * says whether it is a total. Cut from Autodesk's 8-K/A of 1999 (test/corpus, tuning): its
 * investments, `Municipal bonds`, `Preferred stock` and `Treasury bills` each boxed over their
 * unlabelled total.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { realFixture, slippedOnce } from '../support/fixtures';

const text = realFixture('autodesk-1999-investments-boxed-rows');

test('the boxed rows of a grid are the rows its unlabelled total adds', () => {
  const table = parseFiling(text).tables[0];
  // Every row under the first stands under a rule; before, the first was counted among the rows
  // that need one, three of four fell short of a grid, and the boxed rows were read as totals.
  assert.deepEqual(
    table.rows.map((r) => `${r.kind} ${r.label}`),
    ['body Municipal bonds', 'body Preferred stock', 'body Treasury bills', 'total '],
  );
  const footings = factsOf(table).footings;
  assert.deepEqual(
    footings.map((f) => [f.column, f.ok, f.segment.map((r) => r.label).join(' + ')]),
    [
      [1, true, 'Municipal bonds + Preferred stock + Treasury bills'],
      [2, true, 'Municipal bonds + Preferred stock + Treasury bills'],
      [4, true, 'Municipal bonds + Preferred stock + Treasury bills'],
    ],
  );
  assert.deepEqual(analyze(text).findings, []);
});

test('a slip in one boxed row is named, the other columns confirming the rows the total adds', () => {
  // Before, the boxed rows were totals, and a reading of all three was believed only where it footed
  // every column: with the cost of municipal bonds transposed, the total was read over two of the rows
  // and nothing said.
  const [finding, ...more] = analyze(slippedOnce(text, '$ 90,655', '$ 96,055')).findings;
  assert.deepEqual(more, []);
  assert.equal(finding.code, 'FL101');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /^96,055 in "Municipal bonds" reads like two digits transposed for 90,655/);
  assert.equal(finding.fix?.edits[0].newText, '90,655');
});
