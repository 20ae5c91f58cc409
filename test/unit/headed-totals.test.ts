/**
 * Totals printed above the rows they add (facts/readings.ts `headedRows`): read from the rows below
 * only where the rows above do not foot and the rows below add up to the total exactly in every
 * column of figures; never across a balance sheet's two sides, which add up to a total of their own.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { FIXTURES } from '../support/paths';

const ORACLE = path.join(FIXTURES, 'real', 'oracle-2014-html-total-above-rows.txt');

test('Oracle 2014: TOTAL HARDWARE SYSTEMS REVENUES adds the two rows printed under it', () => {
  const { model, findings } = analyze(fs.readFileSync(ORACLE, 'latin1'));
  assert.deepEqual(
    findings.filter((f) => f.code === 'FL101'),
    [],
  );
  const [table] = model.tables;
  const footings = factsOf(table).footings.filter((f) => f.total.label.startsWith('TOTAL HARDWARE'));
  assert.ok(footings.length >= 2);
  for (const f of footings) {
    assert.ok(f.ok);
    assert.deepEqual(
      f.segment.map((r) => r.label),
      ['Hardware systems products', 'Hardware systems support (4)'],
    );
  }
});

const SIDES = [
  '                                      1998        1997',
  '                                      ----        ----',
  'Cash                                   100          90',
  'Receivables                            200         210',
  '                                      ----        ----',
  'Total assets                           300         300',
  'Liabilities                            120         110',
  "Shareholders' equity                   180         190",
  '                                      ----        ----',
  'Total liabilities and equity           300         300',
  '                                      ====        ====',
].join('\n');

test('a slip above a total is still reported where the rows under it add up to a total of their own', () => {
  assert.deepEqual(
    analyze(SIDES).findings.filter((f) => f.code === 'FL101'),
    [],
  );
  const slipped = SIDES.replace(
    'Receivables                            200',
    'Receivables                            290',
  );
  const footing = analyze(slipped).findings.filter((f) => f.code === 'FL101');
  assert.equal(footing.length, 1, JSON.stringify(footing.map((f) => f.message)));
  assert.equal(footing[0].span.line, 5);
});

test('a total heading its rows is read from them, and not where they miss it', () => {
  const headed = [
    '                                      1998        1997',
    '                                      ----        ----',
    'Total revenues                         500         450',
    '  Product                              300         280',
    '  Service                              200         170',
    '                                      ----        ----',
    'Net income                              50          45',
  ].join('\n');
  const table = analyze(headed).model.tables[0];
  const footings = factsOf(table).footings.filter((f) => f.total.label === 'Total revenues');
  assert.equal(footings.length, 2);
  assert.ok(footings.every((f) => f.ok && f.segment.length === 2));
  // Rows that do not add up to it exactly are not taken for its parts.
  const apart = analyze(
    headed.replace('  Service                              200', '  Service                              210'),
  );
  assert.deepEqual(
    factsOf(apart.model.tables[0]).footings.filter((f) => f.total.label === 'Total revenues'),
    [],
  );
});
