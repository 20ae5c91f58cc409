/**
 * Schedules of valuation and qualifying accounts (Schedule II, before 1995 Schedule VIII): a balance
 * at the beginning, the movements and the balance at the end of each year, in blocks headed by the
 * year under EDGAR's column markup. Cut from Eastman Kodak's 10-K for 1997 (test/corpus, tuning) and
 * Seagate Technology's 10-K405 for fiscal 1996 (validation-3, counted).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { factsOf } from '../../server/src/core/facts';
import { realFixture, slippedOnce } from '../support/fixtures';

test("the first block's headings under the column markup are the body's, not the label column's heading", () => {
  const table = parseFiling(realFixture('kodak-1997-schedule-ii-headings-under-markup')).tables[0];
  // Before, `Year ended December 31, 1997`, `Deducted in the Statement`, `of Financial Position:`,
  // `From Current Receivables` and `Reserve for doubtful` were read as the label column's heading,
  // and the first row's label was `accounts`.
  assert.equal(table.columns[0].header, '');
  assert.deepEqual(
    table.rows.slice(0, 3).map((r) => `${r.kind} ${r.label}`),
    ['heading Year ended December 31, 1997', 'heading Deducted in the Statement', 'heading of Financial Position:'],
  );
  assert.match(table.rows[3].label, /Reserve for doubtful accounts$/);
  // Each year's rows are read alike, and each block's balances roll forward.
  const [roll] = factsOf(table).relations;
  assert.equal(table.columns[roll.result].header, 'Balance at End of Period');
  assert.equal(roll.holds.length, 12);
  assert.deepEqual(roll.fails, []);
});

test('a column of movements that moves nothing leaves the relation the headers state', () => {
  const text = realFixture('seagate-1996-schedule-ii-nil-column');
  const table = parseFiling(text).tables[0];
  assert.deepEqual(
    table.rows.filter((r) => r.kind !== 'heading').map((r) => r.label),
    ['Allowance for doubtful accounts', 'Allowance for doubtful accounts', 'Allowance for doubtful accounts'],
  );
  assert.deepEqual(analyze(text).findings, []);
  // The opening balance of fiscal 1996 slipped: the row no longer rolls, and with three rows, one
  // failing, the search alone has too little to go by. The headers state the relation, but with
  // `CHARGED TO OTHER ACCOUNTS`, a dash on every row, among its terms it was never the one that
  // holds: taken out, the relation stands on the other two years, and the chain of balances names
  // the figure.
  const [finding, ...more] = analyze(
    slippedOnce(text, '$71,702,000  $ 3,744,000', '$81,702,000  $ 3,744,000'),
  ).findings;
  assert.deepEqual(more, []);
  assert.equal(finding.code, 'FL105');
  assert.equal(finding.severity, 'error');
  assert.match(
    finding.message,
    /^81,702,000 in "Allowance for doubtful accounts", 1996, is not the balance 1995 ended with/,
  );
});
