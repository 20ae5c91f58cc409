/**
 * Columns printed one space apart (parse/columns.ts `splitSharedRuns`): a run of figures that holds
 * two or more of one line's figures is cut between them, at every gutter they share, where each of
 * the run's figures then falls in a column of its own. A range's hyphen (`1989 - 1994`) asks for no
 * cut, and a cut that would leave a figure between two columns is not made. And what rides along a
 * line of figures without being one: marks set under a row (`(5)  (7)`), a `)` that hangs past its
 * column's digits (`2.40)`).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFiling } from '../../server/src/core';
import { FIXTURES } from '../support/paths';

const read = (name: string) => parseFiling(fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1'));

test('eBay 1999: three year columns one space apart are three columns, every figure read', () => {
  const [table] = read('ebay-1999-comprehensive-income-columns-one-space-apart').tables;
  const figures = table.columns.filter((c) => c.kind !== 'label');
  assert.deepEqual(
    figures.map((c) => /\b(19\d\d)\b/.exec(c.header)?.[1]),
    ['1997', '1998', '1999'],
  );
  for (const row of table.rows.filter((r) => r.kind !== 'heading')) {
    assert.deepEqual(
      row.unread.map((c) => c.text),
      [],
      row.label,
    );
    assert.equal(row.cells.filter((c, k) => k > 0 && c).length, 3, row.label);
  }
  const net = table.rows.find((r) => r.label === 'Net income')!;
  assert.deepEqual(
    net.cells.slice(1).map((c) => c?.text.trim()),
    ['$7,061', '$ 7,273', '$10,828'],
  );
});

test('PepsiCo 1994: the growth rates under `1989 - 1994` stay one column', () => {
  const [table] = read('pepsico-1994-growth-rate-under-year-range').tables;
  const rates = table.columns.find((c) => c.kind === 'percent');
  assert.ok(rates, table.columns.map((c) => c.kind).join(','));
  const domestic = table.rows.find((r) => r.label === 'Domestic')!;
  assert.equal(domestic.cells[rates.index]?.text.trim(), '7.2%');
});

test('Kodak 1996: footnote marks on a line of their own under a row are no row', () => {
  const [table] = read('kodak-1996-footnote-marks-under-row').tables;
  const marksOnly = table.rows.filter(
    (r) => r.cells.slice(1).some((c) => c) && r.cells.slice(1).every((c) => !c || /^\(\d{1,2}\)$/.test(c.text.trim())),
  );
  assert.deepEqual(
    marksOnly.map((r) => r.line),
    [],
  );
});

test('Ford 1998: `2.40)` hanging past its column is a cell that could not be read, not a dropped one', () => {
  const [table] = read('ford-1998-selected-data-per-share-missing-parenthesis').tables;
  const diluted = table.rows.find((r) => r.label === 'Diluted')!;
  assert.deepEqual(
    diluted.unread.map((c) => c.text.trim()),
    ['2.40)'],
  );
});
