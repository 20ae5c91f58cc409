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
/** The HTML reader (server/src/core/parse/html/): tables of HTML documents in the one table model. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const regions_1 = require("../../server/src/core/parse/regions");
const scan_1 = require("../../server/src/core/parse/html/scan");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("../support/paths");
const decimal_1 = require("../../server/src/core/decimal");
/** A pool table as filing agents write it: `$` and `%` in cells of their own, wrappers, entities, borders. */
function poolTable(rows, total) {
    const row = ([label, count, balance, pct], first) => [
        '<TR>',
        `<TD><P><FONT SIZE="2">${label}</FONT></P></TD>`,
        '<TD>&nbsp;</TD>',
        `<TD ALIGN="right"><FONT SIZE="2">${count}</FONT></TD>`,
        `<TD><FONT SIZE="2">${first ? '$' : '&nbsp;'}</FONT></TD>`,
        `<TD ALIGN="right"><FONT SIZE="2"><ix:nonFraction name="x" unitRef="usd">${balance}</ix:nonFraction></FONT></TD>`,
        `<TD ALIGN="right"><FONT SIZE="2">${pct}</FONT></TD>`,
        `<TD><FONT SIZE="2">${first ? '%' : '&#160;'}</FONT></TD>`,
        '</TR>',
    ].join('\n');
    return [
        '<P ALIGN="center"><B>Distribution of the Receivables by State</B></P>',
        '<P ALIGN="center"><B>as of the Cutoff Date</B></P>',
        '<TABLE>',
        '<TR><TD><B>State</B></TD><TD></TD><TD><B>Number of<BR>Receivables</B></TD>',
        '<TD COLSPAN="2" STYLE="border-bottom:1px solid #000"><B>Pool Balance</B></TD>',
        '<TD COLSPAN="2"><B>Percentage of<BR>Pool Balance<SUP>(1)</SUP></B></TD></TR>',
        ...rows.map((r, k) => row(r, k === 0)),
        '<TR STYLE="font-size:1px"><TD></TD><TD></TD><TD STYLE="border-top:1px solid #000000">&nbsp;</TD><TD></TD>',
        '<TD STYLE="border-top:1px solid #000000">&nbsp;</TD><TD STYLE="border-top:1px solid #000000">&nbsp;</TD></TR>',
        row(['Total', ...total], true),
        '</TABLE>',
        '<TABLE><TR><TD>(1)</TD><TD>Percentages may not add to 100.00% due to rounding.</TD></TR></TABLE>',
    ].join('\n');
}
const ROWS = [
    ['Texas', '1,200', '12,000,000.00', '40.00'],
    ['California', '900', '9,000,000.00', '30.00'],
    ['Florida', '900', '9,000,000.00', '30.00'],
];
const TOTAL = ['3,000', '30,000,000.00', '100.00'];
function submission(...documents) {
    const head = ['<SEC-DOCUMENT>', '<SEC-HEADER>', 'ACCESSION NUMBER: 0000000000-10-000001', '</SEC-HEADER>'];
    const docs = documents.flatMap((d, k) => [
        '<DOCUMENT>',
        `<TYPE>EX-${k + 1}`,
        '<TEXT>',
        ...(d.startsWith('<HTML>') ? [d] : [d]),
        '</TEXT>',
        '</DOCUMENT>',
    ]);
    return [...head, ...docs, '</SEC-DOCUMENT>', ''].join('\n');
}
const html = (body) => `<HTML><BODY>\n${body}\n</BODY></HTML>`;
(0, node_test_1.test)('an HTML pool table: title, columns, kinds, Total row, rules, footnote', () => {
    const model = (0, core_1.parseFiling)(submission(html(poolTable(ROWS, TOTAL))));
    assert.equal(model.tables.length, 1);
    const t = model.tables[0];
    assert.equal(t.source, 'html');
    assert.equal(t.title, 'Distribution of the Receivables by State');
    assert.deepEqual(t.columns.map((c) => [c.kind, c.header]), [
        ['label', 'State'],
        ['count', 'Number of Receivables'],
        ['amount', 'Pool Balance'],
        ['percent', 'Percentage of Pool Balance'],
    ]);
    assert.deepEqual(t.rows.map((r) => [r.kind, r.label]), [
        ['body', 'Texas'],
        ['body', 'California'],
        ['body', 'Florida'],
        ['total', 'Total'],
    ]);
    assert.equal(t.rules.length, 1);
    assert.deepEqual(t.footnotes.map((f) => [f.marker, f.text]), [['(1)', 'Percentages may not add to 100.00% due to rounding.']]);
    const texas = t.rows[0];
    assert.equal(texas.cells[2]?.dollar, true);
    assert.equal(texas.cells[3]?.percent, true);
});
(0, node_test_1.test)("each cell's span is the figure's characters in the HTML source", () => {
    const text = submission(html(poolTable(ROWS, TOTAL)));
    const lines = (0, core_1.splitLines)(text);
    const t = (0, core_1.parseFiling)(text).tables[0];
    for (const row of t.rows) {
        for (const cell of row.cells.slice(1)) {
            if (!cell)
                continue;
            assert.equal(lines[cell.span.line].slice(cell.span.start, cell.span.end), cell.text);
        }
    }
    assert.equal(t.rows[0].cells[2]?.text, '12,000,000.00');
});
(0, node_test_1.test)('the HTML tables foot: no findings; slips typed into cells are reported on those cells', () => {
    assert.deepEqual((0, core_1.analyze)(submission(html(poolTable(ROWS, TOTAL)))).findings, []);
    const cases = [
        // A count without a percent of counts beside it: any row could be the slip, the total is reported.
        { rows: [ROWS[0], ['California', '990', '9,000,000.00', '30.00'], ROWS[2]], total: TOTAL, text: '3,000' },
        { rows: ROWS, total: ['3,000', '30,000,000.00', '100.01'], text: '100.01' },
        { rows: [ROWS[0], ROWS[1], ['Florida', '900', '9,000,000.00', '33.00']], total: TOTAL, text: '33.00' },
        { rows: ROWS, total: ['3,000', '30,000,600.00', '100.00'], text: '30,000,600.00' },
        // Stray periods typed after a figure: the cell is the figure's, misprinted, not the label's.
        { rows: ROWS, total: ['3,000', '30,000,000.00..', '100.00'], text: '30,000,000.00..' },
    ];
    for (const c of cases) {
        const text = submission(html(poolTable(c.rows, c.total)));
        const lines = (0, core_1.splitLines)(text);
        const { findings } = (0, core_1.analyze)(text);
        assert.ok(findings.length > 0, `a finding for ${c.text}`);
        const f = findings[0];
        assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), c.text);
        if (f.fix) {
            // A fix replaces the figure's characters and nothing else: the markup around it stays.
            for (const e of f.fix.edits)
                assert.equal(e.newText, e.newText.trim(), 'no padding written into a cell');
            const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
            assert.equal(fixed.replace(/>[^<]*</g, '><'), text.replace(/>[^<]*</g, '><'));
            assert.deepEqual((0, core_1.analyze)(fixed).findings, []);
        }
    }
});
(0, node_test_1.test)('a fix in an HTML cell writes the figure alone, a shorter one without padding', () => {
    const line = '<TD ALIGN="right">$1,000</TD>';
    const span = { line: 0, start: 19, end: 24 };
    assert.deepEqual((0, core_1.replaceKeepingRightEdge)(line, span, '999', true), { span, newText: '999' });
    // In a fixed-width line the right edge is kept.
    assert.equal((0, core_1.replaceKeepingRightEdge)('Cash   $1,000', { line: 0, start: 8, end: 13 }, '999', false).newText, '  999');
});
(0, node_test_1.test)('the fix for a cell its row and its column both blame writes the figure alone in an HTML cell', () => {
    const tr = (...cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const text = [
        '<html><body>',
        '<p>Revenue by product (in thousands)</p>',
        '<table>',
        tr('', 'Domestic', 'Foreign', 'Total'),
        tr('Product A', '100', '200', '300'),
        tr('Product B', '150', '250', '400'),
        tr('Product C', '1,175', '25', '200'),
        tr('Product D', '120', '80', '200'),
        tr('Product E', '310', '90', '400'),
        tr('Total', '855', '645', '1,500'),
        '</table>',
        '</body></html>',
    ].join('\n');
    const [finding, ...others] = (0, core_1.analyze)(text).findings;
    assert.deepEqual(others, []);
    assert.match(finding.message, /^1,175 in "Product C" should read 175, which makes its column and its row tie/);
    assert.deepEqual(finding.fix?.edits, [{ span: finding.span, newText: '175' }]);
    assert.deepEqual((0, core_1.analyze)((0, core_1.applyEdits)(text, finding.fix.edits)).findings, []);
});
(0, node_test_1.test)('alignment and line lengths are not checked on HTML', () => {
    const wide = poolTable(ROWS, TOTAL).replace('Texas', `Texas${' '.repeat(300)}`);
    const codes = (0, core_1.analyze)(submission(html(wide))).findings.map((f) => f.code);
    assert.deepEqual(codes.filter((c) => c === 'FL201' || c.startsWith('FL4')), []);
});
(0, node_test_1.test)('an HTML file is read whole; a web page without figures has no tables', () => {
    const page = `<!DOCTYPE html>\n<html><body>\n${poolTable(ROWS, TOTAL)}\n</body></html>\n`;
    assert.ok((0, regions_1.isHtmlDocument)((0, core_1.splitLines)(page)));
    assert.equal((0, core_1.parseFiling)(page).tables.length, 1);
    assert.ok((0, regions_1.isHtmlDocument)((0, core_1.splitLines)(`<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n</html>`)));
    const web = '<html><body><table><tr><td>Home</td><td>About us</td></tr></table><p>Call 555-1234.</p></body></html>';
    assert.equal((0, core_1.parseFiling)(web).tables.length, 0);
    assert.ok(!(0, regions_1.isHtmlDocument)((0, core_1.splitLines)('Some text\n<html>')));
});
(0, node_test_1.test)('malformed HTML: unclosed tags, a table in a cell, binary junk: no throw, no hang', () => {
    const nested = poolTable(ROWS, TOTAL).replace('<TD>&nbsp;</TD>', `<TD>${poolTable(ROWS, TOTAL)}</TD>`);
    const unclosed = poolTable(ROWS, TOTAL)
        .replace(/<\/TD>/g, '')
        .replace(/<\/TR>/g, '')
        .replace(/<\/TABLE>/g, '');
    let junk = '';
    for (let k = 0; k < 200_000; k++)
        junk += String.fromCharCode((k * 7919) % 256);
    const big = poolTable(Array.from({ length: 20_000 }, (_, k) => [`Row ${k}`, '1', '1.00', '0.01']), ['20,000', '20,000.00', '100.00']);
    for (const body of [
        nested,
        unclosed,
        `<TABLE><TR><TD>${junk}</TD></TR></TABLE>${junk}`,
        big,
        '<TABLE',
        '<TD>1<TD>2',
    ]) {
        const started = performance.now();
        const { failures } = (0, core_1.analyze)(submission(html(body)));
        assert.deepEqual(failures, []);
        assert.ok(performance.now() - started < 20_000, 'reads in linear time');
    }
    assert.ok((0, core_1.parseFiling)(submission(html(nested))).tables.length >= 2, 'a table in a cell is a table of its own');
});
(0, node_test_1.test)('an edit inside one HTML document reads that document again, and only it', () => {
    const text = submission(html(poolTable(ROWS, TOTAL)), html(poolTable(ROWS, TOTAL)));
    const lines = (0, core_1.splitLines)(text);
    const cache = (0, core_1.createParseCache)();
    const before = (0, core_1.analyzeLines)(lines.slice(), { cache }).model.tables;
    assert.equal(before.length, 2);
    const second = lines.indexOf('<TD ALIGN="right"><FONT SIZE="2">900</FONT></TD>', lines.lastIndexOf('<DOCUMENT>'));
    const edited = lines.slice();
    edited[second] = edited[second].replace('900', '990');
    const after = (0, core_1.analyzeLines)(edited, { cache });
    assert.equal(after.model.tables[0], before[0], 'the first document is not read again');
    assert.notEqual(after.model.tables[1], before[1], 'the edited one is');
    // The count column has no percent of counts beside it: the total's count is reported.
    assert.deepEqual(after.findings.map((f) => [f.code, edited[f.span.line].slice(f.span.start, f.span.end), f.span.line > second]), [['FL101', '3,000', true]]);
    assert.match(after.findings[0].message, /3,090/);
});
(0, node_test_1.test)('inline XBRL inside an <XBRL> wrapper is read as HTML; an XBRL instance is not', () => {
    const ixbrl = [
        '<XBRL>',
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!-- Inline XBRL Document -->',
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">',
        '<body>',
        poolTable(ROWS, TOTAL),
        '</body></html>',
        '</XBRL>',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(submission(ixbrl)).tables.length, 1);
    const instance = [
        '<XBRL>',
        '<?xml version="1.0"?>',
        '<xbrli:xbrl>',
        '<p>1,234   5,678</p>',
        '</xbrli:xbrl>',
        '</XBRL>',
    ];
    assert.equal((0, core_1.parseFiling)(submission(instance.join('\n'))).tables.length, 0);
    // As Workiva writes inline XBRL: the declaration, comments and `<html>` on one line, standalone or wrapped.
    const workiva = '<?xml version="1.0" ?><!--XBRL Document Created with the Workiva Platform--><!--Copyright 2023 Workiva-->' +
        '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns="http://www.w3.org/1999/xhtml"><body>';
    const standalone = [workiva, poolTable(ROWS, TOTAL), '</body></html>'].join('\n');
    assert.equal((0, core_1.parseFiling)(standalone).tables.length, 1);
    assert.equal((0, core_1.parseFiling)(submission(['<XBRL>', standalone, '</XBRL>'].join('\n'))).tables.length, 1);
    // A comment left open, or an XBRL instance after the comments, is not HTML.
    assert.equal((0, core_1.parseFiling)(`<?xml version="1.0"?><!-- open\n${poolTable(ROWS, TOTAL)}`).tables.length, 0);
    assert.equal((0, core_1.parseFiling)(`<?xml version="1.0"?><!-- c --><xbrli:xbrl>\n<p>1,234</p>`).tables.length, 0);
});
(0, node_test_1.test)('the title passes over page numbers and links back to the contents', () => {
    const body = [
        '<P>Receivables by State:</P>',
        '<P>42</P>',
        '<P><A HREF="#toc">Table of Contents</A></P>',
        poolTable(ROWS, TOTAL),
    ];
    const t = (0, core_1.parseFiling)(submission(html(body.join('\n')))).tables[0];
    assert.equal(t.title, 'Distribution of the Receivables by State');
    const untitled = poolTable(ROWS, TOTAL).replace(/<P ALIGN="center">.*<\/P>\n/g, '');
    assert.equal((0, core_1.parseFiling)(submission(html(['<P>Receivables by State:</P>', '<P>42</P>', '<P>Table of Contents</P>', untitled].join('\n')))).tables[0].title, 'Receivables by State:');
});
(0, node_test_1.test)('a table without a title above it is named by the heading over its labels', () => {
    const table = [
        '<TABLE>',
        '<TR><TD STYLE="border-bottom:3px double #000"><B>Ending Schedule Balance</B></TD><TD>&nbsp;</TD><TD>&nbsp;</TD></TR>',
        '<TR><TD><B>Range</B></TD><TD><B>Asset Count</B></TD><TD><B>Ending Scheduled Balance</B></TD></TR>',
        '<TR><TD>1 to 5,000,000</TD><TD>5</TD><TD>17,639,537.29</TD></TR>',
        '<TR><TD>5,000,001 to 10,000,000</TD><TD>17</TD><TD>120,836,769.13</TD></TR>',
        '<TR><TD>Total</TD><TD>22</TD><TD>138,476,306.42</TD></TR>',
        '</TABLE>',
    ].join('\n');
    const t = (0, core_1.parseFiling)(submission(html(table))).tables[0];
    assert.equal(t.title, 'Ending Schedule Balance');
    assert.deepEqual(t.columns.map((c) => c.header), ['Range', 'Asset Count', 'Ending Scheduled Balance']);
    assert.equal(t.rows[2].kind, 'total');
    assert.deepEqual((0, core_1.analyze)(submission(html(table))).findings, []);
});
(0, node_test_1.test)('an <HR> in a cell draws a rule, a white or zero-width one does not', () => {
    const rows = (hr) => [
        '<TABLE>',
        '<TR><TD>Net revenue</TD><TD>7,833</TD></TR>',
        '<TR><TD>Cost of sales</TD><TD>3,275</TD></TR>',
        `<TR><TD></TD><TD>${hr}</TD></TR>`,
        '<TR><TD>Gross margin</TD><TD>4,558</TD></TR>',
        '</TABLE>',
    ].join('\n');
    const ruled = (0, core_1.parseFiling)(submission(html(rows('<HR SIZE="1" NOSHADE COLOR="#000000">')))).tables[0];
    assert.equal(ruled.rules.length, 1);
    assert.equal(ruled.rows[2].kind, 'total');
    const blank = (0, core_1.parseFiling)(submission(html(rows('<HR WIDTH="0" SIZE="1" NOSHADE COLOR="#ffffff">')))).tables[0];
    assert.equal(blank.rules.length, 0);
});
(0, node_test_1.test)('years centred over a `$` cell and its amount, beside a unit note, head the columns (Workiva)', () => {
    // As Walmart's 2023 10-Q sets its results: each year spans the `$`, the amount and the cell kept
    // for a negative's `)` after it, so that it ends right of the amount's column.
    const row = (label, a, b) => `<TR><TD>${label}</TD><TD>$</TD><TD ALIGN="right">${a}</TD><TD></TD><TD>$</TD><TD ALIGN="right">${b}</TD><TD></TD></TR>`;
    const table = [
        '<P>Results of operations</P>',
        '<TABLE>',
        '<TR><TD></TD><TD COLSPAN="6">Three Months Ended July 31,</TD></TR>',
        '<TR><TD>(Amounts in millions)</TD><TD COLSPAN="3">2023</TD><TD COLSPAN="3">2022</TD></TR>',
        row('Net sales', '160,280', '151,381'),
        row('Operating income', '7,316', '6,854'),
        row('Consolidated net income', '7,890', '5,211'),
        '</TABLE>',
    ].join('\n');
    const t = (0, core_1.parseFiling)(submission(html(table))).tables[0];
    assert.deepEqual(t.columns.slice(1).map((c) => c.header), ['Three Months Ended July 31, 2023', 'Three Months Ended July 31, 2022']);
    assert.deepEqual(t.rows.map((r) => r.label), ['Net sales', 'Operating income', 'Consolidated net income']);
});
(0, node_test_1.test)('a heading of years with words over the labels heads the columns; one year beside a label is data', () => {
    // As Wal-Mart's 2010 10-K sets its sales by category: `CATEGORY` over the labels, the years beside it.
    const table = (heading) => [
        '<P>Sales by category were as follows:</P>',
        '<TABLE>',
        heading,
        '<TR><TD>Grocery</TD><TD>51</TD><TD>49</TD></TR>',
        '<TR><TD>Entertainment</TD><TD>13</TD><TD>14</TD></TR>',
        '<TR><TD>Health and wellness</TD><TD>36</TD><TD>37</TD></TR>',
        '<TR><TD>Total</TD><TD>100</TD><TD>100</TD></TR>',
        '</TABLE>',
    ].join('\n');
    const t = (0, core_1.parseFiling)(submission(html(table('<TR><TD><B>CATEGORY</B></TD><TD>2010</TD><TD>2009</TD></TR>'))))
        .tables[0];
    assert.deepEqual(t.columns.map((c) => c.header), ['CATEGORY', '2010', '2009']);
    assert.deepEqual(t.rows.map((r) => r.label), ['Grocery', 'Entertainment', 'Health and wellness', 'Total']);
    assert.deepEqual((0, core_1.analyze)(submission(html(table('<TR><TD>CATEGORY</TD><TD>2010</TD><TD>2009</TD></TR>')))).findings, []);
    // A slip under the heading is reported against its year's column.
    const slipped = (0, core_1.analyze)(submission(html(table('<TR><TD>CATEGORY</TD><TD>2010</TD><TD>2009</TD></TR>').replace('<TD>51</TD>', '<TD>57</TD>')))).findings;
    assert.deepEqual(slipped.map((f) => f.code), ['FL101']);
    // A property's facts: one year beside a label is a figure of the body.
    const facts = [
        '<TABLE>',
        '<TR><TD>Year built</TD><TD>1998</TD></TR>',
        '<TR><TD>Square feet</TD><TD>120,000</TD></TR>',
        '<TR><TD>Units</TD><TD>96</TD></TR>',
        '</TABLE>',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(submission(html(facts))).tables[0].rows[0].label, 'Year built');
    // A column of years to the table's foot is data too.
    const years = [
        '<TABLE>',
        '<TR><TD>Acquired</TD><TD>1997</TD><TD>1998</TD></TR>',
        '<TR><TD>Renovated</TD><TD>2004</TD><TD>2006</TD></TR>',
        '</TABLE>',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(submission(html(years))).tables[0].rows[0].label, 'Acquired');
});
(0, node_test_1.test)('tables stacked in one <TABLE> are read as one table each; a section heading inside a statement is not', () => {
    // As PepsiCo's 2001 10-K sets its stock prices: 2001's quarters, then 2000's under headings of their own.
    const quarters = (year, prices) => [
        `<TR><TD><B>${year}</B></TD><TD><B>HIGH</B></TD><TD><B>LOW</B></TD><TD><B>CLOSE</B></TD></TR>`,
        ...['First', 'Second', 'Third', 'Fourth'].map((q, k) => `<TR><TD>${q} Quarter</TD><TD>${prices[k][0]}</TD><TD>${prices[k][1]}</TD><TD>${prices[k][2]}</TD></TR>`),
    ];
    const prices = [
        ['49.94', '40.25', '43.96'],
        ['47.47', '41.29', '44.20'],
        ['49.48', '43.08', '48.50'],
        ['50.46', '46.00', '48.69'],
    ];
    const stacked = [
        '<P>Stock Prices</P>',
        '<TABLE>',
        ...quarters('2001', prices),
        '<TR><TD>&nbsp;</TD></TR>',
        ...quarters('2000', prices),
        '</TABLE>',
    ].join('\n');
    const tables = (0, core_1.parseFiling)(submission(html(stacked))).tables;
    assert.equal(tables.length, 2);
    assert.deepEqual(tables.map((t) => t.columns.map((c) => c.header)), [
        ['2001', 'HIGH', 'LOW', 'CLOSE'],
        ['2000', 'HIGH', 'LOW', 'CLOSE'],
    ]);
    // The block below has no title of its own: it goes on with the one above's.
    assert.deepEqual(tables.map((t) => t.title), ['Stock Prices', 'Stock Prices']);
    assert.deepEqual(tables.map((t) => t.rows.map((r) => `${r.kind} ${r.label}`)), [0, 1].map(() => ['First', 'Second', 'Third', 'Fourth'].map((q) => `body ${q} Quarter`)));
    assert.ok(tables[0].endLine < tables[1].startLine, 'the blocks do not overlap');
    // A balance sheet's `Liabilities` heading restarts its rows under the same columns: one table.
    const sheet = [
        '<TABLE>',
        '<TR><TD></TD><TD><B>2004</B></TD><TD><B>2003</B></TD></TR>',
        '<TR><TD><B>Assets</B></TD><TD></TD><TD></TD></TR>',
        '<TR><TD>Cash</TD><TD>1,200</TD><TD>1,100</TD></TR>',
        '<TR><TD>Receivables</TD><TD>800</TD><TD>700</TD></TR>',
        '<TR><TD>Total assets</TD><TD>2,000</TD><TD>1,800</TD></TR>',
        '<TR><TD><B>Liabilities and Equity</B></TD><TD></TD><TD></TD></TR>',
        '<TR><TD>Payables</TD><TD>500</TD><TD>450</TD></TR>',
        '<TR><TD>Equity</TD><TD>1,500</TD><TD>1,350</TD></TR>',
        '<TR><TD>Total liabilities and equity</TD><TD>2,000</TD><TD>1,800</TD></TR>',
        '</TABLE>',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(submission(html(sheet))).tables.length, 1);
    // Blocks headed by series (`2007-1`, `2008-A`), as CarMax lists its earlier trusts five at a time.
    const trusts = (names, balance) => [
        `<TR><TD></TD>${names.map((n) => `<TD><B>${n}</B></TD>`).join('')}</TR>`,
        `<TR><TD>Pool Balance</TD>${balance.map((b) => `<TD>$${b}</TD>`).join('')}</TR>`,
        `<TR><TD>Number of Receivables</TD>${balance.map(() => '<TD>41,000</TD>').join('')}</TR>`,
    ];
    const series = [
        '<P>CarMax Auto Owner Trusts</P>',
        '<TABLE>',
        ...trusts(['2005-1', '2005-2'], ['500,000,000.00', '650,000,000.00']),
        ...trusts(['2007-1', '2008-A'], ['750,000,000.00', '700,000,000.00']),
        '</TABLE>',
    ].join('\n');
    assert.deepEqual((0, core_1.parseFiling)(submission(html(series))).tables.map((t) => t.columns.slice(1).map((c) => c.header)), [
        ['2005-1', '2005-2'],
        ['2007-1', '2008-A'],
    ]);
});
(0, node_test_1.test)('a short table ruled under every row draws a grid: only its Total row is a total', () => {
    // As Citigroup's 10-D draws its strata: a border under each row, three strata and a Total.
    const cell = (text) => `<TD style="border-bottom:1px solid #000">${text}</TD>`;
    const row = (cells) => `<TR>${cells.map(cell).join('')}</TR>`;
    const table = [
        '<TABLE>',
        row(['Anticipated Remaining Term', 'Asset Count', 'Ending Scheduled Balance']),
        row(['60 Months or Less', '48', '742,275,677.43']),
        row(['61 to 90 Months', '0', '0.00']),
        row(['91 Months or Greater', '0', '0.00']),
        row(['Total', '48', '742,275,677.43']),
        '</TABLE>',
    ].join('\n');
    const t = (0, core_1.parseFiling)(submission(html(table))).tables[0];
    assert.deepEqual(t.rows.map((r) => r.kind), ['body', 'body', 'body', 'total']);
    assert.deepEqual((0, core_1.analyze)(submission(html(table))).findings, []);
});
(0, node_test_1.test)('an HTML document whose tags nest past a thousand deep is read no further', () => {
    // A fuzzed document opened 155,000 elements and closed none; the parser's work per tag grows with
    // the elements open (15 s for 0.9 MB). Tags never closed past a thousand end the read; the tables
    // above are read, and under the limit the whole document is.
    const deep = (n) => submission(html(`${poolTable(ROWS, TOTAL)}\n${'<B>'.repeat(n)}\n${poolTable(ROWS, TOTAL)}`));
    assert.equal((0, core_1.parseFiling)(deep(900)).tables.length, 2);
    const cut = (0, core_1.parseFiling)(deep(5_000));
    assert.equal(cut.tables.length, 1);
    assert.equal(cut.tables[0].rows.filter((r) => r.kind !== 'heading').length, 4);
    assert.deepEqual((0, core_1.analyze)(deep(5_000)).findings.filter((f) => f.severity === 'error'), [], 'the table read foots');
});
(0, node_test_1.test)('text a style raises is a superscript: by two points or pixels or more, or vertical-align:super', () => {
    assert.equal((0, scan_1.raised)('font-size:5.85pt;position:relative;top:-3.15pt;vertical-align:baseline'), true);
    assert.equal((0, scan_1.raised)('position: relative; top: -0.3em'), true);
    assert.equal((0, scan_1.raised)('vertical-align:super;font-size:7pt'), true);
    assert.equal((0, scan_1.raised)('position:relative;top:-1px'), false, 'a nudge of a pixel');
    assert.equal((0, scan_1.raised)('top:-4pt'), false, 'not positioned relatively');
    assert.equal((0, scan_1.raised)('position:relative;margin-top:-4pt'), false, 'a margin, not the offset');
    assert.equal((0, scan_1.raised)(undefined), false);
});
(0, node_test_1.test)('the labels are where the rows with figures have them, not where more heading rows start their words', () => {
    // Alphabet's other income: two rows of figures under four heading rows set from the first figure's
    // column (`Three Months Ended`, `March 31,`, `2016 2017`, `(unaudited)`). The share row's first
    // figure spans the `$` column: with the labels taken to start there, it was read into the label.
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'alphabet-2017-html-share-row-under-heading-rows.txt'), 'latin1');
    const [table] = (0, core_1.parseFiling)(text).tables;
    assert.deepEqual(table.columns.slice(1).map((c) => c.header), ['Three Months Ended March 31, 2016 (unaudited)', 'Three Months Ended March 31, 2017 (unaudited)']);
    assert.deepEqual(table.rows.map((r) => [r.label, r.cells.slice(1).map((c) => (c?.value ? (0, decimal_1.format)(c.value) : null))]), [
        ['Other income (expense), net', ['-213', '251']],
        ['Other income (expense), net, as a percentage of revenues', ['-1.1', '1.1']],
    ]);
});
//# sourceMappingURL=html.test.js.map