/**
 * Slips that another reading of the table read away, found by the corpus's mutation run (one digit
 * changed, two transposed, in a total's rows where a single reading holds): the first row under the
 * column headings' rule taken for a total, rows dropped or taken off that foot within the rounding,
 * a difference equal to the first rows read only because the slip made it so, and a fund's table
 * taken for an index of pages by its title (or a column of amounts for item numbers by its header).
 * Each table is cut
 * from a real filing of the project corpus, pristine (no finding) and with the slip (reported).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze, parseFiling } from '../../server/src/core';
import { PROJECT_FILINGS, readFiling } from '../../scripts/repo';
import { errorAndWarningFindings } from '../support/analysis';

/** Lines [from, to] (1-based, as an editor numbers them) of a corpus filing (`.txt` unless named). */
function cut(file: string, from: number, to: number): string[] {
  const lines = readFiling(path.join(PROJECT_FILINGS, `${/\.html?$/.test(file) ? file : `${file}.txt`}.gz`))
    .toString('latin1')
    .split(/\r\n|\r|\n/);
  return lines.slice(from - 1, to);
}

/** The lines with `from` replaced by `to` on the line starting (after spaces) with `label`, at its `nth` match. */
function slipped(lines: string[], label: string, from: string, to: string, nth = 0): { text: string; line: number } {
  const k = lines.findIndex((l) => l.trimStart().startsWith(label));
  assert.ok(k >= 0, label);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = lines[k].indexOf(from, at + 1);
  assert.ok(at >= 0, `${from} in ${lines[k]}`);
  const changed = lines.slice();
  changed[k] = lines[k].slice(0, at) + to + lines[k].slice(at + from.length);
  return { text: changed.join('\n'), line: k };
}

/** The footing errors and warnings. */
const footingFindings = (text: string) => errorAndWarningFindings(text, 'FL101');

/** The one finding of `findings`, which must be on `line` (0-based in the cut) with `severity`. */
function onlyAt<F extends { span: { line: number }; severity: string }>(
  findings: F[],
  line: number,
  severity: string,
): F {
  assert.deepEqual(
    findings.map((f) => [f.span.line, f.severity]),
    [[line, severity]],
  );
  return findings[0];
}

/** Their lines (0-based in the cut). */
const footingLines = (text: string) => footingFindings(text).map((f) => f.span.line);

test("the first row under the headings' rule is an item, not a total of nothing above it", () => {
  // Bristol-Myers 1996: `Service cost - benefits earned during the year` under `----  ----  ----`.
  const lines = cut('10k-1996-bristol-myers-annual-report', 2884, 2898);
  const [table] = parseFiling(lines.join('\n')).tables;
  assert.equal(table.rows[0].label.trim(), 'Service cost - benefits earned during the year');
  assert.equal(table.rows[0].kind, 'body');
  assert.deepEqual(footingLines(lines.join('\n')), []);
  // 34 printed 43: the difference, 9, is also the service cost's figure, which read as a total
  // made it "a subtotal counted twice".
  const { text } = slipped(lines, 'benefit obligation', '34', '43');
  const total = text.split('\n').findIndex((l) => l.startsWith('Net postretirement benefit expense'));
  assert.deepEqual(footingLines(text), [total]);
});

test('rows dropped as a subtotal that foot only within the rounding do not read a slip away', () => {
  // Ford 1998: shares issued in millions; with 1996's conversion 23 printed 33, the 1997 employee
  // plans' 10 is 6 + 4 above it, and dropping them foots the Series A column within its rounding.
  const lines = cut('10k-1998-ford-motor-annual-report', 6022, 6048);
  assert.deepEqual(footingLines(lines.join('\n')), []);
  const { text, line } = slipped(lines, '1996 - Conversion', '23', '33');
  const finding = onlyAt(footingFindings(text), line, 'error');
  assert.match(
    finding.message,
    /^33 in "1996 - Conversion of Series A Preferred Stock" reads like a one-digit slip for 23/,
  );
});

test('the first row taken off the others, within the rounding, does not read a slip away', () => {
  // Bell Atlantic - New Jersey, second quarter 2000: special items in millions to one decimal.
  const all = cut('10q-2000-bell-atlantic-new-jersey-quarterly-report', 1, 600);
  const from = all.findIndex((l) => l.includes('The following table shows how special items'));
  const lines = all.slice(from, from + 32);
  assert.deepEqual(footingLines(lines.join('\n')), []);
  // Severance costs 6.9 printed 7.9: taking the first row (.4) off the others made 54.8 against 54.6.
  const { text } = slipped(lines, 'Bell Atlantic-GTE merger severance costs', '6.9', '7.9');
  const subtotal = text.split('\n').findIndex((l) => /^\s+54\.6\s+4\.9\s*$/.test(l));
  assert.deepEqual(footingLines(text), [subtotal]);
});

test('a difference equal to the first rows read by the slip itself is no block of the section before', () => {
  // Nvidia's tax reconciliation: 518 at the statutory rate and a carryforward of (518) in the month to
  // January 1998. With 518 printed 158, the two rows come to the difference, 360; the fiscal 2000
  // column foots with both rows, 19,658 and none, so they belong, and two slips could explain it.
  const lines = cut('10k405-2000-nvidia-annual-report', 3340, 3364);
  assert.deepEqual(footingLines(lines.join('\n')), []);
  const { text } = slipped(lines, 'statutory rate', '$518', '$158');
  const total = text.split('\n').findIndex((l) => l.trimStart().startsWith('Total income taxes'));
  const finding = onlyAt(footingFindings(text), total, 'warning');
  assert.match(
    finding.message,
    /more than one could: 158 in .* \(two digits transposed for 518\), \(518\) in "Loss carryforward"/,
  );
});

test('a table led in by its own sentence across a page break is not the rest of the one above', () => {
  // PepsiCo 1994: the domestic plans' assumptions, a page break, then "The assumptions used to compute
  // the international information above were as follows:" over the same years.
  const lines = cut('10k-1994-pepsico-annual-report', 4145, 4178);
  const tables = parseFiling(lines.join('\n')).tables;
  assert.equal(tables.length, 2);
  assert.match(tables[1].columns[0].header, /as follows/);
  assert.deepEqual(
    tables.map((t) => t.rows.filter((r) => r.kind !== 'heading').length),
    [3, 3],
  );
});

/** An HTML table's lines cut out as a document of their own, as the mutation run reads them. */
const htmlCut = (lines: string[]) => ['<html><body>', ...lines, '</body></html>'];

test('the reading that foots exactly is preferred where neither explains a failure by one slip', () => {
  // Spire's 2023 10-Q, basic EPS: net income less preferred dividends (`Less:`) less income allocated
  // to participating securities (0.1, unmarked): 91.0 - 3.7 - 0.1 = 87.2 as printed; added, it makes
  // 87.4, within the rounding. With 85.1 printed 58.1, only the exact reading names the slip.
  const lines = htmlCut(cut('10q-2023-spire-quarterly-report-document.html', 5874, 6125));
  assert.deepEqual(footingLines(lines.join('\n')), []);
  const line = lines.findIndex((l) => />85\.1</.test(l));
  const changed = lines.slice();
  changed[line] = lines[line].replace('>85.1<', '>58.1<');
  const text = changed.join('\n');
  const finding = onlyAt(footingFindings(text), line, 'error');
  assert.match(finding.message, /^58\.1 in "Net Income" reads like two digits transposed for 85\.1/);
});

test('a total is not read as its first row less the others where the rows as written hold a slip among several', () => {
  // Bridgecrest's receivables by model year: 2012's 42 printed 52. Ten more, which the count of any of
  // six years could hold, and also twice 2011's 5: `the others less 2011` foots the count column.
  const lines = htmlCut(cut('424h-2024-bridgecrest-auto-funding-prospectus-04-document.htm', 9702, 9979));
  assert.deepEqual(footingLines(lines.join('\n')), []);
  const k = lines.findIndex((l) => />2012</.test(l));
  const at = lines.findIndex((l, i) => i > k && />42&/.test(l));
  const changed = lines.slice();
  changed[at] = lines[at].replace('>42&', '>52&');
  const finding = onlyAt(footingFindings(changed.join('\n')), at, 'error');
  // The count's share of the pool, 0.14%, says which year's count is wrong.
  assert.match(finding.message, /^52 in "2012" does not tie/);
});

test("a roll-forward's difference equal to a figure of a column that ties is no figure read out of place", () => {
  // Xerox's 1998 changes in total equity: with the 1998 loss (410) printed (510), the 1998 column
  // misses by 100, which is 1997's stock options exercised; but 1997's column ties with its 100.
  const lines = cut('10q-1998-xerox-quarterly-report', 1356, 1373);
  assert.deepEqual(
    analyze(lines.join('\n')).findings.filter((f) => f.code === 'FL105'),
    [],
  );
  const { text } = slipped(lines, 'Income (loss)from continuing operations', '(410)', '(510)');
  const close = text.split('\n').findIndex((l) => l.startsWith('Balance as of June 30'));
  const finding = onlyAt(
    analyze(text).findings.filter((f) => f.code === 'FL105'),
    close,
    'warning',
  );
  assert.match(
    finding.message,
    /\(510\) in "Income \(loss\)from continuing operations" \(a one-digit slip for \(410\)\)/,
  );
});

/**
 * The one alignment finding once `figure`, on the first line starting with `label`, is moved two
 * characters left; the pristine lines have none.
 */
function movedLeft(lines: string[], label: string, figure: string) {
  const alignment = (text: string) => analyze(text).findings.filter((f) => f.code === 'FL201');
  assert.deepEqual(alignment(lines.join('\n')), []);
  const k = lines.findIndex((l) => l.startsWith(label));
  const changed = lines.slice();
  changed[k] = lines[k].replace(`  ${figure}`, `${figure}  `);
  return onlyAt(alignment(changed.join('\n')), k, 'warning');
}

test('a fund named for an index is no table of contents: a figure moved off its column is reported', () => {
  // TRW's 1994 savings plan statements: the `Bond Index Fund` table's figures are amounts, set in
  // columns. Its title once made it read as an index (of pages), whose numbers are not checked.
  const lines = cut('10k405-1994-trw-annual-report-document', 6293, 6325);
  assert.match(lines.join('\n'), /Bond Index Fund/);
  const finding = movedLeft(lines, 'Contributions from participants', '2,076,882');
  assert.match(finding.message, /^2,076,882 is 2 characters left of its column/);
});

test('a header that names items of figures is no column of item numbers', () => {
  // IBM's 1998 gains and losses not affecting retained earnings: `Foreign Currency Items (Net of Tax)`
  // heads amounts. Its `Items` once made it read as item numbers, whose column is not measured.
  const lines = cut('10k-1998-ibm-annual-report', 3594, 3609);
  const finding = movedLeft(lines, 'Change for period', '(635)');
  assert.match(finding.message, /^\(635\) is 2 characters left of its column: the numbers of "Foreign Currency Items/);
});

test("a year's figure that lost its decimal point in a row of years is reported, with the point put back", () => {
  // McDonald's 1996 10-K, the eleven-year summary: 1987 net income per share printed `72 *`.
  const lines = cut('10k-1996-mcdonalds-annual-report', 505, 570);
  const k = lines.findIndex((l) => l.trimStart().startsWith('Net income') && l.includes('2.21'));
  const findings = analyze(lines.join('\n')).findings.filter((f) => f.code === 'FL202');
  const finding = onlyAt(findings, k, 'warning');
  assert.equal(lines[k].slice(finding.span.start, finding.span.end), '72');
  assert.match(finding.message, /^72 in "Net income" reads like \.72 with its decimal point lost/);
  assert.deepEqual(
    finding.fix?.edits.map((e) => lines[k].slice(0, e.span.start) + e.newText + lines[k].slice(e.span.end)),
    [lines[k].replace('       72 *', '      .72 *')],
  );
  // Written whole where the row's places fit it (`1` among `.75`), a figure is the filer's way.
  const whole = lines.slice();
  whole[k] = lines[k].replace('       72 *', '        1 *');
  assert.deepEqual(
    analyze(whole.join('\n')).findings.filter((f) => f.code === 'FL202'),
    [],
  );
});

/** Sales by product in millions, a column of whole figures written with commas. */
function salesByProduct(first: string, second: string): string {
  return [
    '                                              1999     1998     1997',
    '                                             ------   ------   ------',
    ` PRAVACHOL*                                  $1,704    $1,643   ${first.padStart(6)}`,
    ' TAXOL*                                       1,481     1,206      941',
    ' GLUCOPHAGE                                   1,317       862      579',
    ' BUSPAR*                                        605       531      443',
    ' Hair care                                    1,250     1,179      794',
    ` Infant formulas                              1,233     1,203    ${first === '$1,437' ? '1,219' : second}`,
    ' Orthopaedic implants                           665       596      615',
  ].join('\n');
}

test('two points typed for commas in one column of whole figures are each reported; prices in eighths are not', () => {
  const points = analyze(salesByProduct('$1.437', '1.219')).findings.filter((f) => f.code === 'FL202');
  assert.deepEqual(
    points.map((f) => f.fix?.title),
    ['Change 1.437 to 1,437', 'Change 1.219 to 1,219'],
  );
  assert.deepEqual(
    analyze(salesByProduct('$1,437', '1,219')).findings.filter((f) => f.code === 'FL202'),
    [],
  );
  const grants = [
    '                       Options     Percent of    Exercise',
    'Name                   Granted     Total (%)     Price ($/Sh)',
    'Fred D. Anderson       100,000       1.5          $34.625     1,234,567    3,456,789',
    'Timothy D. Cook        200,000       3.0          $34.625     2,469,134    6,913,578',
    'Mitchell Mandich       150,000       2.3          $34.625     1,851,850    5,185,183',
  ].join('\n');
  assert.deepEqual(
    analyze(grants).findings.filter((f) => f.code === 'FL202'),
    [],
  );
});
