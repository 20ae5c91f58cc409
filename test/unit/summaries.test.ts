import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { format, parseFiling, summarizeTable, tableHoverMarkdown, tieOut } from '../../server/src/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, readSample } from '../support/paths';
import { statedFigures } from '../../server/src/core/summaries/stated';
import type { Footnote } from '../../server/src/core/model';

const model = parseFiling(readSample());
const byTitle = (title: string) => summarizeTable(model.tables.find((t) => t.title === title)!);

test('pool average balance and its footnote ($407,075)', () => {
  const s = byTitle('Current Mortgage Loan Principal Balances');
  assert.equal(format(s.averageAmount!), '407,074.53');
  assert.equal(s.labelKind, 'range');
  assert.equal(s.stated.length, 1);
  assert.equal(s.stated[0].figure.text, '$407,075');
  assert.equal(format(s.stated[0].computed!), '407,075');
  assert.equal(s.stated[0].agrees, true);
});

test('weighted average mortgage rate 6.973%', () => {
  const s = byTitle('Mortgage Rates');
  assert.equal(s.labelKind, 'numeric');
  assert.equal(format(s.weightedAverage!.value), '6.973');
  assert.equal(format(s.weightedAverage!.min), '5.750');
  assert.equal(format(s.weightedAverage!.max), '10.500');
  const adjusted = s.stated.find((c) => c.figure.text === '6.973%');
  assert.equal(adjusted?.agrees, true);
  const unadjusted = s.stated.find((c) => c.figure.text === '6.996%');
  assert.equal(unadjusted?.agrees, null, 'the unadjusted rate is not in the table');
});

test('weighted remaining term 355.5 months agrees with "approximately 355 months"', () => {
  const s = byTitle('Remaining Terms to Maturity');
  assert.equal(format(s.weightedAverage!.value), '355.5');
  assert.equal(s.stated[0].agrees, true);
});

test('loan-to-value buckets bound the stated 72.65%', () => {
  const s = byTitle('Original Loan-to-Value Ratios');
  assert.equal(s.labelKind, 'range');
  const iv = s.weightedInterval!;
  assert.ok(
    Number(format(iv.low)) <= 72.65 && 72.65 <= Number(format(iv.high!)),
    `${format(iv.low)}..${format(iv.high!)}`,
  );
  assert.equal(s.stated[0].agrees, true);
});

test('largest concentration', () => {
  const s = byTitle('State Distribution of Mortgaged Properties');
  assert.equal(s.concentrations[0].label, 'California');
  assert.equal(format(s.concentrations[0].percent), '50.35');
  assert.equal(s.foots, true);
});

test('how a table ties out: foots only when something was verified', () => {
  const summaryOf = (text: string) => {
    const m = parseFiling(text);
    assert.equal(m.tables.length, 1, text);
    return summarizeTable(m.tables[0]);
  };
  const rows = ['Alpha          1,000', 'Beta           2,000', 'Gamma          3,000'];
  const sample = byTitle('State Distribution of Mortgaged Properties');
  assert.equal(tieOut(sample), 'foots');
  assert.equal(sample.checked > 0, true);
  const noTotal = summaryOf(`${rows.join('\n')}\n`);
  assert.equal(tieOut(noTotal), 'no total row');
  assert.equal(noTotal.foots, false);
  const wrong = summaryOf(`${rows.join('\n')}\n               -----\nTotal          7,000\n`);
  assert.equal(tieOut(wrong), '1 problem');
  // A total of a single row restates it rather than adds: nothing is verified, so it does not foot.
  const single = summaryOf(`Alpha          1,000\n               -----\nTotal          1,000\n`);
  assert.equal(tieOut(single), 'total not checked');
  assert.equal(single.foots, false);
  assert.match(
    tableHoverMarkdown(parseFiling(`${rows.join('\n')}\n`), parseFiling(`${rows.join('\n')}\n`).tables[0]),
    / · no total row/,
  );
});

test('a footnote states a total only when the total is named before its figure, not as what holds it', () => {
  const note = (text: string): Footnote => ({ marker: '(1)', text, startLine: 0, endLine: 0 });
  const total = statedFigures([note('The aggregate principal balance of the loans is approximately $42,000,000.')]);
  assert.deepEqual(
    total.map((f) => [f.kind, f.text]),
    [['total', '$42,000,000']],
  );
  const part = statedFigures([
    note(
      'Included with this payment was approximately $3 million in interest charges which have been ' +
        'aggregated in the 1999 total interest expense used for the calculation of total fixed charges.',
    ),
    note('Of which the total included is approximately $5 million.'),
  ]);
  assert.deepEqual(part, []);
});

test("a statement's totals say what they add: subtotals by name, signs as read", () => {
  const apple = parseFiling(fs.readFileSync(path.join(CORPUS, '10k-1997-apple-full-submission.txt'), 'latin1'));
  const table = apple.tables.find((t) => t.title === 'CONSOLIDATED STATEMENTS OF OPERATIONS')!;
  const s = summarizeTable(table);
  const adds = new Map(s.structure.map((line) => [line.label, line.adds]));
  assert.match(adds.get('Operating income (loss)') ?? '', /^Net sales − line \d+$/);
  assert.equal(
    adds.get('Income (loss) before provision (benefit) for income taxes'),
    'Operating income (loss) + Interest and other income (expense), net',
  );
  assert.match(adds.get(s.structure[0].label) ?? '', /^the 6 rows above$/);
  const hover = tableHoverMarkdown(apple, table).replace(/\\/g, '');
  assert.match(hover, /- Operating income \(loss\) = Net sales − line \d+: 1997 ✓ · 1996 ✓ · 1995 ✓/);
});

test('a statement shows its totals and relations, not concentrations; the lens says cross-foots', () => {
  const apple = parseFiling(fs.readFileSync(path.join(CORPUS, '10k-1997-apple-full-submission.txt'), 'latin1'));
  const table = apple.tables.find((t) => t.title === "CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY")!;
  const s = summarizeTable(table);
  assert.equal(s.statement, true);
  assert.deepEqual(s.concentrations, []);
  assert.equal(s.structure.length, 3, 'three balance rows');
  assert.ok(s.structure.every((line) => line.columns.every((c) => c.ok)));
  assert.equal(tieOut(s), 'foots · cross-foots');
  // Markdown escapes aside.
  const hover = tableHoverMarkdown(apple, table).replace(/\\/g, '');
  assert.match(hover, /Totals:\n- Balance as of September 29, 1995 = [^\n]+: /);
  assert.match(
    hover,
    /Across the rows:\n- ✓ TOTAL SHAREHOLDERS' EQUITY = AMOUNT \(column 2\) \+ AMOUNT \(column 4\) \+ RETAINED EARNINGS \+ OTHER: 19 of 19 rows/,
  );
  assert.doesNotMatch(hover, /Largest:/);
  // Down the rows: the three years' balances roll forward in every column.
  assert.deepEqual(
    s.rollForwards.map((r) => [r.open, r.close, r.tied, r.columns]),
    [
      ['Balance as of September 30, 1994', 'Balance as of September 29, 1995', 5, 5],
      ['Balance as of September 29, 1995', 'Balance as of September 27, 1996', 5, 5],
      ['Balance as of September 27, 1996', 'Balance as of September 26, 1997', 5, 5],
    ],
  );
  assert.match(
    hover,
    /Down the rows:\n- ✓ Balance as of September 30, 1994 → Balance as of September 29, 1995: 5 of 5 columns tie/,
  );
});

test('concentrations only where the rows are parts of one whole the table prints', () => {
  const summaryOf = (text: string) => summarizeTable(parseFiling(text).tables[0]);
  // A list of unlike rows and no total: nothing is a share of their sum.
  const highlights = [
    '                                       Amount',
    '                                     --------',
    'Net revenues                         $ 155,482',
    'Net income                              17,810',
    'Basic net income per share                0.31',
    '',
  ].join('\n');
  assert.deepEqual(summaryOf(highlights).concentrations, []);
  // The same rows over a total row: shares of the total.
  const regions = [
    '                                       Amount',
    '                                     --------',
    'United States                        $ 100,000',
    'Europe                                  60,000',
    'Asia                                    40,000',
    '                                     --------',
    'Total                                $ 200,000',
    '',
  ].join('\n');
  assert.deepEqual(
    summaryOf(regions).concentrations.map((c) => [c.label, format(c.percent)]),
    [
      ['United States', '50.00'],
      ['Europe', '30.00'],
      ['Asia', '20.00'],
    ],
  );
  // Percents that make up a whole are shares without a total; margins that do not, are not.
  const percents = (a: string, b: string) =>
    [
      '                                     Percent',
      '                                     -------',
      `Customer A                             ${a}%`,
      `Customer B                             ${b}%`,
      '',
    ].join('\n');
  assert.deepEqual(
    summaryOf(percents('57', '43')).concentrations.map((c) => c.label),
    ['Customer A', 'Customer B'],
  );
  assert.deepEqual(summaryOf(percents('37', '12')).concentrations, []);
});
