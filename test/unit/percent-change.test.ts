/**
 * Percent-change columns (facts/percentChanges.ts, FL107): read on a real table, silent where the
 * changes agree with their amounts, and reporting one changed figure with its fix.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  analyze,
  analyzeLines,
  createParseCache,
  parseFiling,
  splitLines,
  summarizeTable,
} from '../../server/src/core';
import { percentChanges } from '../../server/src/core/facts/percentChanges';
import { yearOf } from '../../server/src/core/facts/statements';
import { PROJECT_FILINGS, readFiling } from '../../scripts/repo';

const PFIZER_1996 = path.join(PROJECT_FILINGS, '10k-1996-pfizer-annual-report.txt.gz');

/** Pfizer 1996's analysis of the income statement: 1996, 1995, 1994, then % Change 96/95 and 95/94. */
function excerpt(): string[] {
  const lines = readFiling(PFIZER_1996)
    .toString('latin1')
    .split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => l.startsWith('Analysis of the Consolidated Statement of Income'));
  return lines.slice(at, at + 40);
}

test('a change column is read against the two years its header names, and agrees as filed', () => {
  const lines = excerpt();
  const [table] = parseFiling(lines.join('\n')).tables;
  const changes = percentChanges(table);
  assert.deepEqual(
    changes.map((c) => [c.column.header.replace(/\s+/g, ' ').trim(), yearOf(c.later), yearOf(c.earlier)]),
    [
      ['% Change* 96/95', 1996, 1995],
      ['% Change* 95/94', 1995, 1994],
    ],
  );
  assert.ok(changes.every((c) => c.failing.length === 0 && c.rows.length >= 5));
  assert.deepEqual(
    analyze(lines.join('\n')).findings.filter((f) => f.code === 'FL107'),
    [],
  );
});

test('a percent change with one digit slipped or its sign lost is reported on it, with its fix', () => {
  const lines = excerpt();
  const k = lines.findIndex((l) => l.startsWith('Net sales'));
  for (const [written, words] of [
    ['18', 'a one-digit slip'],
    ['(13)', 'a lost sign'],
  ]) {
    const changed = lines.slice();
    // The 96/95 change of net sales, 13, its right edge kept.
    changed[k] = lines[k].replace(/ {6}13 {6}26$/, `${written.padStart(8)}      26`);
    assert.notEqual(changed[k], lines[k]);
    const findings = analyze(changed.join('\n')).findings.filter((f) => f.code === 'FL107');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const [f] = findings;
    assert.equal(f.severity, 'error');
    assert.equal(changed[k].slice(f.span.start, f.span.end), written);
    assert.match(
      f.message,
      new RegExp(
        `^${written.replace(/[()]/g, '\\$&')} in "Net sales" is not the change from 10,021 \\(1995\\) to 11,306 \\(1996\\): that is 13, and ${written.replace(/[()]/g, '\\$&')} reads like ${words} for it; 9 other rows`,
      ),
    );
    assert.equal(f.fix?.edits[0].newText.trim(), '13');
  }
});

test("a change column's percents are not read as shares: no concentration is a change", () => {
  const lines = readFiling(PFIZER_1996)
    .toString('latin1')
    .split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => l.startsWith('Net Sales--Major Pharmaceuticals'));
  const [table] = parseFiling(lines.slice(at, at + 21).join('\n')).tables;
  const summary = summarizeTable(table);
  assert.deepEqual(
    summary.changes.map((c) => [c.column.replace(/\s+/g, ' ').trim(), c.agreeing, c.rows]),
    [
      ['96/95', 12, 12],
      ['% Change* 95/94', 13, 13],
    ],
  );
  // Zithromax's 95/94 change is 97%: once shown as the table's largest concentration.
  assert.ok(
    summary.concentrations.every((c) => !(c.label === 'Zithromax' && c.percent.units === 97n)),
    summary.concentrations.map((c) => `${c.label} ${c.percent.units}/${c.percent.scale}`).join(', '),
  );
});

/** An income statement excerpt with a % Change column; `expense` is the change printed for interest expense. */
function statement(expense: string, other: string): string {
  const row = (label: string, a: string, b: string, c: string) =>
    `${label.padEnd(36)}${a.padStart(10)}${b.padStart(10)}${c.padStart(10)}`;
  return [
    row('', '2014', '2013', '% Change'),
    row('', '----', '----', '--------'),
    row('Revenues', '11,320', '10,945', '3%'),
    row('Operating expenses', '6,120', '5,980', '2%'),
    row('Operating income', '5,200', '4,965', '5%'),
    row('Interest expense', '(239)', '(210)', expense),
    row('Non-operating (expense) income, net', '(81)', '35', other),
    row('Income before taxes', '4,880', '4,790', '2%'),
  ].join('\n');
}

test("a line turned from income to expense takes the table's own sign for an expense's change", () => {
  const fl107 = (text: string) => analyze(text).findings.filter((f) => f.code === 'FL107');
  // Interest expense grew 14% as the table prints it (its size): the net expense grew 331% alike.
  assert.deepEqual(fl107(statement('14%', '331%')), []);
  // Where the table gives an expense's change with its sign (-14%), 331% lost the sign of -331%.
  const signed = fl107(statement('-14%', '331%'));
  assert.equal(signed.length, 1, JSON.stringify(signed.map((f) => f.message)));
  assert.match(signed[0].message, /Non-operating/);
});

/** A segment table in Motorola's layout: a change row under each row of amounts, later years first. */
const SEGMENT = `PAGING PRODUCTS

($ in millions)
Years ended December 31                    1999            1998            1997
- -------------------------------------------------------------------------------
Orders                                   $2,400         $ 2,000         $ 2,500
 % change from prior year                   20%            -20%
Segment sales                            $2,200         $ 2,100         $ 1,750
 % change from prior year                    5%             20%
Operating profit before tax              $  300         $   150         $   120
 % change from prior year                  100%             25%
`;

test('change rows under rows of amounts are read against the year beside them, and agree as printed', () => {
  assert.deepEqual(
    analyze(SEGMENT).findings.filter((f) => f.code === 'FL107'),
    [],
  );
});

test('a change row with its sign lost is an error with its fix; a change no slip explains, a warning', () => {
  const slipped = SEGMENT.replace('-20%', ' 20%');
  const [f] = analyze(slipped).findings.filter((x) => x.code === 'FL107');
  assert.ok(f, 'a finding');
  assert.equal(f.severity, 'error');
  assert.match(
    f.message,
    /^20% in "% change from prior year" is not the change from 2,500 \(1997\) to 2,000 \(1998\) in "Orders": that is -20%, and 20% reads like a lost sign for it; 5 other changes/,
  );
  assert.equal(f.fix!.title, 'Change 20% to -20%');
  // One figure changed beyond a slip's shape: a warning, without a fix.
  const [g] = analyze(SEGMENT.replace('100%', ' 90%')).findings.filter((x) => x.code === 'FL107');
  assert.equal(g.severity, 'warning');
  assert.equal(g.fix, undefined);
});

test("a table of one change row is read as the filing's other change rows are, and not alone", () => {
  const lone = `SPECIAL ITEMS

Operating profit excluding special items  $  288         $  (473)        $   342
 % change from prior year                  161%             238%
`;
  // Alone, one agreeing change says nothing of the side its earlier years are on.
  assert.deepEqual(
    analyze(lone).findings.filter((f) => f.code === 'FL107'),
    [],
  );
  const [f] = analyze(`${SEGMENT}\n\n${lone}`).findings.filter((x) => x.code === 'FL107');
  assert.ok(f, 'read with the segment table above');
  assert.match(f.message, /^238% in "% change from prior year" is not the change from 342 .* reads like a lost sign/);
});

test("a change from a year the table does not print is not read against the next period's column", () => {
  // Walmart's layout: each quarter's and half-year's change from the year before, 2022's from 2021;
  // the quarter's 8.2% for 2022 is not a change from the half-year's 311,284 beside it.
  const groups = `RESULTS

                              Three Months Ended      Six Months Ended
                                    July 31,              July 31,
(Amounts in millions)            2023       2022       2023       2022
Net sales                     160,280    151,381    311,284    291,669
Percentage change                 5.9%       8.2%       6.7%       5.3%
Operating income                7,316      6,854     13,556     12,172
Percentage change                 6.7%                 11.4%
Gross profit                   38,421     35,500     74,102     69,054
Percentage change                 8.2%                  7.3%
`;
  assert.deepEqual(
    analyze(groups).findings.filter((f) => f.code === 'FL107'),
    [],
  );
  // Without the years (an HTML table whose years row reads as a body row), the lengths tell.
  const unyeared = groups.replace('(Amounts in millions)            2023       2022       2023       2022', '');
  assert.deepEqual(
    analyze(unyeared).findings.filter((f) => f.code === 'FL107'),
    [],
  );
});

test("a lone change row's message counts the filing's agreeing changes anew after an edit elsewhere", () => {
  const lone = `SPECIAL ITEMS

Operating profit excluding special items  $  288         $  (473)        $   342
 % change from prior year                  161%             238%
`;
  // On a page of its own, which the edit above leaves as it was (its table is kept, not read again).
  const before = `${SEGMENT}\n<PAGE>\n${lone}`;
  const after = before.replace(' % change from prior year                    5%             20%\n', '');
  const cache = createParseCache();
  analyzeLines(splitLines(before), { cache });
  const again = analyzeLines(splitLines(after), { cache }).findings.filter((f) => f.code === 'FL107');
  const fresh = analyze(after).findings.filter((f) => f.code === 'FL107');
  assert.match(fresh[0].message, /; 5 other changes in the filing's change rows agree/);
  assert.deepEqual(
    again.map((f) => f.message),
    fresh.map((f) => f.message),
  );
});

test('a short change column, its years in the headers, is read where its one odd row is a slip', () => {
  const table = (cash: string, working: string) =>
    [
      '                                            SEPTEMBER 30, DECEMBER 31,',
      '                                                1998          1997     CHANGE',
      '                                            ------------- ------------ ------',
      '                                                 (DOLLARS IN THOUSANDS)',
      `     Cash, cash equivalents and short-term`,
      `      investments..........................    $42,468      $12,893     ${cash}`,
      `     Working capital.......................    $33,299      $ 6,160     ${working}`,
      "     Stockholders' equity..................    $42,356      $13,541     213%",
      '',
    ].join('\n');
  const fl107 = (text: string) => analyze(text).findings.filter((f) => f.code === 'FL107');
  assert.deepEqual(fl107(table('229%', '441%')), []);
  // VeriSign's 1998 10-Q, its cash change slipped: three rows, two agree, the third a digit off.
  const slipped = fl107(table('329%', '441%'));
  assert.equal(slipped.length, 1);
  assert.match(slipped[0].message, /329%/);
  assert.equal(slipped[0].severity, 'error');
  // An odd row no slip explains (another base, a restated year) leaves a column this short unread.
  assert.deepEqual(fl107(table('180%', '441%')), []);
});
