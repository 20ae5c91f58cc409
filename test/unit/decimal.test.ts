import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  add,
  cmp,
  format,
  formatLike,
  parseNumber,
  percentOf,
  roundTo,
  sub,
  toPlain,
  decimal,
} from '../../server/src/core';

test('parses filing numbers exactly', () => {
  const cases: [string, string, Partial<{ dollar: boolean; percent: boolean; dash: boolean }>][] = [
    ['113,346,210.62', '113346210.62', {}],
    ['$ 113,346,210.62', '113346210.62', { dollar: true }],
    ['$     322,150.00', '322150.00', { dollar: true }],
    ['50.35%', '50.35', { percent: true }],
    ['(1,234)', '-1234', {}],
    ['(.2)', '-0.2', {}],
    ['$(1,234)', '-1234', { dollar: true }],
    ['-', '0', { dash: true }],
    ['--', '0', { dash: true }],
    ['6.01*', '6.01', {}],
    ['553', '553', {}],
  ];
  for (const [text, plain, flags] of cases) {
    const n = parseNumber(text);
    assert.ok(n, text);
    assert.equal(toPlain(n.value), plain, text);
    for (const [k, v] of Object.entries(flags)) {
      assert.equal((n as unknown as Record<string, unknown>)[k], v, `${text} ${k}`);
    }
  }
  for (const bad of ['', 'abc', '2-4', '12,34', '(5', '1.2.3', '$', '333-92152', '5.']) {
    assert.equal(parseNumber(bad), null, bad);
  }
});

test('the digits span excludes a detached dollar sign', () => {
  const n = parseNumber('$   7,276,695.21')!;
  assert.equal('$   7,276,695.21'.slice(n.start, n.end), '7,276,695.21');
});

test('adds money without floating point', () => {
  // 0.1 + 0.2 style traps: cents add exactly.
  let total = decimal(0n, 2);
  for (let i = 0; i < 10; i++) total = add(total, parseNumber('0.10')!.value);
  assert.equal(toPlain(total), '1.00');
  assert.equal(
    format(add(parseNumber('113,346,210.62')!.value, parseNumber('111,765,003.59')!.value)),
    '225,111,214.21',
  );
  assert.equal(cmp(sub(decimal(100n, 0), decimal(9999n, 2)), decimal(1n, 2)), 0);
});

test('rounds half away from zero', () => {
  assert.equal(toPlain(roundTo(decimal(3555n, 1), 0)), '356');
  assert.equal(toPlain(roundTo(decimal(-3555n, 1), 0)), '-356');
  assert.equal(toPlain(roundTo(decimal(35549n, 2), 0)), '355');
  assert.equal(
    toPlain(percentOf(parseNumber('113,346,210.62')!.value, parseNumber('225,112,214.21')!.value, 2)),
    '50.35',
  );
});

test('formats a corrected value like the value it replaces', () => {
  assert.equal(formatLike(decimal(10000n, 2), '99.00%'), '100.00%');
  // A negative rate keeps its parentheses where the figure has them: round the digits, or the `%` too.
  assert.equal(formatLike(decimal(-1n, 0), '(4)%'), '(1)%');
  assert.equal(formatLike(decimal(-1n, 0), '(4%)'), '(1%)');
  assert.equal(formatLike(decimal(-1n, 0), '-4%'), '-1%');
  assert.equal(formatLike(decimal(22511221421n, 2), '225,112,215.21'), '225,112,214.21');
  assert.equal(formatLike(decimal(-1234n, 0), '(1,000)'), '(1,234)');
  assert.equal(formatLike(decimal(5n, 1), '.2'), '.5');
  assert.equal(formatLike(decimal(553n, 0), '563'), '553');
});
