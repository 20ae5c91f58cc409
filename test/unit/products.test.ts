/**
 * Products across the rows (facts/products.ts): a column that is two others multiplied, as shares
 * sold times price makes proceeds. Property tests build random sales tables, change one digit of one
 * row's proceeds, and expect the product found and that cell reported by FL104 with its fix; with
 * proceeds drawn independently, no product is invented.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyEdits, parseFiling, summarizeTable } from '../../server/src/core';
import { productsOf } from '../../server/src/core/facts/products';

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const price = (cents: number) => `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** An insider-sales table: name, shares sold, price per share, proceeds (whole dollars). */
function render(rows: { shares: number; cents: number; proceeds: number }[]): string {
  return [
    'SALES BY INSIDERS',
    '',
    '<TABLE>',
    '                        SHARES        PRICE        PROCEEDS',
    'NAME                      SOLD    PER SHARE       FROM SALE',
    '----                    ------    ---------       ---------',
    ...rows.map(
      (r, i) =>
        `Seller ${String.fromCharCode(65 + i)}`.padEnd(20) +
        group(r.shares).padStart(10) +
        price(r.cents).padStart(13) +
        group(r.proceeds).padStart(16),
    ),
    '</TABLE>',
    '',
  ].join('\n');
}

const sale = fc.record({
  shares: fc.integer({ min: 1_000, max: 90_000 }),
  cents: fc.integer({ min: 500, max: 9_999 }),
});
const sales = fc
  .array(sale, { minLength: 4, maxLength: 9 })
  .filter(
    (rows) =>
      new Set(rows.map((r) => `${r.shares} ${r.cents}`)).size === rows.length &&
      new Set(rows.map((r) => r.shares)).size > 1 &&
      new Set(rows.map((r) => r.cents)).size > 1,
  )
  .map((rows) => rows.map((r) => ({ ...r, proceeds: Math.round((r.shares * r.cents) / 100) })));

/** The proceeds with one digit changed (never the first, so the figure keeps its length). */
function slipped(proceeds: number, at: number): number {
  const digits = String(proceeds).split('');
  const k = 1 + (at % (digits.length - 1));
  digits[k] = String((Number(digits[k]) + 1 + (at % 8)) % 10);
  return Number(digits.join(''));
}

test('proceeds = shares × price is found on every row of a sales table, and its hover lists it', () => {
  fc.assert(
    fc.property(sales, (rows) => {
      const model = parseFiling(render(rows));
      const [product] = productsOf(model.tables[0]);
      assert.ok(product, 'a product is found');
      assert.equal(product.holds.length, rows.length);
      assert.deepEqual(product.fails, []);
      const summary = summarizeTable(model.tables[0]);
      assert.ok(summary.relations.some((r) => r.text === 'PROCEEDS FROM SALE = SHARES SOLD × PRICE PER SHARE'));
    }),
    { numRuns: 60 },
  );
});

test('one digit changed in one row: that cell is reported, and its fix makes the row hold', () => {
  fc.assert(
    fc.property(sales, fc.nat(), fc.nat(), (rows, which, at) => {
      const r = which % rows.length;
      const changed = rows.map((x, i) => (i === r ? { ...x, proceeds: slipped(x.proceeds, at) } : x));
      // A change within the rounding of the price (half a cent a share) is no slip anyone can see.
      const { shares, cents } = rows[r];
      fc.pre(Math.abs(changed[r].proceeds - rows[r].proceeds) * 100 > (shares + cents) / 2 + 100);
      const text = render(changed);
      const findings = analyze(text).findings.filter((f) => f.code === 'FL104');
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
      const line = text.split('\n')[findings[0].span.line];
      assert.equal(line.slice(findings[0].span.start, findings[0].span.end), group(changed[r].proceeds));
      assert.ok(findings[0].fix);
      assert.deepEqual(
        analyze(applyEdits(text, findings[0].fix!.edits)).findings.filter((f) => f.code === 'FL104'),
        [],
      );
    }),
    { numRuns: 60 },
  );
});

test('proceeds drawn apart from shares and price: no product is invented', () => {
  fc.assert(
    fc.property(
      sales,
      fc.array(fc.integer({ min: 1_000, max: 900_000_000 }), { minLength: 9, maxLength: 9 }),
      (rows, noise) => {
        const model = parseFiling(render(rows.map((x, i) => ({ ...x, proceeds: noise[i] }))));
        assert.deepEqual(productsOf(model.tables[0]), []);
      },
    ),
    { numRuns: 100 },
  );
});
