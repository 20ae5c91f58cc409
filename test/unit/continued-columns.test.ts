/**
 * A table continued by columns on the next page (facts/continuedColumns.ts) and FL315: the two parts
 * read as one table, the relation its total keeps across both found from the rows, and the one row
 * that breaks it named on its cell. Property tests print random segment tables in two parts, as IBM
 * prints its segments, with a Total Segments column that adds every segment of both pages; a slip in
 * one total is named, and columns drawn independently get no relation.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, applyEdits, parseFiling, tableHoverMarkdown, tableToJson } from '../../server/src/core';
import { continuedColumns } from '../../server/src/core/facts/continuedColumns';
import { relationText } from '../../server/src/core/checks/describe';
import { FIXTURES } from '../support/paths';

const LABELS = [
  'External revenue',
  'Internal revenue',
  'Pre-tax income (loss)',
  'Segment assets',
  'Capital expenditures',
];
/** Each column's width: five to a part keep a header line within the 120 characters headers are read in. */
const WIDTH = 17;

function figure(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `(${s})` : s;
}

/** One part of the table: its headers over its figures, under a heading row. */
function part(headers: string[], rows: number[][]): string[] {
  const head = '(Dollars in millions)'.padEnd(24) + headers.map((h) => h.padStart(WIDTH)).join('');
  return [
    head,
    '-'.repeat(head.length),
    'Year Ended December 31, 1999:',
    '',
    ...rows.map((r, i) => LABELS[i].padEnd(24) + r.map((v) => figure(v).padStart(WIDTH)).join('')),
    '',
  ];
}

/**
 * A segment table in two parts: the first `split` segments on page 1, the rest and the last column
 * (`Total Segments`) on page 2, over the same rows. `between` is printed between the two parts.
 */
function render(cells: number[][], split: number, names: string[], between: string[] = []): string {
  return [
    '                         SEGMENT INFORMATION',
    '',
    ...part(
      names.slice(0, split),
      cells.map((r) => r.slice(0, split)),
    ),
    ...between,
    '',
    '                                 -7-',
    '<PAGE>',
    '',
    ...part(
      [...names.slice(split, cells[0].length - 1), 'Total Segments'],
      cells.map((r) => r.slice(split)),
    ),
  ].join('\n');
}

const NAMES = ['Technology', 'Systems', 'Server', 'Services', 'Software', 'Financing', 'Investments', 'Other'];

/** A segment's figure in millions: mostly positive, a loss now and then. */
const segmentFigure = fc
  .tuple(fc.integer({ min: 100, max: 30_000 }), fc.integer({ min: 0, max: 5 }))
  .map(([v, s]) => (s === 0 ? -v : v));

/** Five rows of 3 to 8 segments and a total of them all. */
const segmentTables = fc
  .integer({ min: 3, max: 8 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.array(segmentFigure, { minLength: n, maxLength: n }), {
        minLength: 5,
        maxLength: 5,
      }),
      // The split leaves each part at most five columns, the total included.
      fc.integer({ min: Math.max(1, n - 4), max: Math.min(n - 1, 5) }),
    ),
  )
  // Every figure of the table distinct, as a segment table's are: no two rows alike, none of one size.
  .filter(([rows]) => new Set(rows.flat().map(Math.abs)).size === rows.flat().length)
  .map(([rows, split]) => ({ cells: rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]), split }));

function fl315(text: string) {
  return analyze(text).findings.filter((f) => f.code === 'FL315');
}

test('a table continued by columns: the total of both parts is found, and nothing is reported', () => {
  fc.assert(
    fc.property(segmentTables, ({ cells, split }) => {
      const text = render(cells, split, NAMES);
      const found = continuedColumns(parseFiling(text).tables);
      assert.equal(found.length, 1);
      const [c] = found;
      const texts = c.relations.map((r) => relationText(c.wide, r));
      const segments = NAMES.slice(0, cells[0].length - 1).join(' + ');
      assert.ok(texts.includes(`Total Segments = ${segments}`), texts.join('; '));
      assert.deepEqual(
        analyze(text).findings.filter((f) => f.code.startsWith('FL1') || f.code === 'FL315'),
        [],
      );
    }),
    { numRuns: 60, seed: 315 },
  );
});

test('one digit of a total changed: FL315 names it, and its fix makes the row hold', () => {
  fc.assert(
    fc.property(segmentTables, fc.nat(), fc.integer({ min: 1, max: 8 }), ({ cells, split }, pick, digit) => {
      const r = pick % cells.length;
      const last = cells[r].length - 1;
      const value = cells[r][last];
      // Its tens digit raised, without a carry, on a total of three digits or more.
      if (value < 100 || Math.floor(value / 10) % 10 > 9 - digit) return;
      const changed = cells.map((row) => [...row]);
      changed[r][last] = value + digit * 10;
      const text = render(changed, split, NAMES);
      const findings = fl315(text);
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
      const [f] = findings;
      assert.equal(f.severity, 'error');
      const line = text.split('\n')[f.span.line];
      assert.ok(line.startsWith(LABELS[r]), 'on the changed row');
      assert.equal(line.slice(f.span.start, f.span.end), figure(changed[r][last]), 'on the changed figure');
      assert.match(f.message, /reads like a one-digit slip for/);
      const fixed = applyEdits(text, f.fix!.edits);
      assert.equal(fixed, render(cells, split, NAMES), 'the fix writes the total back, in its place');
      assert.deepEqual(fl315(fixed), []);
    }),
    { numRuns: 80, seed: 3150 },
  );
});

test('columns drawn independently: no relation across the parts is invented', () => {
  const independent = fc.integer({ min: 4, max: 9 }).chain((n) =>
    fc.array(fc.array(fc.integer({ min: 100, max: 99_999 }), { minLength: n, maxLength: n }), {
      minLength: 5,
      maxLength: 5,
    }),
  );
  fc.assert(
    fc.property(independent, (cells) => {
      const text = render(cells, 2, NAMES);
      for (const c of continuedColumns(parseFiling(text).tables)) assert.deepEqual(c.relations, []);
      assert.deepEqual(fl315(text), []);
    }),
    { numRuns: 100, seed: 31 },
  );
});

/** A fixed table whose Pre-tax income total is one digit off (1,545 for 1,535). */
const SLIPPED = [
  [1_200, 3_400, 560, 7_800, 910],
  [110, 220, 330, 440, 550],
  [150, -20, 300, 45, 1_060],
  [5_000, 6_100, 7_200, 8_300, 9_400],
  [400, 500, 610, 720, 830],
].map((r, i) => [...r, r.reduce((a, b) => a + b, 0) + (i === 2 ? 10 : 0)]);

test('two parts are one table only when nothing else explains their likeness', () => {
  const names = ['Technology', 'Systems', 'Server', 'Software', 'Financing'];
  assert.equal(fl315(render(SLIPPED, 3, names)).length, 1, 'the two parts, a page apart');
  // A table between them, on the first part's page, as IBM prints its reconciliation.
  const reconciliation = [
    '',
    'Reconciliations to Consolidated:',
    '                                        1999          1998',
    'Total reportable segments             21,208        22,372',
    'Eliminations/other                    (1,860)       (2,055)',
    '                                     -------       -------',
    '  Total Consolidated                  19,348        20,317',
  ];
  assert.equal(fl315(render(SLIPPED, 3, names, reconciliation)).length, 1, 'a table between them');
  // On one page: two blocks of one page are two tables (another period, another measure).
  assert.deepEqual(fl315(render(SLIPPED, 3, names).replace('<PAGE>', '')), []);
  // A part below that repeats a column of the part above is another period or statement.
  assert.deepEqual(fl315(render(SLIPPED, 3, ['Technology', 'Systems', 'Server', 'Technology', 'Financing'])), []);
  // No total headed in the part below: nothing says its last column adds the others.
  assert.deepEqual(fl315(render(SLIPPED, 3, names).replace('Total Segments', 'Segments Other')), []);
  // Rows that differ between the parts.
  assert.deepEqual(
    fl315(render(SLIPPED, 3, names).replace(/Segment assets(?![\s\S]*Segment assets)/, 'Segment equity')),
    [],
  );
});

test("IBM's segments, four on one page and three with their total on the next: 586 is 568 transposed", () => {
  const file = path.join(FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt');
  const text = fs.readFileSync(file, 'utf8');
  const [f] = fl315(text);
  assert.ok(f, 'reported');
  assert.match(
    f.message,
    /^586 in "Pre-tax income \(loss\)" reads like two digits transposed for 568: Total Segments = /,
  );
  assert.match(f.message, /holds on 7 of 8 rows/);
  // Its margin row (percents in the amount columns) is no part of the sum, and breaks nothing.
  const margins = analyze(text).findings.filter((x) => x.code === 'FL102' && x.message.startsWith('Percent 31.7%'));
  assert.equal(margins.length, 1, 'the margin beside it is 568 of its revenue, not 586');
  const fixed = applyEdits(text, f.fix!.edits);
  assert.deepEqual(fl315(fixed), []);
  assert.deepEqual(
    analyze(fixed).findings.filter((x) => x.code === 'FL102' && x.message.startsWith('Percent 31.7%')),
    [],
    'with 568 the margin is right too',
  );
  assert.equal(fixed.split('\n')[f.span.line].length, text.split('\n')[f.span.line].length, 'right edge kept');
});

test("the hover and the tables' JSON of either part show the relation across both", () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt'), 'utf8');
  const model = parseFiling(text);
  const [c] = continuedColumns(model.tables);
  const failing = `Total Segments = Technology + Personal Systems + Server + Global Services + Software + Global Financing + Enterprise Investments: 7 of 8 rows, not on "Pre-tax income (loss)"`;
  const plain = (md: string) => md.replace(/\\(.)/g, '$1');
  const below = plain(tableHoverMarkdown(model, c.below));
  assert.match(below, /Across the rows, with its first columns in Hardware Segments \(line 6\):/);
  assert.ok(below.includes(`- ✗ ${failing}`), below);
  const above = plain(tableHoverMarkdown(model, c.above));
  assert.match(above, /Across the rows, with its columns continued in the table at line 64:/);
  assert.ok(above.includes(`- ✗ ${failing}`), above);
  const json = tableToJson(c.below, model).continued!;
  assert.deepEqual(json.lines, [c.above.startLine + 1, c.above.endLine + 1]);
  assert.equal(json.relations.length, 1);
  assert.deepEqual(json.relations[0].fails, [89]);
  assert.equal(json.relations[0].holds.length, 7);
  assert.equal(tableToJson(c.above, model).continued!.lines[0], c.below.startLine + 1);
});

test('a figure of the part above whose column and row both miss by its slip: FL315 names it, where FL101 cannot tell', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt'), 'utf8');
  // Technology's 1999 external revenue, 5,932, typed 6,932: its column's Total revenue and its row's
  // Total Segments (on the next page) both miss by 1,000.
  const slipped = text.replace(
    'External revenue                    $ 5,932',
    'External revenue                    $ 6,932',
  );
  assert.notEqual(slipped, text);
  const line = slipped.split('\n').findIndex((l) => l.includes('$ 6,932'));
  const findings = analyze(slipped).findings;
  const mine = findings.filter((f) => f.code === 'FL315' && f.span.line === line);
  assert.equal(mine.length, 1, JSON.stringify(findings.filter((f) => f.code !== 'FL201').map((f) => f.message)));
  assert.match(
    mine[0].message,
    /^6,932 in "External revenue" should read 5,932, which makes its column and its row tie: /,
  );
  assert.match(mine[0].message, /\(its first 4 columns on page 2, where the table begins\)/);
  assert.equal(applyEdits(slipped, mine[0].fix!.edits), text);
  // Within its own part, the total and the figure are both one slip off: FL101 says it cannot tell.
  assert.ok(findings.some((f) => f.code === 'FL101' && /the table does not say which/.test(f.message)));
});
