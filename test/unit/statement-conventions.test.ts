/**
 * What inline XBRL statements print that says how their figures add, each cut from a filing of the
 * project corpus (validation-28), pristine (no finding) and with a slip put in (still reported): a
 * unit note with its exceptions in the label column's head (`(MILLIONS, EXCEPT PER SHARE DATA)`), rows
 * per share known by the heading they stand under or by their column's header, and a percent change
 * worked out excluding foreign exchange.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze, parseFiling } from '../../server/src/core';
import { PROJECT_FILINGS, readFiling } from '../../scripts/repo';
import { htmlFiling } from '../support/html';

/**
 * The `<table>` of a corpus filing holding the character at `line`:`col` (1-based, as the CLI names
 * a finding) and the `after` characters that follow it (its footnotes), as a filing of its own.
 */
function tableAt(file: string, line: number, col: number, after = 0): string {
  const text = readFiling(path.join(PROJECT_FILINGS, `${file}.gz`)).toString('latin1');
  const lines = text.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  const start = text.lastIndexOf('<table', offset);
  const end = text.indexOf('</table>', offset) + '</table>'.length;
  assert.ok(start >= 0 && end > offset, `a table at ${line}:${col}`);
  // Cut where a tag closes, so that no tag is left half open.
  const tail = after > 0 ? text.slice(end, text.lastIndexOf('>', end + after) + 1) : '';
  return htmlFiling([text.slice(start, end) + tail]);
}

/** The error and warning findings of `code`. */
const findingsOf = (text: string, code: string) =>
  analyze(text).findings.filter((f) => f.code === code && (f.severity === 'error' || f.severity === 'warning'));

/** `text` with the `nth` (0-based) occurrence of `from` replaced by `to`. */
function replaced(text: string, from: string, to: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, from);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const PFIZER = '10q-2023-pfizer-quarterly-report-document.html';

test("a unit note's exceptions after a comma still make it the table's unit, shares in it", () => {
  // Pfizer's statement of equity, six months to July 3, 2022: treasury shares (3,851) + (12) + (39)
  // = (3,902) millions, (3,903) at the end; `(MILLIONS, EXCEPT PER SHARE DATA)` heads the labels.
  const text = tableAt(PFIZER, 4, 888833);
  const [table] = parseFiling(text).tables;
  assert.equal(table.scale?.text, '(MILLIONS, EXCEPT PER SHARE DATA)');
  assert.equal(table.scale?.exponent, 6);
  assert.equal(table.scale?.counts, 'shares');
  assert.deepEqual(findingsOf(text, 'FL101'), []);
  // Ten million shares more at the end is no rounding.
  const slipped = replaced(text, '3,903', '3,913');
  const findings = findingsOf(slipped, 'FL101');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /3,913/);
});

test('rows under a heading that says per share are quotients, added within their rounding', () => {
  // Pfizer's income statement: under `Earnings per common share--diluted:`, 1.73 + 0.01 for 1.73
  // (three months 2022) and 3.09 + nothing for 3.10 (six months): each rounded on its own.
  const text = tableAt(PFIZER, 4, 576211);
  assert.deepEqual(findingsOf(text, 'FL101'), []);
  // A slip of a dime is still one.
  const slipped = replaced(text, '>3.10<', '>3.20<');
  const findings = findingsOf(slipped, 'FL101');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /3\.20/);
});

test("a column whose header says per share is added within its rounding, whatever its rows' labels", () => {
  // PepsiCo's 2022 Juice Transaction: `Impact on net income attributable to PepsiCo per common
  // share`, 2.04 + 0.01 for a total of 2.04, footnoted `Does not sum due to rounding`.
  const text = tableAt('10k-2023-pepsico-annual-report-document.html', 5, 3598517, 3000);
  assert.match(text, /Does not sum due to rounding/);
  assert.deepEqual(findingsOf(text, 'FL101'), []);
  const slipped = replaced(text, '>2.04<', '>2.40<', 1);
  const findings = findingsOf(slipped, 'FL101');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /2\.40/);
});

test('a percent change excluding foreign exchange is not worked out from the amounts beside it', () => {
  // Merck's vaccine sales, second quarter of 2023: Gardasil 2,458 against 1,674 is up 47%, and 53%
  // excluding foreign exchange. Only the plain change is checked.
  const text = tableAt('10q-2023-merck-quarterly-report-document.html', 4, 2352278);
  assert.deepEqual(findingsOf(text, 'FL107'), []);
  // The plain change printed 74 is still a slip.
  const slipped = replaced(text, '>47&#160;<', '>74&#160;<');
  const findings = findingsOf(slipped, 'FL107');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /^74 in "Gardasil\/Gardasil 9"/);
});
