/**
 * How a statement's lines add (facts/readings.ts, facts/footings.ts, parse/body.ts): a line whose
 * label names both ways its figures go (`(earnings)/loss`, `income (expense)`) prints its own sign,
 * `Less:` or not; a total over sub-headings without subtotals adds the rows under them all, back to
 * the total above it; a line that names a row above and a part of it breaks that row down, and is
 * no sum of the rows above.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeduction, signedBothWays } from '../../server/src/core/parse/body';
import { FIXTURES } from '../support/paths';
import { errorAndWarningFindings, errorsAndWarnings } from '../support/analysis';
import { balanceRole } from '../../server/src/core/facts/balanceRows';

test('labels that name both ways their figures go', () => {
  for (const label of [
    'Less: other comprehensive (earnings)/loss attributable to noncontrolling interests',
    'Total other income (expense)',
    'Net actuarial (gain) loss',
    'Other gains/(losses), net',
  ]) {
    assert.ok(signedBothWays(label), label);
  }
  for (const label of ['Less: income attributable to noncontrolling interests', 'Other income', 'Net loss (Note 7)']) {
    assert.ok(!signedBothWays(label), label);
  }
  assert.ok(isDeduction('Less: income attributable to noncontrolling interests'));
  assert.ok(!isDeduction('Less: other comprehensive (earnings)/loss attributable to noncontrolling interests'));
});

/** A year's results of discontinued operations: revenues less expenses, plus a signed other line. */
function discontinued(loss: string): string {
  return [
    '                    RESULTS OF DISCONTINUED OPERATIONS',
    '                            (in millions)',
    '',
    '                                               2022',
    '                                              ------',
    'Revenues                                     $ 9,454',
    'Operating expenses',
    '  Cost of revenues                             5,481',
    '  Selling, general and administrative          2,791',
    '  Depreciation and amortization                1,172',
    '                                              ------',
    'Total operating expenses                       9,444',
    'Interest expense                                 131',
    'Equity in net income (loss) of affiliates        (27)',
    'Other income (expense) - net                     (87)',
    '                                              ------',
    'Total other income (expense)                    (245)',
    '                                              ------',
    `Net loss before income taxes                ${loss.padStart(8)}`,
    '',
  ].join('\n');
}

test('revenues less expenses plus a line that prints its own sign: nothing reported', () => {
  assert.deepEqual(
    errorsAndWarnings(discontinued('(235)')).filter((f) => f.includes('Net loss') || f.includes('(235)')),
    [],
  );
});

/** Lease liabilities under two sub-headings without subtotals, after the assets' total. */
function leases(total: string): string {
  return [
    '                           LEASES',
    '                        (in millions)',
    '',
    '                                   Operating    Finance',
    '                                     Leases      Leases',
    '                                   ---------   --------',
    'Assets:',
    '  Machinery and equipment          $     --    $   165',
    '  Other assets                          679         --',
    '                                   ---------   --------',
    'Total lease assets                  $   679    $   165',
    'Liabilities:',
    '  Current',
    '    Current portion of debt        $     --    $    35',
    '    Accrued liabilities                 207         --',
    '  Noncurrent',
    '    Long-term debt                       --         49',
    '    Other liabilities                   526         --',
    '                                   ---------   --------',
    `Total lease liabilities             $   733    $ ${total.padStart(5)}`,
    '',
  ].join('\n');
}

test('a total over sub-headings without subtotals adds the rows under them all', () => {
  assert.deepEqual(errorsAndWarnings(leases('84')), []);
});

test('a slip in that total is reported against the rows under both sub-headings', () => {
  const findings = errorsAndWarnings(leases('94')).filter((f) => f.startsWith('FL101'));
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0], /Total \$ ?94 ≠ sum of rows \$ ?84/);
});

for (const [name, what] of [
  ['mondelez-2023-html-less-row-signed-both-ways', 'a `Less:` row naming both ways, added as printed'],
  ['3m-2025-html-breakdown-lines-after-grand-total', 'lines that break a row above down, after a grand total'],
  ['philip-morris-2025-html-total-over-sub-headings', 'a total over sub-headings without subtotals'],
  ['att-2024-html-net-reading-signed-line', 'a net reading with a line that prints its own sign'],
] as const) {
  test(`real filing: ${what}: nothing reported`, () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1');
    assert.deepEqual(errorsAndWarnings(text), []);
  });
}

/** Restricted stock units rolled forward: forfeitures printed as an amount, their value in parentheses. */
function units(closing: string): string {
  return [
    '                        RESTRICTED STOCK UNITS',
    '',
    '                                             Units       Value',
    '                                          --------     -------',
    'Beginning of Period                        243,600     $ 3,409',
    'New awards                                       -           -',
    'Actual forfeitures                          20,000        (295)',
    'Expense recognized                               -        (100)',
    '                                          --------     -------',
    `End of Period                              ${closing.padStart(7)}     $ 3,014`,
    '',
  ].join('\n');
}

test('a roll-forward read as a total takes off the decreases its labels name', () => {
  assert.deepEqual(
    errorsAndWarnings(units('223,600')).filter((f) => f.startsWith('FL101')),
    [],
  );
  const slipped = errorsAndWarnings(units('233,600')).filter((f) => f.startsWith('FL101'));
  assert.equal(slipped.length, 1, JSON.stringify(slipped));
  assert.match(slipped[0], /233,600/);
});

for (const [name, what] of [
  ['gainsco-2009-html-rsu-forfeitures-taken-off', 'forfeitures taken off an RSU roll-forward'],
  ['abbvie-2024-html-repurchases-equal-balances', 'a netted reading tied only by equal balances cancelling'],
] as const) {
  test(`real filing: ${what}: nothing reported`, () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1');
    assert.deepEqual(errorsAndWarnings(text), []);
  });
}

/** Fujitsu AMD Semiconductor's equity statement: balances labelled by a date alone, comprehensive income subtotals in the Total column. */
function dated(): string {
  return fs.readFileSync(
    path.join(FIXTURES, 'real', 'fasl-1999-equity-dated-balances-comprehensive-subtotals.txt'),
    'latin1',
  );
}

test('a label of a date alone is a balance at that date; a change that names a date is not', () => {
  for (const label of ['March 31, 1997', 'Dec. 31, 1995', 'Balances, June 30, 1996 (Unaudited):']) {
    assert.equal(balanceRole(label), 'point', label);
  }
  assert.equal(balanceRole('Change in Benefit Obligation Benefit obligation at beginning of year'), 'open');
  for (const label of [
    'March 31',
    'Three months ended March 31, 1997',
    "Changes in stockholders' equity of NexGen in the six months ended June 30, 1995",
  ]) {
    assert.equal(balanceRole(label), null, label);
  }
});

test('a subtotal of the Total column over a one-item subtotal: each year closes on its balance', () => {
  assert.deepEqual(errorsAndWarnings(dated()), []);
});

test('a slip in net income under those subtotals is named in the Total column', () => {
  const text = dated().replace(/( {10})75,386\n/, '$175,836\n');
  assert.notEqual(text, dated());
  const found = errorAndWarningFindings(text, 'FL101').filter((f) => f.severity === 'error');
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  assert.match(found[0].message, /^75,836 in "Net income" should read 75,386/);
});
