/**
 * Counts in a unit the table states are rounded like amounts (facts/tolerance.ts `isExactColumn`): a
 * unit note that names them (`units in thousands`, `(millions of shares)`), or a bare note over a
 * column of shares (`(in millions, except per share data)`). A note that names money, or excepts
 * counts, leaves them exact.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { scaleNoteIn } from '../../server/src/core/parse/header';
import { FIXTURES } from '../support/paths';

test('which counts a unit note puts in its unit', () => {
  const cases: [string, 'all' | 'shares' | undefined][] = [
    ['(units in thousands):', 'all'],
    ['(millions of shares)', 'all'],
    ['(Dollar amounts in millions, except per share data, shares in thousands)', 'all'],
    ['(in millions, except per share data)', 'shares'],
    ['(In thousands)', 'shares'],
    ['(In thousands, except share and per share data)', undefined],
    ['(in thousands, except number of stores)', undefined],
    ['(Dollars in millions)', undefined],
    ['$ in millions', undefined],
    ['(thousands of dollars)', undefined],
  ];
  for (const [text, counts] of cases) {
    assert.equal(scaleNoteIn(text)?.counts, counts, text);
  }
});

/** A text statement of shares whose counts are one short of their total, under `note`. */
function shares(note: string): string {
  return [
    '                       SHARES OUTSTANDING',
    `                       ${note}`,
    '',
    '                                          Common       Amount',
    '                                          shares',
    '                                          ------      -------',
    'Issued under stock plans                     736      $14,207',
    'Issued in acquisitions                       228        6,961',
    'Issued to directors                           66        2,595',
    'Issued to employees                           63          964',
    '                                          ------      -------',
    '  Total                                    1,092      $24,727',
    '',
  ].join('\n');
}

const footing = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.code === 'FL101')
    .map((f) => f.message);

test('shares in millions under a bare note are rounded: one short of the total is within rounding', () => {
  assert.deepEqual(footing(shares('(in millions, except per share data)')), []);
  assert.deepEqual(footing(shares('(shares in thousands)')), []);
});

test('shares under a note that excepts them, or names money, are exact: one short is reported', () => {
  for (const note of ['(in thousands, except share data)', '(Dollars in thousands)']) {
    const messages = footing(shares(note));
    assert.equal(messages.length, 1, `${note}: ${JSON.stringify(messages)}`);
    assert.match(messages[0], /Total 1,092 ≠ sum of rows 1,093/);
  }
});

test("General Motors' lease units in thousands and Medtronic's shares in millions: nothing reported", () => {
  for (const name of ['gm-2023-html-units-in-thousands-rounded', 'medtronic-2024-html-shares-in-millions-rounded']) {
    const text = fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1');
    assert.deepEqual(footing(text), [], name);
  }
});
