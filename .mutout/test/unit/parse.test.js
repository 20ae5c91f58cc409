"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/** The table model of the sample filing: its nine pool tables, exactly. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const fixtures_1 = require("../support/fixtures");
const paths_1 = require("../support/paths");
const model = (0, core_1.parseFiling)((0, paths_1.readSample)());
const EXPECTED = [
    { title: 'State Distribution of Mortgaged Properties', body: 10, refs: ['(1)'] },
    { title: 'Documentation Program for Mortgage Loans', body: 6, refs: [] },
    { title: 'Types of Mortgaged Properties', body: 5, refs: [] },
    { title: 'Mortgage Rates', body: 29, refs: ['(1)'] },
    { title: 'Purpose of Mortgage Loans', body: 3, refs: [] },
    { title: 'Original Loan-to-Value Ratios', body: 11, refs: ['(1)', '(2)'] },
    { title: 'Occupancy Types', body: 3, refs: ['(1)'] },
    { title: 'Current Mortgage Loan Principal Balances', body: 15, refs: ['(1)'] },
    { title: 'Remaining Terms to Maturity', body: 15, refs: ['(1)'] },
];
(0, node_test_1.test)('the sample yields exactly its nine tables, with their titles', () => {
    assert.deepEqual(model.tables.map((t) => t.title), EXPECTED.map((e) => e.title));
});
(0, node_test_1.test)('each table has label, count, amount and percent columns and one total row', () => {
    model.tables.forEach((t, i) => {
        const e = EXPECTED[i];
        assert.deepEqual(t.columns.map((c) => c.kind), ['label', 'count', 'amount', 'percent'], t.title);
        assert.equal(t.rows.filter((r) => r.kind === 'body').length, e.body, `${t.title} body rows`);
        const totals = t.rows.filter((r) => r.kind === 'total');
        assert.equal(totals.length, 1, `${t.title} total rows`);
        const total = totals[0];
        assert.equal(total, t.rows[t.rows.length - 1], 'the total is the last row');
        assert.equal((0, core_1.toPlain)(total.cells[1].value), '553');
        assert.equal((0, core_1.toPlain)(total.cells[2].value), '225112214.21');
        assert.equal((0, core_1.toPlain)(total.cells[3].value), '100.00');
        assert.deepEqual(t.titleRefs, e.refs, `${t.title} footnote refs`);
        assert.match(t.columns[1].header, /Number of Mortgage Loans/);
        assert.match(t.columns[2].header, /Aggregate Principal Balance Outstanding/);
    });
});
(0, node_test_1.test)('the wrapped label "Stated Income/ Stated Asset" is one row of two lines', () => {
    const t = model.tables[1];
    const row = t.rows.find((r) => r.label === 'Stated Income/Stated Asset');
    assert.ok(row, t.rows.map((r) => r.label).join(' | '));
    assert.equal(row.lines.length, 2);
    assert.equal(model.lines[row.lines[0]].trim(), 'Stated Income/');
    assert.equal((0, core_1.toPlain)(row.cells[1].value), '27');
    assert.equal((0, core_1.toPlain)(row.cells[2].value), '9560788.91');
});
(0, node_test_1.test)('numeric and range labels stay labels', () => {
    const rates = model.tables[3];
    assert.equal(rates.rows[0].label, '5.750');
    assert.equal(rates.rows[0].cells[1]?.text, '1');
    const ltv = model.tables[5];
    assert.deepEqual(ltv.rows.slice(0, 2).map((r) => r.label), ['50.00 and Below', '50.01 to 55.00']);
    assert.match(ltv.columns[0].header, /Range of Original Loan-to Value Ratios/);
    const balances = model.tables[7];
    assert.equal(balances.rows[12].label, '$750,001- $1,000,000');
    const terms = model.tables[8];
    assert.equal(terms.rows[0].label, '360');
});
(0, node_test_1.test)('footnotes attach to the table above them', () => {
    const rates = model.tables[3];
    assert.equal(rates.footnotes.length, 1);
    assert.match(rates.footnotes[0].text, /approximately 6\.973% per annum/);
    assert.equal(model.tables[5].footnotes.length, 2);
    assert.equal(model.tables[1].footnotes.length, 0);
});
(0, node_test_1.test)('a <PAGE> marker in an encoded binary still ends its page: a footnote above the binary stops there', () => {
    // `begin 644` typed under the first line of a footnote opens an encoded binary that runs to the
    // end of the filing. The marker below it still cuts the page, and the parse of the page above,
    // which reads one line past its end, must not follow the footnote beyond it (it threw there).
    const note = model.tables[3].footnotes[0].startLine;
    const lines = (0, paths_1.readSample)().split('\n');
    lines.splice(note + 1, 0, 'begin 644 x.jpg');
    const marker = lines.findIndex((l, i) => i > note && /^<PAGE>/i.test(l));
    assert.ok(marker > note + 1, 'a marker below the binary');
    const { model: edited, failures } = (0, core_1.analyze)(lines.join('\n'));
    assert.deepEqual(failures, []);
    const rates = edited.tables.find((t) => t.footnotes.some((f) => f.startLine === note));
    assert.ok(rates, 'the table keeps its footnote');
    for (const f of rates.footnotes) {
        assert.ok(f.endLine < marker, `footnote ends at ${f.endLine}, the marker is at ${marker}`);
    }
});
(0, node_test_1.test)('a <PAGE> marker on a line too long for a table still ends its page: the footnote above stops there', () => {
    const note = model.tables[3].footnotes[0];
    const lines = (0, paths_1.readSample)().split('\n');
    const marker = lines.findIndex((l, i) => i > note.endLine && /^<PAGE>/i.test(l));
    lines[marker] = `<PAGE>${' '.repeat(500)}x`;
    // The footnote runs on to the marker: no blank line between them.
    lines.splice(note.endLine + 1, marker - note.endLine - 1);
    const { model: edited, failures } = (0, core_1.analyze)(lines.join('\n'));
    assert.deepEqual(failures, []);
    const rates = edited.tables.find((t) => t.footnotes.some((f) => f.startLine === note.startLine));
    assert.ok(rates, 'the table keeps its footnote');
    assert.equal(rates.footnotes[rates.footnotes.length - 1].endLine, note.endLine);
});
(0, node_test_1.test)('cell spans point at the digits', () => {
    const t = model.tables[0];
    const cell = t.rows[0].cells[2];
    assert.equal(model.lines[cell.span.line].slice(cell.span.start, cell.span.end), '113,346,210.62');
    const pct = t.rows[0].cells[3];
    assert.equal(model.lines[pct.span.line].slice(pct.span.start, pct.span.end), '50.35%');
});
/**
 * The sample foots, its shares are right and its totals agree. One figure is out of line: the
 * "Types of Mortgaged Properties" total `100.00%` ends one column left of the percentages above it
 * (line 165), a real misalignment in the filing as printed.
 */
const SAMPLE_FINDINGS = [{ code: 'FL201', line: 165, column: 70, text: '100.00%' }];
function pinned(text) {
    const lines = text.split(/\r\n|\r|\n/);
    return (0, core_1.analyze)(text).findings.map((f) => ({
        code: f.code,
        line: f.span.line + 1,
        column: f.span.start + 1,
        text: lines[f.span.line].slice(f.span.start, f.span.end),
    }));
}
(0, node_test_1.test)('the sample lints clean but for one real misalignment', () => {
    const { failures } = (0, core_1.analyze)((0, paths_1.readSample)());
    assert.deepEqual(failures, []);
    assert.deepEqual(pinned((0, paths_1.readSample)()), SAMPLE_FINDINGS);
});
(0, node_test_1.test)('prose, addresses and page numbers are not tables', () => {
    const m = (0, core_1.parseFiling)([
        '                   4500 Park Granada',
        '                  Calabasas, California                       91302',
        '',
        '                                      2',
        '<PAGE>',
    ].join('\n'));
    assert.equal(m.tables.length, 0);
});
/** Spaces back to tabs at 8-column stops, as some filers' tools wrote them. */
function unexpand(line) {
    let out = '';
    for (let i = 0; i < line.length; i += 8) {
        const block = line.slice(i, i + 8);
        out += block.length === 8 && / {2,}$/.test(block) ? block.replace(/ +$/, '\t') : block;
    }
    return out;
}
(0, node_test_1.test)('tabs expanded to 8-column stops give the same tables and findings', () => {
    const text = (0, paths_1.readSample)();
    const tabbed = text.split('\n').map(unexpand).join('\n');
    assert.notEqual(tabbed, text);
    assert.ok(tabbed.includes('\t'));
    const model = (0, core_1.parseFiling)(tabbed);
    assert.deepEqual(model.tables.map((t) => t.title), EXPECTED.map((e) => e.title));
    // Ranges are in characters of the tabbed text: the finding points at the same figure.
    assert.deepEqual(pinned(tabbed).map((f) => [f.code, f.line, f.text]), SAMPLE_FINDINGS.map((f) => [f.code, f.line, f.text]));
});
(0, node_test_1.test)('CRLF line ends give the same tables', () => {
    const text = (0, paths_1.readSample)();
    const crlf = (0, core_1.parseFiling)(text.replace(/\n/g, '\r\n'));
    assert.equal(crlf.tables.length, 9);
    assert.deepEqual(pinned(text.replace(/\n/g, '\r\n')), SAMPLE_FINDINGS);
});
(0, node_test_1.test)('dot leaders set a label off figures typed one space apart: the line is a row, each figure a cell', () => {
    // Citrix 1998's statement of income: no gutter of two spaces anywhere on the line.
    const text = [
        '                                                        1998     1997    1996',
        '                                                      -------- -------- -------',
        'Revenues:',
        '  Net revenues--unrelated parties.................... $216,901 $114,308 $44,527',
        '  Net revenues--stockholder..........................   31,735    9,625     --',
        '                                                      -------- -------- -------',
        '    Net revenues.....................................  248,636  123,933  44,527',
        '                                                      -------- -------- -------',
        'Net income........................................... $ 61,102 $ 41,358 $18,701',
    ].join('\n');
    const tables = (0, core_1.parseFiling)(text).tables;
    assert.equal(tables.length, 1);
    const rows = tables[0].rows.filter((r) => r.kind !== 'heading');
    assert.deepEqual(rows.map((r) => [r.label, ...r.cells.slice(1).map((c) => c?.text.trim())]), [
        ['Net revenues--unrelated parties', '$216,901', '$114,308', '$44,527'],
        ['Net revenues--stockholder', '31,735', '9,625', '--'],
        ['Net revenues', '248,636', '123,933', '44,527'],
        ['Net income', '$ 61,102', '$ 41,358', '$18,701'],
    ]);
});
(0, node_test_1.test)('a sentence with an ellipsis and a figure is still prose', () => {
    const text = [
        'The Company said that sales would grow... 12% in the coming year, as it has in each year since 1994.',
        '',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(text).tables.length, 0);
});
(0, node_test_1.test)('a figure on a line of its own left of every column, under its label: no column takes it, each is unread', () => {
    // Motorola's 1999 statement of stockholders' equity prints the dividends under their label.
    const text = [
        '                                Capital   Investments  Earnings',
        '- -------------------------------------------------------------',
        'BALANCES AT 12/31/98            $3,698    $  476        $8,254',
        'Net earnings                                               468',
        'Stock options exercised',
        ' and other                         312',
        'Dividends declared',
        '(217)',
        '- -------------------------------------------------------------',
        'BALANCES AT 10/2/99             $4,015    $  476        $8,505',
    ].join('\n');
    const [table] = (0, core_1.parseFiling)(text).tables;
    const row = table.rows.find((r) => r.label.startsWith('Dividends'));
    assert.ok(row);
    assert.equal(row.label, 'Dividends declared');
    assert.deepEqual(row.unread.map((c) => [c.column, c.text]), [
        [1, '(217)'],
        [2, '(217)'],
        [3, '(217)'],
    ]);
    // The same figure with its label on its line is a cell of the column it stands in.
    const placed = (0, core_1.parseFiling)(text.replace('Dividends declared\n(217)', 'Dividends declared                                        (217)'));
    const dividends = placed.tables[0].rows.find((r) => r.label === 'Dividends declared');
    assert.equal(dividends?.cells[3]?.text.trim(), '(217)');
    assert.equal(dividends?.unread.length, 0);
});
(0, node_test_1.test)("lines under EDGAR's <S> markup, above the first figures, are the first row's, not a heading", () => {
    const table = (first) => (0, core_1.parseFiling)([
        '<TABLE>',
        '<CAPTION>',
        '                                                    1997           1996',
        '                                                   ------         ------',
        '<S>                                                <C>            <C>',
        ...first,
        'Research and development credit...................    (3)            (1)',
        'Other.............................................    (2)             --',
        '                                                   ------         ------',
        'Provision for income taxes........................  $ 261          $ 133',
        '</TABLE>',
        '',
    ].join('\n')).tables[0];
    // A label wrapped onto the row below it.
    const wrapped = table([
        'Tax provision at the U.S. federal statutory',
        '  rate............................................  $ 266          $ 134',
    ]);
    assert.equal(wrapped.rows[0].label.replace(/\s+/g, ' '), 'Tax provision at the U.S. federal statutory rate');
    assert.equal(wrapped.columns[0].header, '');
    // A heading over its rows.
    const headed = table(['Current:', '  Federal.........................................  $ 266          $ 134']);
    assert.deepEqual(headed.rows.slice(0, 2).map((r) => [r.kind, r.label.replace(/\.+$/, '')]), [
        ['heading', 'Current:'],
        ['body', 'Federal'],
    ]);
    assert.equal(headed.columns[0].header, '');
});
(0, node_test_1.test)("a heading under the markup, a blank line between it and its rows, is the body's", () => {
    // IBM's 1998 statement of earnings (test/corpus, tuning): `Revenue:` under `<S>  <C>`, then a blank
    // line, then the segments. Before, `Revenue:` was read into the label column's heading.
    const table = (0, core_1.parseFiling)((0, fixtures_1.realFixture)('ibm-1998-income-statement-heading-under-markup')).tables[0];
    assert.equal(table.columns[0].header, 'For the year ended December 31: Notes');
    assert.deepEqual(table.rows.slice(0, 2).map((r) => `${r.kind} ${r.label}`), ['heading Revenue:', 'body Hardware segments']);
});
(0, node_test_1.test)("a first row's label wrapped over its figures under the header's rule is the row's, without the markup", () => {
    // Motorola's 1993 EPS computation (test/corpus, tuning): under `EARNINGS PER COMMON AND COMMON
    // EQUIVALENT SHARE - PRIMARY:` and its rule, `Weighted average common shares` over `outstanding`
    // and the figures. Before, the first line was the label column's heading, the row's label
    // `outstanding`.
    const text = (0, fixtures_1.realFixture)('motorola-1993-eps-label-wrapped-under-rule');
    const table = (0, core_1.parseFiling)(text).tables[0];
    assert.equal(table.columns[0].header, 'EARNINGS PER COMMON AND COMMON EQUIVALENT SHARE - PRIMARY:');
    assert.equal(table.rows[0].label.replace(/\s+/g, ' '), 'Weighted average common shares outstanding');
    assert.deepEqual(table.rows.slice(1, 4).map((r) => `${r.kind} ${r.label}`), ['heading Common equivalent shares:', 'body Stock options', 'body Zero coupon notes due 2009 and 2013']);
});
(0, node_test_1.test)('a title above <TABLE> over a period line inside it names the table', () => {
    const model = (0, core_1.parseFiling)([
        '                        CONSOLIDATED STATEMENTS OF INCOME',
        '',
        '',
        '<TABLE>',
        '<CAPTION>',
        '',
        'Years ended October 31, 1998, November 1, 1997 and November 2, 1996',
        '(thousands except per share amounts)                      1998            1997',
        '=================================================================================',
        '<S>                                                    <C>             <C>',
        'Net sales...........................................   $ 1,230,571    $ 1,243,494',
        'Cost of sales.......................................       642,085        622,531',
        '                                                       -----------    -----------',
        'Gross margin........................................       588,486        620,963',
        '</TABLE>',
        '',
    ].join('\n'));
    assert.equal(model.tables[0].title.trim(), 'CONSOLIDATED STATEMENTS OF INCOME');
});
(0, node_test_1.test)('a title and its filer two blank lines above a period heading name the table', () => {
    const model = (0, core_1.parseFiling)([
        'Consolidated Balance Sheet',
        'Pfizer Inc and Subsidiary Companies',
        '',
        '',
        '                                                     December 31',
        '- ----------------------------------------------------------------------------',
        '     (millions of dollars)                   1995         1994         1993',
        '- ----------------------------------------------------------------------------',
        '     Cash and cash equivalents              $403.3    $ 1,458.5    $   729.4',
        '     Short-term investments                1,109.0      1,000.9        952.4',
        '',
        '',
        '',
        'Years ended December 31',
        '',
        '',
        '                                              1995         1994         1993',
        '     Net sales                           $10,021.4     $7,977.3     $7,161.8',
        '     Cost of sales                         2,164.1      1,722.2      1,559.0',
        '',
    ].join('\n'));
    assert.equal(model.tables[0].title.trim(), 'Consolidated Balance Sheet');
    // Three blank lines part a table from the lines above it: the period line stays its title.
    assert.equal(model.tables[1].title.trim(), 'Years ended December 31');
});
(0, node_test_1.test)('a title set off by a blank line over a row of periods starts a table, with or without an underline', () => {
    // Xerox's 2000 8-K (corpus, lines 215-240): the balance sheet's last rows, a rule, then the cash
    // flow statement's name and its period row, not underlined. Read as one, the statement's rows
    // were the balance sheet's.
    const xerox = (0, core_1.parseFiling)([
        'Preferred stock                                   659              669',
        "Common shareholders' equity                     4,051            4,911",
        '',
        'Total Liabilities and Equity                 $ 29,283        $  28,883',
        '',
        'Shares of common stock issued and',
        '  outstanding                                 667,005          665,156',
        '',
        '- ---------------------------------------------------------------------------',
        '',
        '                                  Xerox Corporation',
        '                 Consolidated Statements of Cash Flows (Unaudited)',
        '',
        'Nine months ended September 30  (In millions)           2000          1999',
        '',
        'Cash Flows from Operating Activities',
        'Net Income (Loss)                                     $ (265)       $1,130',
        'Adjustments required to reconcile income to cash',
        ' flows from operating activities:',
        '  Depreciation and amortization                          824           659',
        '  Provisions for doubtful accounts                       316           205',
        '  Restructuring and other charges                        623             -',
        '  Mexico provision                                       170             -',
        "  Gain on affiliate's sale of stock                      (21)            -",
        '  Gain on divestitures                                   (63)            -',
        '  Purchased in-process research and development           27             -',
    ].join('\n'));
    assert.equal(xerox.tables.length, 2);
    assert.match(xerox.tables[0].rows.at(-1).label, /outstanding$/);
    assert.match(xerox.tables[1].title, /Cash Flows/);
    assert.ok(xerox.tables[1].rows.some((r) => r.label === 'Depreciation and amortization'));
    // Kodak's 1997 10-K (corpus, lines 1610-1630): note 7's title, then `(in millions)   1997   1996`.
    const kodak = (0, core_1.parseFiling)([
        '  Buildings and building equipment           2,693        2,788',
        '  Machinery and equipment                    9,062        8,996',
        '  Construction in progress                     884          608',
        '                                           -------      -------',
        '                                            12,824       12,585',
        '  Accumulated depreciation                  (7,315)      (7,163)',
        '                                           -------      -------',
        '    Net properties                         $ 5,509      $ 5,422',
        '                                           =======      =======',
        '- - ------------------------------------------------------------------------------',
        '',
        'NOTE 7:  PAYABLES AND SHORT-TERM BORROWINGS',
        '(in millions)                                 1997         1996',
        '',
        'Trade creditors                             $  943       $  966',
        'Accrued advertising and promotional',
        ' expenses                                      322          279',
        'Accrued vacation                               261          271',
        'Wage dividend and Company payments under',
        " Employees' Savings and Investment Plan         49          134",
        'Other employment-related liabilities           448          476',
    ].join('\n'));
    assert.equal(kodak.tables.length, 2);
    assert.equal(kodak.tables[0].rows.at(-1).label, 'Net properties');
    assert.equal(kodak.tables[1].rows[0].label, 'Trade creditors');
});
(0, node_test_1.test)('a row of periods after a blank line inside an untagged body starts the next table', () => {
    // Coca-Cola's 1998 10-K (corpus, lines 9580-9600): an equity investee's balance sheet figures,
    // then its income statement under its own `Year Ended December 31,  1998{1}  1997  1996`, no title.
    const model = (0, core_1.parseFiling)([
        'Current liabilities                     $  1,065       $  1,053',
        'Noncurrent liabilities                     1,552          1,552',
        '- -----------------------------------------------------------------',
        '  Total liabilities                     $  2,617       $  2,605',
        '=================================================================',
        "Share-owners' equity                    $  2,442       $  3,455",
        '=================================================================',
        'Company equity investment               $  1,255       $  1,204',
        '=================================================================',
        '',
        'Year Ended December 31,      1998{1}        1997           1996',
        '- -----------------------------------------------------------------',
        'Net operating revenues   $  2,731       $  3,290       $  2,905',
        'Cost of goods sold          1,567          1,856          1,737',
        '- -----------------------------------------------------------------',
        'Gross profit             $  1,164       $  1,434       $  1,168',
        '=================================================================',
        'Operating income         $    237       $    276       $    215',
        '=================================================================',
        'Cash operating profit{2} $    435       $    505       $    384',
        '=================================================================',
    ].join('\n'));
    assert.equal(model.tables.length, 2);
    assert.equal(model.tables[0].rows.at(-1).label, 'Company equity investment');
    assert.equal(model.tables[1].rows[0].label, 'Net operating revenues');
    assert.equal(model.tables[1].columns.length, 4);
});
(0, node_test_1.test)('a title under a rule over a row of periods starts the next table; a wrapped label over years does not', () => {
    // PepsiCo's 1997 10-K (corpus, lines 3117-3138): net sales by area, a rule, then `Segment
    // Operating Profit (Loss)(c)` over `1997   1996   1995` and the same areas again.
    const pepsico = (0, core_1.parseFiling)([
        '',
        '                                           Net Sales',
        '                                   1997       1996        1995',
        'Europe                          $ 2,327    $ 2,513     $ 2,451',
        'Canada                              941        946         889',
        'Mexico                            1,541      1,314       1,204',
        'United Kingdom                      859        810         751',
        'Other                             1,371      1,346       1,371',
        '  Total International             7,039      6,929       6,666',
        '  United States                  13,878     13,408      12,401',
        'Combined Segments               $20,917    $20,337     $19,067',
        '- ---------------------------------------------------------------------',
        '                                Segment Operating Profit (Loss)(c)',
        '                                   1997       1996        1995',
        'Europe                          $  (133)   $   (88)    $    (7)',
        'Canada                              105        116          94',
        'Mexico                              214        105         135',
        'United Kingdom                      106        159         139',
        'Other                               (50)      (342)        103',
        '  Total International               242        (50)        464',
        '  United States                   2,567      2,548       2,277',
        'Combined Segments               $ 2,809    $ 2,498     $ 2,741',
    ].join('\n'));
    assert.equal(pepsico.tables.length, 2);
    assert.equal(pepsico.tables[0].rows.at(-1).label, 'Combined Segments');
    assert.equal(pepsico.tables[1].rows[0].label, 'Europe');
    // Kodak's 1996 10-K (corpus, lines 389-410): an officer's positions wrap over lines of text, and
    // the row under them holds nothing but the two years he was elected: one table all the same.
    const kodak = (0, core_1.parseFiling)([
        '(as of December 31, 1996)',
        '                                                            Date First Elected',
        '                                                             an          to',
        '                                                          Executive    Present',
        '     Name                Age       Positions Held          Officer      Office',
        '',
        'George M. C. Fisher (a)  56   Chairman of the Board,',
        '                              President, Chief',
        '                              Executive Officer and',
        '                              Chief Operating Officer        1993        1995',
        'Joerg D. Agin            54   Senior Vice President          1996        1996',
        'Michael P. Benard        49   Vice President                 1994        1994',
        'David P. Biehn           53   Senior Vice President          1995        1995',
        'Richard T. Bourns        62   Senior Vice President          1988        1990',
        'Daniel A. Carp (b)       48   Executive Vice President and',
        '                              Assistant Chief Operating',
        '                              Officer                        1995        1995',
        'David J. FitzPatrick     42   Controller and',
        '                              Vice President                 1995        1996',
        'Carl E. Gustin, Jr.      45   Senior Vice President          1995        1995',
        'Harry L. Kavetas         59   Chief Financial Officer',
        '                              and Executive Vice President   1994        1994',
    ].join('\n'));
    assert.equal(kodak.tables.length, 1);
    assert.ok(kodak.tables[0].rows.some((r) => r.label.startsWith('Daniel A. Carp')));
});
(0, node_test_1.test)('inside <TABLE> tags, a title and a row of periods after a blank line start the next schedule', () => {
    // Motorola's amended 1998 10-K (corpus, lines 3144-3186): one pair of tags holds the long-term
    // debt note and, under `Short-term debt` and its own `December 31   1998   1997`, the short-term one.
    const model = (0, core_1.parseFiling)([
        '<TABLE>',
        '<CAPTION>',
        'December 31                                       1998       1997',
        '<S>                                            <C>        <C>',
        '7.5% debentures due 2025                         $  398     $  398',
        '6.5% debentures due 2025 (redeemable',
        "  at the holders' option in 2005)                   397        397",
        '7.6% notes due 2007                                 300        300',
        '5.8% debentures due 2008                            322         --',
        '6.5% debentures due 2008                            199        199',
        '6.5% debentures due 2028                            439         --',
        '5.22% debentures due 2097                           225        225',
        'Zero coupon notes due 2009                           24         24',
        'Zero coupon notes due 2013                           80        337',
        '8.4% debentures due 2031 (redeemable',
        "  at the holders' option in 2001)                   200        200",
        'Other long-term debt                                 57         84',
        '                                                 ------     ------',
        '                                                  2,641      2,164',
        'Less current maturities                               8         20',
        '                                                 ------     ------',
        'Long-term debt                                   $2,633     $2,144',
        '',
        '',
        'Short-term debt',
        '',
        'December 31                                       1998       1997',
        'Notes to banks                                   $  157     $  268',
        'Commercial paper                                  2,739        989',
        'Other short-term debt                                 5          5',
        '                                                 ------     ------',
        '                                                  2,901      1,262',
        'Add current maturities of long-term',
        '  debt                                                8          20',
        '                                                 ------      ------',
        'Notes payable and current portion of',
        '  long-term debt                                 $2,909      $1,282',
        '',
        'Weighted average interest rates on',
        ' short-term borrowings',
        'Commercial paper                                    5.4%        5.5%',
        'Other short-term debt                               8.0%        7.3%',
        '</TABLE>',
    ].join('\n'));
    assert.equal(model.tables.length, 2);
    assert.equal(model.tables[0].rows.at(-1).label, 'Long-term debt');
    assert.equal(model.tables[1].rows[0].label, 'Notes to banks');
});
(0, node_test_1.test)("a title's distance is counted from <TABLE>, and a title may share its line with the filer", () => {
    // Blank lines above <TABLE> and between <CAPTION> and the header, as Adobe sets its statements.
    const tagged = (above) => (0, core_1.parseFiling)([
        ...above,
        '',
        '',
        '',
        '<TABLE>',
        '<CAPTION>',
        '',
        '',
        '                                            November 25    November 26    November 27',
        '                                                   1994           1993           1992',
        '                                            -----------    -----------     ----------',
        '<S>                                         <C>             <C>            <C>',
        ' Licensing                                   $  156,652     $  146,176     $  152,701',
        ' Application products                           441,120        374,061        287,362',
        '</TABLE>',
        '',
    ].join('\n')).tables[0];
    const adobe = tagged([
        '                       CONSOLIDATED STATEMENTS OF INCOME',
        '                      (IN THOUSANDS, EXCEPT PER SHARE DATA)',
    ]);
    assert.equal(adobe.title.trim(), 'CONSOLIDATED STATEMENTS OF INCOME');
    // Past four blank lines, the end of a sentence is not taken for a title.
    assert.ok(tagged(['The following table summarizes the acquisitions the', 'Company made during 1998:']).untitled);
    const pfizer = (0, core_1.parseFiling)([
        'Consolidated Statement of Income           Pfizer Inc and Subsidiary Companies',
        '',
        '<TABLE>',
        '<CAPTION>',
        '                                                         Year ended December 31',
        '(millions, except per share data)                      1996       1995       1994',
        '<S>                                                  <C>        <C>        <C>',
        'Net sales                                            $11,306    $10,021     $7,977',
        '  Cost of sales                                        2,176      2,164      1,722',
        '</TABLE>',
        '',
    ].join('\n'));
    assert.equal(pfizer.tables[0].title, 'Consolidated Statement of Income');
});
(0, node_test_1.test)("a statement's `ASSETS` or `(unaudited)` line under its name is not its title", () => {
    const body = [
        '<TABLE>',
        '<CAPTION>',
        '                                                               JUNE 30,      DECEMBER 31,',
        '                                                                 1999            1998',
        '<S>                                                           <C>            <C>',
        'Cash and cash equivalents                                      $  92,429      $  20,098',
        'Short-term investments                                            15,372             --',
        '</TABLE>',
        '',
    ];
    const amazon = (0, core_1.parseFiling)([
        '                          CONSOLIDATED BALANCE SHEETS',
        '                     (IN THOUSANDS, EXCEPT PER SHARE DATA)',
        '',
        '                                     ASSETS',
        '',
        ...body,
    ].join('\n'));
    assert.equal(amazon.tables[0].title.trim(), 'CONSOLIDATED BALANCE SHEETS');
    const akamai = (0, core_1.parseFiling)([
        '                          CONSOLIDATED BALANCE SHEETS',
        '',
        '                (in thousands, except share and per share data)',
        '                                  (unaudited)',
        '',
        ...body,
    ].join('\n'));
    assert.equal(akamai.tables[0].title.trim(), 'CONSOLIDATED BALANCE SHEETS');
});
//# sourceMappingURL=parse.test.js.map