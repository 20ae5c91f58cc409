/**
 * Figures in columns set tight, where a negative's closing parenthesis meets the `$` of the next
 * figure: `$ (123)$  (40)`, `$  (126)$(1,020)`, `$(1,198)$  (26)`. The `$` starts a figure of its
 * own. Cut from Eastman Kodak's 10-K for 1997 (test/corpus, tuning): the funded status of its
 * pension plans; the other lines are Xerox's 1994 and Apple's 1996 10-Ks as printed.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { tokenize } from '../../server/src/core/parse/lines';
import { realFixture, slippedOnce } from '../support/fixtures';

const figures = (line: string) => tokenize(line).map((c) => (c.number ? c.text.replace(/\s+/g, ' ') : `[${c.text}]`));

test("a `$` against a negative's parenthesis starts the next figure", () => {
  assert.deepEqual(figures('Net Income (Loss)                      $   794 $  (126)$(1,020)'), [
    '[Net Income (Loss)]',
    '$ 794',
    '$ (126)',
    '$(1,020)',
  ]);
  assert.deepEqual(figures('Americas \t\t$(1,198)$  (26)\t$ (27)'), ['[Americas]', '$(1,198)', '$ (26)', '$ (27)']);
  assert.deepEqual(figures('   Income (loss) before income taxes\t\t$(1,295)$ 674\t$ 500 '), [
    '[Income (loss) before income taxes]',
    '$(1,295)',
    '$ 674',
    '$ 500',
  ]);
  // Words that are no figure keep their `$`.
  assert.deepEqual(figures('Fees (see note)$  12'), ['[Fees (see note)$]', '12']);
});

test('a total row set tight is read whole, and each column foots', () => {
  const text = realFixture('kodak-1997-dollar-glued-to-negative');
  const [table] = parseFiling(text).tables;
  const total = table.rows.find((r) => r.label === 'Prepaid pension expense')!;
  assert.equal(total.kind, 'total');
  assert.deepEqual(
    total.cells.slice(1).map((c) => c?.text.replace(/\s+/g, ' ')),
    ['$ (123)', '$ (40)', '$ (110)', '$ (67)'],
  );
  const footed = factsOf(table)
    .footings.filter((f) => f.ok && f.total === total)
    .map((f) => f.column);
  assert.deepEqual(footed, [1, 2, 3, 4]);
  assert.deepEqual(analyze(text).findings, []);
});

test('a slip in the first column is found now that its total is read', () => {
  // 331 for 313 in the first column's transition asset: before, the column had no total to foot.
  const text = slippedOnce(
    realFixture('kodak-1997-dollar-glued-to-negative'),
    'Unrecognized net transition asset              331',
    'Unrecognized net transition asset              313',
  );
  const footing = analyze(text).findings.filter((f) => f.code === 'FL101');
  assert.equal(footing.length, 1, JSON.stringify(footing.map((f) => f.message)));
  assert.match(footing[0].message, /313/);
});
