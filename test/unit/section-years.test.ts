/**
 * Tables that print their periods as sections, a year alone on a line over that year's rows,
 * rather than as columns. Cut from ADP's 10-K for fiscal 2000 (test/corpus, tuning: its EPS
 * computation, `2000`, `1999` and `1998` over net earnings, average shares and EPS) and Pfizer's 10-K
 * for 1996 (validation-1, counted: its segment table, a year over each block of rows, one label
 * in each block wrapped onto a second line and typed out with spaces to the table's width).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { realFixture, slippedOnce } from '../support/fixtures';

test('a year over the first section of rows is its heading, not a column heading', () => {
  const table = parseFiling(realFixture('adp-2000-eps-years-over-sections')).tables[0];
  // Before, the first `2000` was read into the header, and the years at the labels' margin made a
  // column of the labels: no row had a label, and the first column was headed `2000`.
  assert.deepEqual(
    table.columns.map((c) => c.header),
    ['', 'Basic', 'Effect of Zero Coupon Subordinated Notes', 'Effect of Stock Options', 'Diluted'],
  );
  assert.deepEqual(
    table.rows.map((r) => (r.kind === 'heading' ? `[${r.label}]` : r.label)),
    [
      '[2000]',
      'Net earnings',
      'Average shares',
      'EPS',
      '[1999]',
      'Net earnings',
      'Average shares',
      'EPS',
      '[1998]',
      'Net earnings',
      'Average shares',
      'EPS',
    ],
  );
  // EPS rows are per-share figures, not parts of a sum across the row: with them left out, the
  // columns' figures are whole thousands alike, and net earnings cross-foot.
  const relations = factsOf(table).relations.map((r) => [
    table.columns[r.result].header,
    r.terms.map((t) => table.columns[t.column].header),
    r.holds.map((h) => h.label),
  ]);
  assert.deepEqual(relations, [
    [
      'Diluted',
      ['Basic', 'Effect of Zero Coupon Subordinated Notes'],
      ['Net earnings', 'Net earnings', 'Net earnings'],
    ],
  ]);
  assert.deepEqual(
    analyze(realFixture('adp-2000-eps-years-over-sections')).findings.filter((f) => f.code !== 'FL401'),
    [],
  );
});

test('a wrapped label typed out to the width of the table stays in it', () => {
  const text = realFixture('pfizer-1996-segments-padded-wrapped-labels');
  const tables = parseFiling(text).tables;
  // `Income from continuing operations before provision for taxes` is followed by spaces to column
  // 113: counted as printed, it was a paragraph, and it cut the table in three.
  assert.equal(tables.length, 1);
  const table = tables[0];
  assert.deepEqual(
    table.rows.filter((r) => r.kind === 'heading').map((r) => r.label),
    ['1996', '1995', '1994'],
  );
  assert.ok(table.rows.some((r) => r.label.startsWith('Income from continuing operations before provision for taxes')));
  const [segments] = factsOf(table).relations.filter((r) => table.columns[r.result].header === 'Consolidated');
  assert.equal(segments.holds.length, 18);
  assert.deepEqual(segments.fails, []);
  // A slip in the last block's identifiable assets breaks the row's sum of the segments: before, that
  // block was a table of its own, three rows too few to believe the sum by.
  const [finding, ...more] = analyze(slippedOnce(text, '$5,388', '$6,388')).findings.filter(
    (f) => f.severity === 'error' || f.severity === 'warning',
  );
  assert.deepEqual(more, []);
  assert.equal(finding.code, 'FL104');
  assert.match(finding.message, /Identifiable assets/);
  assert.match(finding.message, /holds on 17 of 18 rows but not on this one/);
});

test("a year underlined at the labels' margin heads its rows, and its underline marks no total", () => {
  // Motorola's 1993 Schedule V (test/corpus, tuning): `1993` over `- ----` under the column markup.
  // Before, the year and its underline were read into the header, the headings above the markup were
  // lost, and a misaligned figure was said to be out of `column 5`.
  const text = realFixture('motorola-1993-schedule-v-underlined-years');
  const table = parseFiling(text).tables[0];
  assert.deepEqual(
    table.columns.map((c) => c.header),
    [
      'Classification',
      'Balance at beginning of period',
      'Additions at cost',
      'Retirements',
      'Other changes add (deduct)',
      // The notes' markers set after those figures (`(29) (1)`) stand in a column of their own.
      'Other changes add (deduct)',
      'Balance at end of period',
    ],
  );
  assert.deepEqual(
    table.rows.slice(0, 2).map((r) => `${r.kind} ${r.label}`),
    ['heading 1993', 'body Land'],
  );
  const misaligned = analyze(text).findings.filter((f) => f.code === 'FL201');
  assert.match(misaligned[0].message, /the numbers of "Other changes add \(deduct\)" end at column 71/);
});
