/**
 * What today's auto ABS prospectuses (424H, HTML) print that a pool table's checks must read as
 * meant: securitization values rounded to the cent under a note that says so, delinquency months of
 * zeros beside percents of another whole, a footnote's share of the pool, and tables of other pools
 * (prior securitizations, sub-pools) whose totals are not the trust's. Cut from BMW's and
 * AmeriCredit's 424H filings (test/corpus, validation-10).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { statedFigures } from '../../server/src/core/summaries/stated';
import { realFixture } from '../support/fixtures';

test('a note that amounts may not sum to total due to rounding adds the cents within the rounding interval', () => {
  const text = realFixture('bmw-2025-html-lease-values-rounded-to-the-cent');
  const model = parseFiling(text);
  const table = model.tables.find((t) => /Original Term/.test(t.title))!;
  const values = factsOf(table).footings.find(
    (f) =>
      /Securitization Value/.test(table.columns[f.column].header) && !/Percentage/.test(table.columns[f.column].header),
  )!;
  assert.ok(values, 'the securitization values are footed');
  assert.ok(values.ok, 'and foot, a cent apart');
  assert.equal(values.stated.units - values.computed.units, 1n, 'the Total is a cent above the rows');
  // Without the note the securitization values are still present values, each rounded: no finding.
  const unnoted = text.replace('Amounts may not sum to total due to rounding.', 'Amounts are as of the Cutoff Date.');
  assert.notEqual(unnoted, text);
  assert.deepEqual(
    analyze(unnoted).findings.filter((f) => f.code === 'FL101'),
    [],
  );
  // Principal balances under no such note are exact, and the cent is reported.
  const principal = unnoted.replace('Aggregate Securitization Value', 'Aggregate Principal Balance');
  assert.notEqual(principal, unnoted);
  assert.deepEqual(
    analyze(principal)
      .findings.filter((f) => f.code === 'FL101')
      .map((f) => f.span.line),
    [227],
  );
});

test('percents beside a column of zeros but one are no shares of that column', () => {
  const model = parseFiling(realFixture('bmw-2025-html-delinquency-months-of-zeros'));
  const table = model.tables.find((t) => t.columns.some((c) => /121-150 Days Delinquent \(\$\)/.test(c.header)))!;
  const bucket = table.columns.find((c) => /121-150 Days Delinquent \(\$\)/.test(c.header))!;
  assert.deepEqual(
    factsOf(table).shares.filter((s) => s.baseColumn === bucket.index),
    [],
    'one month of 213,066 and two of 0 do not make 0.01% a share of the months',
  );
  for (const s of factsOf(table).shares) {
    const telling = s.rows.filter((r) => r.ok && r.row.cells[s.baseColumn]!.value!.units !== 0n);
    assert.ok(telling.length >= 2, `the share of ${table.columns[s.baseColumn].header} stands on two figures not zero`);
  }
});

const footnote = (text: string) => ({ marker: '(3)', text, startLine: 0, endLine: 0 });

test("a footnote's share of the total pool is not the total, its aggregate balance is", () => {
  const share = statedFigures([
    footnote(
      'The total aggregate principal balance of all new GM vehicles is $357,076,226.78, or approximately 27% of the total pool.',
    ),
  ]);
  assert.deepEqual(share, []);
  const part = statedFigures([
    footnote('The aggregate principal balance is approximately $5,000,000 of the total pool balance.'),
  ]);
  assert.deepEqual(part, [], 'a figure said to be of the total pool is a part of it');
  const total = statedFigures([
    footnote('The aggregate principal balance of the receivables is approximately $1,316,861,669.06.'),
  ]);
  assert.deepEqual(
    total.map((s) => [s.kind, s.text]),
    [['total', '$1,316,861,669.06']],
  );
});

test('a percent cell beyond zero-width spacers is not read with the figure before them', () => {
  // Harley-Davidson's 424H (validation-10): `84,550,000`, four cells of a zero-width space, then a
  // cell of figure spaces and `%` (an empty percent column). The amounts are amounts, and add up.
  const model = parseFiling(realFixture('harley-davidson-2024-html-percent-beyond-spacers'));
  const table = model.tables[0];
  const offered = table.columns.find((c) => /Initial Offered Amount/.test(c.header))!;
  assert.equal(offered.kind, 'amount');
  assert.deepEqual(
    table.rows.map((r) => r.label),
    ['Class A-1 Notes', 'Class A-2 Notes', 'Class A-3 Notes', 'Class A-4 Notes', 'Total'],
    'spacers are no part of the labels',
  );
  const footings = factsOf(table).footings.filter((f) => f.total.label === 'Total');
  assert.deepEqual(
    footings.map((f) => [table.columns[f.column].header, f.ok]),
    [
      ['Initial Principal Amount', true],
      ['Initial Offered Amount(1)', true],
    ],
  );
});
