/**
 * The last line of a sentence or of a title's period, set right over a table's column headings with
 * no blank line between: it finishes the line above it, and is no column heading. Cut from Eastman
 * Kodak's 10-K for 1997 (test/corpus, tuning) and PepsiCo's 10-K for 1994 (validation-2).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseFiling } from '../../server/src/core';
import { realFixture } from '../support/fixtures';

test("a sentence's last line over the headings is not a column's heading", () => {
  const text = realFixture('kodak-1997-options-sentence-over-headings');
  const [table] = parseFiling(text).tables;
  // Before, `December 31, 1997:` began the header of the options outstanding.
  assert.equal(table.columns[1].header, '(Number of options in thousands) Options Outstanding Options');
  assert.ok(table.columns.every((c) => !c.header.includes('1997')));
  assert.match(table.title, /^The following table summarizes information about stock options/);
  assert.deepEqual(analyze(text).findings, []);
});

test("a title's period of weeks, on two lines over the headings, stays in the title block", () => {
  const text = realFixture('pepsico-1994-equity-statement-weeks-ended');
  const [table] = parseFiling(text).tables;
  assert.equal(table.title, "Consolidated Statement of Shareholders' Equity (page 1 of 2)");
  assert.equal(table.columns[1].header, 'Issued Shares');
  assert.ok(table.columns.every((c) => !c.header.includes('December')));
});
