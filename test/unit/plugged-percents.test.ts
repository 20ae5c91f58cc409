/**
 * Percents rebalanced so that a block adds to its stated percent (facts/shares.ts): each row a unit
 * off its exact share at most, the block's percents adding exactly to its subtotal's or to its own
 * 100%. A dash beside a figure whose share rounds to nothing is a zero the block adds; in a table of
 * blocks, each block is rebalanced to its own 100%. A rule under a heading row (HTML) underlines it:
 * the row below is not a total.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, parseFiling } from '../../server/src/core';
import { htmlFiling } from '../support/html';
import { FIXTURES } from '../support/paths';

const OPERATING = 'fedex-2025-html-percent-of-revenue-plugged-with-dash';
const PLAN_ASSETS = 'fedex-2025-html-plan-assets-plugged-by-block';

const read = (name: string) => fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1');

const percentFindings = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.code === 'FL102' || f.code === 'FL103')
    .map((f) => `${f.code} ${f.message}`);

/** `text` with the figure `from` that first follows `label` printed as `to`. */
function retyped(text: string, label: string, from: string, to: string): string {
  const at = text.indexOf(`>${from}`, text.indexOf(label));
  assert.ok(at > 0, `${from} after ${label}`);
  return text.slice(0, at + 1) + to + text.slice(at + 1 + from.length);
}

test("FedEx's expenses in percent of revenue, plugged to 93.5% past a dash: nothing reported", () => {
  assert.deepEqual(percentFindings(read(OPERATING)), []);
});

test('a percent two units off its share there is still reported', () => {
  const text = retyped(read(OPERATING), 'Depreciation and amortization', '5.0', '5.2');
  const findings = percentFindings(text);
  assert.ok(
    findings.some((f) => /^FL102 Percent 5\.2 ≠ 4\.9 computed from 3,722/.test(f)),
    JSON.stringify(findings),
  );
});

test("FedEx's plan assets, each block plugged to its own 100%: nothing reported", () => {
  const text = read(PLAN_ASSETS);
  assert.deepEqual(percentFindings(text), []);
  // The international block's first asset class, under the rule of its heading, is one of its rows.
  const table = parseFiling(text).tables.find((t) => t.rows.some((r) => r.label.startsWith('Total international')))!;
  const cash = table.rows.filter((r) => r.label === 'Cash and cash equivalents');
  assert.deepEqual(
    cash.map((r) => r.kind),
    ['body', 'body'],
  );
});

test('a block that no longer adds to 100% has its off share reported', () => {
  const text = retyped(read(PLAN_ASSETS), 'U.S. SMID cap equity', '2', '4');
  const findings = percentFindings(text);
  assert.ok(
    findings.some((f) => /^FL102 Percent 4 ≠ 3 computed from 671/.test(f)),
    JSON.stringify(findings),
  );
});

/** An HTML table of `rows` ([label, figure, rule under it]) in a filing. */
function ruledTable(rows: [string, string, boolean][]): string {
  const tr = ([label, figure, ruled]: [string, string, boolean]) => {
    const style = ruled ? ' style="border-bottom:1px solid #000000"' : '';
    return `<tr><td${style}>${label}</td><td${style}>${figure}</td></tr>`;
  };
  return htmlFiling([
    '<p>Plan assets were as follows:</p>',
    '<table>',
    '<tr><td></td><td>Amount</td></tr>',
    ...rows.map(tr),
    '</table>',
  ]);
}

test('a rule under a heading that opens a block underlines it; one under a line among the rows is a total', () => {
  const kinds = (rows: [string, string, boolean][]) =>
    parseFiling(ruledTable(rows)).tables[0].rows.map((r) => `${r.label || '-'}:${r.kind}`);
  assert.deepEqual(
    kinds([
      ['Equities', '10', false],
      ['Bonds', '20', true],
      ['Total domestic', '30', false],
      ['International plans', '', true],
      ['Cash', '5', false],
      ['Bonds', '7', true],
      ['Total international', '12', false],
    ]),
    [
      'Equities:body',
      'Bonds:body',
      'Total domestic:total',
      'International plans:heading',
      'Cash:body',
      'Bonds:body',
      'Total international:total',
    ],
  );
  assert.deepEqual(
    kinds([
      ['Series A', '10', false],
      ['Series B', '20', false],
      ['with floor of 4% per annum', '', true],
      ['', '30', false],
    ]),
    ['Series A:body', 'Series B:body', 'with floor of 4% per annum:heading', '-:total'],
  );
});
