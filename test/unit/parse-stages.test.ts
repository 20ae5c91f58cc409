/**
 * The parser's stages one by one, on a few inline lines each: body extent and marks, header,
 * title, scale, label boundary, rows, footnotes and continued tables. Whole filings test them
 * together (parse.test.ts, the fixtures, the corpus); these say what each stage decides alone.
 */
import { test } from 'node:test';
import { rollForwardsOf } from '../../server/src/core/facts/rollForwards';
import * as assert from 'node:assert/strict';
import { toPlain } from '../../server/src/core';
import { classify, isPageMarker, KeptViews, splitLines, type LineInfo } from '../../server/src/core/parse/lines';
import { LineAccess } from '../../server/src/core/parse/doc';
import { bodyEnd, isTotalLabel, scanBody } from '../../server/src/core/parse/body';
import { findHeader, findScale, findTitle, splitTitleRefs } from '../../server/src/core/parse/header';
import { buildTable } from '../../server/src/core/parse/table';
import { findFootnotes } from '../../server/src/core/parse/footnotes';
import { labelBoundary, occupiedRuns } from '../../server/src/core/parse/columns';
import { parseFiling } from '../../server/src/core/parse';
import { LOANS_BY_STATE_ACROSS_A_PAGE } from '../support/continued';

/** The lines of `text`, each classified, as a page's parse sees them. */
function access(text: string): LineAccess {
  const lines = splitLines(text);
  const infos: LineInfo[] = new Array(lines.length);
  const doc = new LineAccess(lines, infos, KeptViews.of(lines.length), new Uint8Array(lines.length));
  for (let i = 0; i < lines.length; i++) infos[i] = classify(lines[i], doc, i);
  return doc;
}

/** Line numbers in the inline tables below are 0-based, as in the model. */
const POOL = [
  '                     Occupancy Types(1)(2)', // 0
  '', // 1
  '---------------------------------------------------------------', // 2
  '                          Number of     Aggregate      Percent of', // 3
  'Occupancy                   Loans        Balance         Balance', // 4
  '---------------------------------------------------------------', // 5
  'Primary                       40      $ 9,000.00         90.00%', // 6
  'Investor                       8        1,000.00         10.00', // 7
  '                          -------------------------------------', // 8
  '                              48      $10,000.00        100.00%', // 9
  '', // 10
  '(1) As of the cut-off date, by principal balance.', // 11
  "(2) Based on the borrower's statement.", // 12
  '', // 13
  'The text goes on in prose after the table, as filings do.', // 14
].join('\n');

test('body: the extent runs from the first numeric line to the total row', () => {
  const doc = access(POOL);
  assert.equal(bodyEnd(doc, 6), 9);
});

test('body: two blank lines are allowed inside a body, a third ends it', () => {
  const doc = access(['Alpha    10', 'Beta     20', '', '', 'Gamma    30', '', '', '', 'Delta    40'].join('\n'));
  assert.equal(bodyEnd(doc, 0), 4);
});

test('body: a wrapped label line inside the body does not end it', () => {
  const doc = access(
    ['Cash and cash          10', 'Receivables from', '  affiliates           20', 'Other                  30'].join(
      '\n',
    ),
  );
  assert.equal(bodyEnd(doc, 0), 3);
});

test('body: a TOTALS row a dozen blank lines under the rows still belongs to them', () => {
  const lines = [
    'Class A     100.00',
    'Class B      50.00',
    ...new Array(12).fill(''),
    '------------------',
    'TOTALS      150.00',
  ];
  assert.equal(bodyEnd(access(lines.join('\n')), 0), 15);
});

test('body marks: a row under a rule is a total, and so is a `Total` row right under its parts', () => {
  const doc = access(POOL);
  const marks = scanBody(doc, 6, 9);
  assert.deepEqual([...marks.totalish], [9]);
  assert.deepEqual(
    marks.rules.map((r) => r.line),
    [8],
  );
  const labelled = access(['Cash          10', 'Receivables   20', 'Total assets  30'].join('\n'));
  assert.deepEqual([...scanBody(labelled, 0, 2).totalish], [2]);
});

test('body marks: a `Total` row after a blank line leads the rows below it, it does not add those above', () => {
  const doc = access(
    ['Cash          10', 'Other         20', '', 'Total Retail Sales-   30', 'Stores        30'].join('\n'),
  );
  assert.deepEqual([...scanBody(doc, 0, 4).totalish], []);
});

test('total labels: Total, TOTALS, Grand total, Subtotal and Sub-total; not a word that starts with total', () => {
  for (const label of ['Total', 'TOTALS', 'Total assets', 'Grand total', 'Subtotal', 'Sub-total']) {
    assert.ok(isTotalLabel(label), label);
  }
  for (const label of ['Totally owned', 'Net total', 'Subsidiaries']) assert.ok(!isTotalLabel(label), label);
});

test('header: the lines between the top rule and the header rule, with the top at the rule', () => {
  const doc = access(POOL);
  assert.deepEqual(findHeader(doc, 6, 0), { lines: [3, 4], top: 2 });
});

test('header: EDGAR column markup (<S> <C>) between header and body is passed over', () => {
  const doc = access(
    [
      '                    1999      1998',
      '<S>                 <C>       <C>',
      'Cash                 10         9',
      'Other                20        19',
    ].join('\n'),
  );
  assert.deepEqual(findHeader(doc, 2, 0).lines, [0]);
});

test('header: a blank line between the headings and their rule inside <CAPTION> is passed over (SanDisk 1999)', () => {
  const lines = [
    '<TABLE>', // 0
    '<CAPTION>', // 1
    '                                 Number         Weighted', // 2
    '                            Outstanding          Average', // 3
    '     Range of                     as of         Exercise', // 4
    '     Exercise Prices    December 31, 1999          Price', // 5
    '', // 6
    '- --------------------  -----------------  -------------', // 7
    '<S>                     <C>                <C>', // 8
    '$ 0.075 - $ 5.000               3,158,873        $3.6738', // 9
    '$ 5.094 - $ 6.375               2,568,148        $6.1155', // 10
  ];
  assert.deepEqual(findHeader(access(lines.join('\n')), 9, 0), { lines: [2, 3, 4, 5], top: 2 });
  // Under a unit note between the rule and <S>, too.
  const noted = [...lines.slice(0, 8), '                      (Shares in thousands)', ...lines.slice(8)];
  assert.deepEqual(findHeader(access(noted.join('\n')), 10, 0).lines, [2, 3, 4, 5, 8]);
  // Without the caption's tag above, a blank line still ends the header: the lines above may be prose.
  const bare = lines.filter((_, i) => i !== 1);
  assert.deepEqual(findHeader(access(bare.join('\n')), 8, 0).lines, []);
});

test('title: the line above the header, past blank lines; a unit note in parentheses is passed over', () => {
  const doc = access(POOL);
  assert.equal(findTitle(doc, 2, 0), 0);
  const noted = access(
    [
      'Balance Sheets',
      '(In thousands)',
      '',
      '            1999    1998',
      'Cash          10       9',
      'Other         20      19',
    ].join('\n'),
  );
  assert.equal(findTitle(noted, 3, 0), 0);
});

test('title: footnote references are peeled off its end, one at a time', () => {
  assert.deepEqual(splitTitleRefs('Occupancy Types(1)(2)'), { title: 'Occupancy Types', refs: ['(1)', '(2)'] });
  assert.deepEqual(splitTitleRefs('Mortgage Rates *'), { title: 'Mortgage Rates', refs: ['*'] });
  assert.deepEqual(splitTitleRefs('Selected Data{1}'), { title: 'Selected Data', refs: ['{1}'] });
  assert.deepEqual(splitTitleRefs('Year 1999'), { title: 'Year 1999', refs: [] });
});

test('scale: `(in thousands)` up to three lines above the title sets exponent 3', () => {
  const doc = access(['(Dollars in thousands)', '', 'Balance Sheets', '', 'Cash   10', 'Other  20'].join('\n'));
  assert.deepEqual(findScale(doc, 2, 4), { exponent: 3, line: 0, text: 'in thousands' });
  assert.equal(findScale(access(['Balance Sheets', 'Cash   10'].join('\n')), 0, 1), null);
});

test('label boundary: a numeric label column (rates) stays a label when a total row has no number there', () => {
  const doc = access(
    ['   6.375      50    21,431.00', '   6.500      30    11,000.00', '             80    32,431.00'].join('\n'),
  );
  const chunks = [0, 1, 2].map((l) => doc.infos[l].chunks);
  const runs = occupiedRuns(chunks, true);
  assert.equal(runs.length, 3);
  assert.equal(labelBoundary(runs, chunks, [chunks[2]]), 1);
});

test('label boundary: with text labels, the first numeric column is the first data column', () => {
  const doc = access(['Cash        10     9', 'Other       20    19'].join('\n'));
  const chunks = [0, 1].map((l) => doc.infos[l].chunks);
  assert.equal(labelBoundary(occupiedRuns(chunks, true), chunks, []), 0);
});

test('table: the recipe puts it together: title, header, columns, rows, total and footnotes', () => {
  const doc = access(POOL);
  const table = buildTable(doc, 6, 9, 0, 0, 1)!;
  assert.equal(table.title, 'Occupancy Types');
  assert.deepEqual(table.titleRefs, ['(1)', '(2)']);
  assert.deepEqual(
    table.columns.map((c) => c.kind),
    ['label', 'count', 'amount', 'percent'],
  );
  assert.deepEqual(
    table.rows.map((r) => [r.kind, r.label]),
    [
      ['body', 'Primary'],
      ['body', 'Investor'],
      ['total', ''],
    ],
  );
  assert.equal(toPlain(table.rows[2].cells[2]!.value!), '10000.00');
  assert.deepEqual(
    table.footnotes.map((f) => f.marker),
    ['(1)', '(2)'],
  );
  assert.equal(table.endLine, 12);
});

test('table: a lone numeric line in prose is no table', () => {
  const doc = access(['In 1999 the company had 40 stores.', '', 'More prose follows.'].join('\n'));
  assert.equal(buildTable(doc, 0, 0, 0, 0, 1), null);
});

test('footnotes: marked paragraphs under a table, continuation lines joined, up to two blank lines between them', () => {
  const doc = access(
    [
      '----------',
      '(1) The first note says what the table leaves out,',
      '    and goes on here.',
      '',
      '(a) The second note is one line long, as most are.',
      '',
      '',
      '',
      '(b) The third is too far below to belong to the table.',
    ].join('\n'),
  );
  const notes = findFootnotes(doc, 0);
  assert.deepEqual(
    notes.map((n) => [n.marker, n.text, n.startLine, n.endLine]),
    [
      ['(1)', 'The first note says what the table leaves out, and goes on here.', 1, 2],
      ['(a)', 'The second note is one line long, as most are.', 4, 4],
    ],
  );
});

test('continued tables: a table with no total broken by <PAGE> joins the part below with the same columns', () => {
  const model = parseFiling(LOANS_BY_STATE_ACROSS_A_PAGE.join('\n'));
  assert.equal(model.tables.length, 1);
  const table = model.tables[0];
  assert.deepEqual(
    table.rows.map((r) => r.label),
    ['California', 'Texas', 'Nevada', 'Oregon', ''],
  );
  assert.ok(table.continuedFrom);
  assert.deepEqual(
    model.pages.map((p) => [p.from, p.to, p.tables.length]),
    [
      [0, 5, 1],
      [5, 10, 1],
    ],
  );
});

test('continued tables: not joined when the part below is led in by a sentence or heads its columns otherwise', () => {
  const above = [
    'Loans by State',
    '',
    '                   Number      Balance',
    '                   ------      -------',
    'California            10     1,000.00',
    'Texas                  5       500.00',
    '<PAGE>',
  ];
  const rows = ['Nevada                 2       200.00', 'Oregon                 3       300.00'];
  const repeated = ['                   Number      Balance', '                   ------      -------'];
  const joined = parseFiling([...above, ...repeated, ...rows].join('\n'));
  assert.equal(joined.tables.length, 1, 'the same headings repeated on the next page');
  const ledIn = parseFiling([...above, 'Loans by servicer are as follows:', '', ...repeated, ...rows].join('\n'));
  assert.equal(ledIn.tables.length, 2, 'a sentence leads into a new table');
  const other = ['                   Count       Amount', '                   -----       ------'];
  const headed = parseFiling([...above, ...other, ...rows].join('\n'));
  assert.equal(headed.tables.length, 2, 'columns headed otherwise');
});

test('continued tables: a roll-forward cut at the page joins the rest of its block on the next', () => {
  // Seagate's 1997 options: a year's balance (a total) above, the next year's grants the last row.
  const above = [
    '                                                                 Number             Weighted Average',
    '                                                                of Shares            Exercise Price',
    '- --------------------------------------------------------------------------------------------------------',
    'Balance July 1, 1994                                               25,595,748                     $10.03',
    'Granted                                                             6,803,274                     $13.72',
    'Exercised                                                          (7,440,738)                    $ 6.80',
    'Canceled                                                           (3,590,654)                    $15.27',
    '                                                                   ----------',
    'Balance June 30, 1995                                              21,367,630                     $11.45',
    'Granted                                                            11,057,982                     $22.30',
    '',
    '                                       24',
    '<PAGE>',
  ];
  const rest = [
    'Exercised                                                          (6,168,230)                    $ 8.71',
    'Canceled                                                           (3,257,684)                    $14.27',
    '                                                                   ----------',
    'Balance June 28, 1996                                              22,999,698                     $16.91',
  ];
  const model = parseFiling([...above, ...rest].join('\n'));
  assert.equal(model.tables.length, 1);
  assert.equal(rollForwardsOf(model.tables[0]).ties.filter((t) => t.ok).length, 2);
  // Ending on its balance, the part above is whole where the next page opens with a balance of its
  // own: that is another table.
  const whole = parseFiling([...above.slice(0, 9), '', '<PAGE>', above[8], ...rest].join('\n'));
  assert.equal(whole.tables.length, 2);
  // But where the next page's rows are a block's movements with no opening balance of their own,
  // then its closing one (Seagate's 1996 restructuring reserves, headed again), the balance above
  // opens them.
  const opened = parseFiling([...above.slice(0, 9), '', '<PAGE>', ...above.slice(0, 3), above[9], ...rest].join('\n'));
  assert.equal(opened.tables.length, 1);
  assert.equal(rollForwardsOf(opened.tables[0]).ties.filter((t) => t.ok).length, 2);
});

test('page markers: <PAGE> with leading blanks, in any case; not a mention of one in prose', () => {
  assert.ok(isPageMarker('<PAGE>'));
  assert.ok(isPageMarker('   <page>   '));
  assert.ok(!isPageMarker('see <PAGE> above'));
  assert.ok(!isPageMarker('<PAG'));
});

test('cells: a price with its fraction one space on (`48 7/8`) is one figure, of exact value', () => {
  const doc = access('First Quarter        48 7/8      45 1/2       1/4');
  const numbers = doc.infos[0].chunks.filter((c) => c.number);
  assert.deepEqual(
    numbers.map((c) => [c.text, toPlain(c.number!.value)]),
    [
      ['48 7/8', '48.875'],
      ['45 1/2', '45.5'],
      ['1/4', '0.25'],
    ],
  );
});

test('cells: a footnote marker glued to a figure is kept apart from its value and its edge', () => {
  const doc = access(
    [
      'Operating income     1,311{2}      (602){3}     1,250(5)',
      'Other                  165         (419)         63(7)(8)',
    ].join('\n'),
  );
  const table = buildTable(doc, 0, 1, 0, 0, 1)!;
  const [first, second] = table.rows;
  assert.deepEqual(
    first.cells.slice(1).map((c) => [toPlain(c!.value!), c!.marker]),
    [
      ['1311', '{2}'],
      ['-602', '{3}'],
      ['1250', '(5)'],
    ],
  );
  // The digits' edge: `(602){3}` ends its digits where `(419)` does.
  assert.equal(first.cells[2]!.edge, second.cells[2]!.edge);
  assert.equal(second.cells[3]!.marker, '(7)(8)');
});

test('header: a row of years with footnote markers is a heading, not a row', () => {
  const doc = access(
    [
      '                     1999(a)       1998',
      'Cash                   10           9',
      'Other                  20          19',
    ].join('\n'),
  );
  assert.deepEqual(findHeader(doc, 1, 0).lines, [0]);
});

test('a justified sentence is prose, its words spread before its first figure or run on after one', () => {
  const doc = access(
    [
      'Reference  is  made  to  Note  2 Acquisitions  and  Divestitures,  Note  7',
      'During  1997,  the  Company  issued  55,125  shares of  common  stock for no',
      'Average common shares outstanding - Basic  1,984  1,987  1,992',
      'Income  taxes  paid  1,234  1,456',
    ].join('\n'),
  );
  assert.equal(doc.infos[0].kind, 'prose');
  assert.equal(doc.infos[1].kind, 'prose');
  // A row whose label keeps its words together, and a short row whose label is spread: rows.
  assert.equal(doc.infos[2].kind, 'numeric');
  assert.equal(doc.infos[3].kind, 'numeric');
});

test('underlines two characters wide under two columns or more are a rule; one, a nil row, or armour is not', () => {
  const doc = access(
    [
      '                                                        --            --',
      '                                            ==        ==            ==',
      '                                                        --',
      'Maturities one to three years...........    --        --            --',
      '- --------------------------------------',
      '- --',
      '  -  -  -',
    ].join('\n'),
  );
  assert.equal(doc.infos[0].kind, 'rule');
  assert.equal(doc.infos[0].ruleChar, '-');
  assert.equal(doc.infos[1].kind, 'rule');
  assert.equal(doc.infos[1].ruleChar, '=');
  // One column's underline alone may be a nil cell as well: left as it was read.
  assert.notEqual(doc.infos[2].kind, 'rule');
  assert.notEqual(doc.infos[3].kind, 'rule');
  assert.equal(doc.infos[4].kind, 'rule');
  assert.notEqual(doc.infos[5].kind, 'rule');
  assert.notEqual(doc.infos[6].kind, 'rule');
});

test("an address's last line is text: its ZIP code is no figure; a row whose label has a comma is still a row", () => {
  const doc = access(
    [
      'New York,  NY  10281',
      'Cupertino, California                            95014',
      'Washington, D.C.  20549',
      'Atlanta, Georgia  30313      1,234',
      'Net sales, US    12345',
      'Revenues, net                                    95014',
    ].join('\n'),
  );
  // A figure besides the code, a country that is no state, a label with a comma: rows.
  assert.deepEqual(
    doc.infos.slice(0, 6).map((i) => i.kind),
    ['text', 'text', 'text', 'numeric', 'numeric', 'numeric'],
  );
});

test("a few rows with a tab among rows typed with spaces are read at the stops that set their figures on the others' edges", () => {
  const rowsOf = (lines: string[]) =>
    parseFiling(lines.join('\n')).tables[0].rows.map((r) => r.cells.slice(1).map((c) => c?.text.trim() ?? ''));
  const spaced = [
    'Business Segment Net Revenues        1998      1997          1998      1997',
    '                                  -------   -------       -------   -------',
    'Trade.......................... $ 1,707   $ 2,053       $ 3,523   $ 3,913',
    'Intersegment...................       5         6            10        14',
    '                                  -------   -------       -------   -------',
    '                                   1,712     2,059         3,533     3,927',
  ];
  // Texas Instruments' row: the tab takes no room (at eight-column stops, 487 falls under 1997).
  const tabbed = [...spaced, 'Materials......................     245\t       250           487       482'];
  assert.deepEqual(rowsOf(tabbed).at(-1), ['245', '250', '487', '482']);
  // A tab a filer set at stops one column apart (Motorola's `$ 7,023   <tab>$14,745`).
  const oneColumn = [...spaced, 'Net sales......................   $ 245   $   250   \t$   487     $ 482'];
  assert.deepEqual(rowsOf(oneColumn).at(-1), ['$ 245', '$   250', '$   487', '$ 482']);
  // One figure after the tab is too few to tell the filer's stops (stops five columns apart would
  // set it on its column's edge, 73): it is measured at eight-column stops, where it ends at 72.
  const one = [...spaced, 'Materials......................     245       250           487\t     482'];
  const last = parseFiling(one.join('\n')).tables[0].rows.at(-1)!;
  assert.equal(last.cells.find((c) => c?.text.trim() === '482')?.display.end, 72);
});

test("a footnote's mark typed a space after a heading's year marks the year: the line heads the columns", () => {
  const table = (years: string) =>
    parseFiling(
      [
        '                                                             June 30     Dec. 31',
        `                                                              ${years}`,
        '- --------------------------------------------------------------------------------',
        '  Cash and short-term investments                           $17,236     $17,843',
        '  Accounts receivable                                         2,245       3,284',
        '  Other                                                         752         893',
      ].join('\n'),
    ).tables[0];
  const marked = table('1999      1999 (1)');
  assert.deepEqual(marked.headerLines, [0, 1]);
  assert.deepEqual(
    marked.columns.slice(1).map((c) => c.header),
    ['June 30 1999', 'Dec. 31 1999 (1)'],
  );
  assert.equal(marked.rows.length, 3);
  // A figure after a year, two spaces apart, is a figure: the line is a row of data, not a heading.
  assert.deepEqual(table('1999      1999  (1)').headerLines, [0]);
});
