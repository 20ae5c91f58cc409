/**
 * Rows worded apart (facts/echoedRows.ts, FL305): a statement's line that another table states under
 * other words is found by its figures, two periods alike; a third period one slip apart is reported.
 * Built tables show what keeps two rows from being taken as one line.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, type Finding } from '../../server/src/core';

const YEARS = ['1999', '1998', '1997'];

/** A titled table of rows `label  figure per year`, the figures right-aligned in columns of `width`. */
function table(title: string, rows: string[][], width: number): string {
  const line = (label: string, figures: string[]) => label.padEnd(40) + figures.map((f) => f.padStart(width)).join('');
  return [
    title,
    '',
    '<TABLE>',
    line('', YEARS),
    '<S>'.padEnd(40) + YEARS.map(() => '<C>'.padStart(width)).join(''),
    ...rows.map(([label, ...figures]) => line(label, figures)),
    '</TABLE>',
    '',
    'The accompanying notes are an integral part of these statements.',
    '',
  ].join('\n');
}

const CASH_FLOWS = table(
  'STATEMENTS OF CASH FLOWS',
  [
    ['Net income', '26,886', '11,235', '4,231'],
    ['Depreciation and amortization', '12,223', '3,754', '2,432'],
    ['Deferred income taxes', '(95,823)', '(27,317)', '(13,226)'],
    ['Net cash provided by operations', '(56,714)', '(12,328)', '(6,563)'],
  ],
  14,
);

/** The statement of cash flows, then a tax note totalling its deferred taxes as `label` (`total`), with `extra` rows. */
function filing(total: string[], label = 'Total deferred benefit', extra: string[][] = []): string {
  const note = [
    ['Federal', '(79,948)', '(22,792)', '(11,035)'],
    ['State', '(15,880)', '(4,525)', '(2,191)'],
    ...extra,
    [label, ...total],
  ];
  return `${CASH_FLOWS}\n${table('The provision for income taxes consists of the following:', note, 16)}`;
}

function fl305(text: string): Finding[] {
  return analyze(text).findings.filter((f) => f.code === 'FL305');
}

test('a line worded apart, alike in two years and a slip apart in the third, is reported', () => {
  const found = fl305(filing(['(95,828)', '(27,317)', '(13,226)']));
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(
    found[0].message,
    /^Total deferred benefit for 1999 is \(95,828\) here but \(95,823\) in STATEMENTS OF CASH FLOWS as "Deferred income taxes", whose figures for 1998 and 1997 are this row's/,
  );
});

test('a line the other table states under another row is not this one', () => {
  // The note also prints the statement's 1999 figure, as income before a change and net income do.
  const text = filing(['(95,828)', '(27,317)', '(13,226)'], undefined, [
    ['Deferred before the change', '(95,823)', '(27,317)', '(13,226)'],
  ]);
  assert.deepEqual(fl305(text), []);
});

test('a difference of one unit in the last digit both print is rounding', () => {
  assert.deepEqual(fl305(filing(['(95,824)', '(27,317)', '(13,226)'])), []);
});

test('rows whose labels share no word are not taken as one line', () => {
  assert.deepEqual(fl305(filing(['(95,828)', '(27,317)', '(13,226)'], 'Total benefit')), []);
});

test('one year alike is not enough', () => {
  assert.deepEqual(fl305(filing(['(95,828)', '(27,317)', '(13,262)'])), []);
});
