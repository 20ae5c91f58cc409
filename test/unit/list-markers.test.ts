/**
 * Numbers that open a row of words are items' numbers, not figures (parse/html/table.ts
 * `unfigureListMarkers`): an exhibit list's `(1)`, `(2)` before each description. A row's figures
 * follow its label; a year over a column heading is left as it is.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, parseFiling } from '../../server/src/core';
import { htmlFiling } from '../support/html';
import { FIXTURES } from '../support/paths';

const exhibits = htmlFiling([
  '<table>',
  '<tr><td>(m)</td><td colspan="2">Rule 12b-1 Plan.</td></tr>',
  '<tr><td></td><td>(1)</td><td>Plan under Rule 12b-1 for Class A incorporated into this filing by reference.</td></tr>',
  '<tr><td></td><td>(2)</td><td>Plan under Rule 12b-1 for Class C incorporated into this filing by reference.</td></tr>',
  '<tr><td></td><td>(3)</td><td>Plan under Rule 12b-1 for Class R incorporated into this filing by reference.</td></tr>',
  '<tr><td>(n)</td><td colspan="2">Rule 18f-3 Plan.</td></tr>',
  '<tr><td></td><td>(1)</td><td>Amended and Restated Multiple Class Plan attached as an exhibit.</td></tr>',
  '</table>',
]);

test('an exhibit list: the numbers before the descriptions are no figures', () => {
  const tables = parseFiling(exhibits).tables;
  const figures = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c?.value)));
  assert.deepEqual(figures, []);
  assert.deepEqual(
    analyze(exhibits).findings.filter((f) => f.code === 'FL101'),
    [],
  );
});

test('a year before a column heading of two words still heads its column', () => {
  const text = htmlFiling([
    '<p>Net sales were as follows:</p>',
    '<table>',
    '<tr><td></td><td>2024</td><td>Percent change</td></tr>',
    '<tr><td>Product</td><td>100</td><td>5</td></tr>',
    '<tr><td>Service</td><td>50</td><td>3</td></tr>',
    '<tr><td>Total</td><td>150</td><td>4</td></tr>',
    '</table>',
  ]);
  const [table] = parseFiling(text).tables;
  assert.deepEqual(
    table.columns.map((c) => c.header),
    ['', '2024', 'Percent change'],
  );
});

test("Delaware's exhibit list (485BPOS): nothing reported", () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'real', 'delaware-2023-html-exhibit-numbers.txt'), 'latin1');
  assert.deepEqual(
    analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'),
    [],
  );
});
