/**
 * A figure whose cell reaches past its column (parse/html/table.ts `keyOverhangingFigures`): Workiva
 * sets some rows' cells one grid column wider than the others, and such a figure belongs to the
 * column its cell spans, not to a column of its own that the totals above it leave out.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, factsOf, parseFiling } from '../../server/src/core';
import { htmlFiling } from '../support/html';
import { FIXTURES } from '../support/paths';

/** A delivery table, two years, in a grid of three columns per year; Gamma's 2022 cell spans three. */
function deliveries(gamma2022: string): string {
  const row = (label: string, a: string, b: string, wide = false) =>
    `<tr><td colspan="3">${label}</td><td colspan="2">${a}</td><td></td>` +
    (wide ? `<td colspan="3">${b}</td>` : `<td colspan="2">${b}</td><td></td>`) +
    '</tr>';
  return htmlFiling([
    '<p>Deliveries of units were as follows:</p>',
    '<table>',
    '<tr><td colspan="3"></td><td colspan="3">2023</td><td colspan="3">2022</td></tr>',
    row('Alpha', '10', '20'),
    row('Beta', '5', '7'),
    row('Gamma', '1', gamma2022, true),
    row('Delta', '3', '2'),
    row('Total', '19', '33'),
    '</table>',
  ]);
}

const footingCodes = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.code === 'FL101')
    .map((f) => f.message);

test('a figure whose cell spans its column and one grid column more is read in that column', () => {
  const [table] = parseFiling(deliveries('4')).tables;
  assert.deepEqual(
    table.columns.map((c) => c.header),
    ['', '2023', '2022'],
  );
  const gamma = table.rows.find((r) => r.label === 'Gamma')!;
  assert.equal(gamma.cells[2]?.text.trim(), '4');
  const footings = factsOf(table).footings.filter((f) => f.total.label === 'Total');
  assert.equal(footings.length, 2);
  assert.ok(footings.every((f) => f.ok));
  assert.deepEqual(footingCodes(deliveries('4')), []);
});

test('a slip in the overhanging figure is footed and reported', () => {
  const messages = footingCodes(deliveries('5'));
  assert.equal(messages.length, 1, JSON.stringify(messages));
  assert.match(messages[0], /Total 33 ≠ sum of rows 34/);
});

test("Boeing's deliveries: the satellites' 2022 figures add into the 2022 column", () => {
  const text = fs.readFileSync(
    path.join(FIXTURES, 'real', 'boeing-2023-html-figures-overhanging-their-column.txt'),
    'latin1',
  );
  const table = parseFiling(text).tables.find((t) => t.rows.some((r) => r.label === 'Commercial Satellites'))!;
  assert.deepEqual(
    table.columns.map((c) => c.header),
    ['Years ended December 31,', '2023', '2022', '2021'],
  );
  const totals = factsOf(table).footings.filter((f) => f.total.label === 'Total');
  assert.deepEqual(
    totals.map((f) => [f.stated.units, f.ok]),
    [
      [162n, true],
      [165n, true],
      [169n, true],
    ],
  );
});

test("Linde's statement of equity: share-based compensation adds into paid-in capital", () => {
  const text = fs.readFileSync(
    path.join(FIXTURES, 'real', 'linde-2023-html-equity-figures-overhanging-their-column.txt'),
    'latin1',
  );
  const table = parseFiling(text).tables.find((t) => t.rows.some((r) => r.label === 'Share-based compensation'))!;
  const capital = table.columns.find((c) => /Additional Paid-in Capital/i.test(c.header))!;
  const compensation = table.rows.filter((r) => r.label === 'Share-based compensation');
  assert.deepEqual(
    compensation.map((r) => r.cells[capital.index]?.text.trim()),
    ['128', '107', '141'],
  );
  assert.deepEqual(
    analyze(text).findings.filter((f) => f.code === 'FL101' || f.code === 'FL105'),
    [],
  );
});
