/**
 * Rates averaged across a row (facts/weightedRates.ts) and what FL106 reports of them: a market-risk
 * table's Total rate is the principal-weighted average of its row's rates. Property tests print random
 * tables of instruments by year of maturity, as a 10-K's Item 7A does, with each Total rate the exact
 * weighted average rounded to its places; one total changed is named, and a table whose reading
 * nothing confirms (one instrument, amounts that do not add up) gets no claim.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, applyEdits, parseFiling } from '../../server/src/core';
import { weightedRatesOf } from '../../server/src/core/facts/weightedRates';
import { FIXTURES } from '../support/paths';

const YEARS = ['2000', '2001', '2002', '2003', '2004', 'THEREAFTER'];
const LABELS = ['Commercial paper', 'Corporate notes and bonds', 'Asset-backed securities', 'Treasury notes'];

function amount(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Basis points as a rate: 580 -> `5.80%`. */
function rate(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

interface Instrument {
  amounts: number[];
  rates: number[];
}

/** The principal-weighted average of the rates, in basis points, rounded half up. */
function averageOf(i: Instrument): number {
  let w = 0;
  let s = 0;
  i.amounts.forEach((a, k) => {
    w += a;
    s += a * i.rates[k];
  });
  return Math.round(s / w);
}

function render(instruments: Instrument[], totals: number[]): string {
  const years = instruments[0].amounts.length;
  const cols = [...YEARS.slice(0, years - 1), YEARS[YEARS.length - 1], 'TOTAL'];
  const lines = [
    'The table below presents principal amounts and related weighted average interest rates by year of',
    'maturity for the investment portfolio:',
    '',
    '                               ' + cols.map((c) => c.padStart(12)).join(''),
    '                               ' + cols.map(() => '    --------').join(''),
  ];
  instruments.forEach((inst, n) => {
    const sum = inst.amounts.reduce((a, b) => a + b, 0);
    lines.push(
      `${LABELS[n].padEnd(31)}` + [...inst.amounts, sum].map((a) => `$${amount(a)}`.padStart(12)).join(''),
      'Weighted average interest rate ' +
        [...inst.rates.map(rate), rate(totals[n])].map((r) => r.padStart(12)).join(''),
    );
  });
  return [...lines, ''].join('\n');
}

const instrument = (years: number) =>
  fc.record({
    amounts: fc.array(fc.integer({ min: 1_000, max: 250_000 }), { minLength: years, maxLength: years }),
    rates: fc.array(fc.integer({ min: 300, max: 1_200 }), { minLength: years, maxLength: years }),
  });
/** Two to four instruments of three to six years, their rates not all alike. */
const portfolios = fc
  .integer({ min: 3, max: 6 })
  .chain((years) => fc.array(instrument(years), { minLength: 2, maxLength: 4 }))
  .filter((xs) => xs.every((x) => new Set(x.rates).size > 1));

function fl106(text: string) {
  return analyze(text).findings.filter((f) => f.code === 'FL106');
}

test('each Total rate the weighted average of its row: read, and nothing reported', () => {
  fc.assert(
    fc.property(portfolios, (xs) => {
      const text = render(xs, xs.map(averageOf));
      const [table] = parseFiling(text).tables;
      const rows = weightedRatesOf(table);
      assert.equal(rows.length, xs.length, 'every rate row is read against the amounts above it');
      assert.ok(rows.every((r) => r.ok));
      assert.deepEqual(fl106(text), []);
    }),
    { numRuns: 60, seed: 106 },
  );
});

test('one Total rate off by more than rounding: FL106 names it, with the average as its fix', () => {
  fc.assert(
    fc.property(portfolios, fc.nat(), fc.integer({ min: 5, max: 90 }), (xs, pick, off) => {
      const totals = xs.map(averageOf);
      const n = pick % xs.length;
      const changed = [...totals];
      changed[n] = totals[n] + off;
      // Still an average of the row (between its rates), or the row is not read as one.
      if (changed[n] > Math.max(...xs[n].rates)) return;
      const text = render(xs, changed);
      const findings = fl106(text);
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
      const [f] = findings;
      const line = text.split('\n')[f.span.line];
      assert.equal(line.slice(f.span.start, f.span.end), rate(changed[n]));
      assert.equal(f.span.line, 6 + 2 * n, 'on the changed row');
      assert.equal(applyEdits(text, f.fix!.edits), render(xs, totals), 'the fix writes the average, in its place');
    }),
    { numRuns: 80, seed: 1060 },
  );
});

test('nothing confirms the reading: one instrument, or amounts that do not add up to their total', () => {
  const one: Instrument = { amounts: [21_129, 6_250, 12_176], rates: [580, 858, 896] };
  // Its total 7.13% printed 6.84%: no other row of the table keeps the average.
  assert.deepEqual(fl106(render([one], [684])), []);
  const two: Instrument = { amounts: [2_455, 102_850, 4_000], rates: [580, 670, 700] };
  const text = render([one, two], [684, averageOf(two)]);
  assert.equal(fl106(text).length, 1, 'with a second row keeping it, the first is reported');
  // The first row's amounts no longer add up to their total: that row is not read.
  const broken = text.replace('$58,437', '$59,437').replace('$39,555', '$40,555');
  assert.notEqual(broken, text);
  assert.deepEqual(fl106(broken), []);
});

test("Xerox's swaps: the rates paid and received, weighted by each year's notional total", () => {
  const dir = path.join(FIXTURES, 'real');
  const pristine = fs.readFileSync(path.join(dir, 'xerox-1996-swap-rates-weighted-by-notional.txt'), 'utf8');
  const [table] = parseFiling(pristine).tables;
  const rows = weightedRatesOf(table);
  assert.deepEqual(
    rows.map((r) => [r.rates.label, r.weights.label, r.ok]),
    [
      ['Interest rate paid', 'Total', true],
      ['Interest rate received', 'Total', true],
      ['Interest rate paid', 'Total', true],
      ['Interest rate received', 'Total', true],
    ],
  );
  // 1996: no swaps mature in 1996, so three years weight each rate.
  assert.deepEqual(
    rows.map((r) => r.terms.length),
    [3, 3, 4, 4],
  );
  const slipped = fs.readFileSync(path.join(dir, 'xerox-1996-swap-rate-total-slipped.txt'), 'utf8');
  const [f] = fl106(slipped);
  assert.match(f.message, /6\.53% reads like two digits transposed/);
  assert.equal(applyEdits(slipped, f.fix!.edits), pristine);
});
