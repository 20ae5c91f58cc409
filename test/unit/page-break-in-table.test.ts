/**
 * A statement that runs onto a second page inside one pair of `<TABLE>` tags, the page's number at
 * its foot and the column headings printed again, with no `<PAGE>` marker between. Cut from Texas
 * Instruments' 10-K for 1997 (test/corpus, tuning): its statement of cash flows, `16` at the margin
 * between the pages.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { realFixture } from '../support/fixtures';

const text = realFixture('texas-instruments-1997-cash-flows-page-number-between');

test('a page number between two pages of a statement ends the first page', () => {
  const tables = parseFiling(text).tables;
  assert.equal(tables.length, 2);
  const [first, second] = tables;
  // Before, `16` was a row of the first page, its figure at the labels' margin made a column of the
  // labels, and the rows under it lost theirs; the second page was titled `16`.
  assert.deepEqual(
    first.columns.map((c) => c.kind),
    ['label', 'amount', 'amount', 'amount'],
  );
  assert.deepEqual(
    first.rows.filter((r) => r.kind !== 'heading' && r.label === '').map((r) => r.line),
    [],
  );
  assert.ok(first.rows.some((r) => r.label === 'Depreciation'));
  assert.notEqual(second.title, '16');
  assert.equal(second.columns[0].header, 'CASH FLOWS (continued)');
  // The first page's sections foot under their labels.
  const footed = factsOf(first)
    .footings.filter((f) => f.ok)
    .map((f) => f.total.label);
  assert.ok(footed.includes('Net cash provided by operating activities'));
  assert.ok(footed.includes('Net cash used in investing activities'));
  assert.deepEqual(analyze(text).findings, []);
});
