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
/**
 * Ties between statements (facts/statements.ts, FL304): found on a real filing, silent where they
 * agree, and reporting a figure changed in one statement on that figure.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const statements_1 = require("../../server/src/core/facts/statements");
const paths_1 = require("../support/paths");
const decimal_1 = require("../../server/src/core/decimal");
const APPLE_1994 = path.join(paths_1.CORPUS, '10k-1994-apple-ims-header.txt');
(0, node_test_1.test)('Apple 1994: net income and year-end cash tie between the statements, year by year', () => {
    const text = fs.readFileSync(APPLE_1994, 'latin1');
    const ties = (0, statements_1.statementTies)((0, core_1.parseFiling)(text).tables);
    assert.deepEqual(ties.map((t) => [t.item, t.year, t.cell.text.replace(/\s+/g, ''), t.other.text.replace(/\s+/g, '')]), [
        ['net income', 1994, '310,178', '$310,178'],
        ['net income', 1993, '86,589', '$86,589'],
        ['net income', 1992, '530,373', '$530,373'],
        ['cash', 1994, '$1,203,488', '$1,203,488'],
        ['cash', 1993, '$676,413', '$676,413'],
    ]);
    assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL304'), []);
});
(0, node_test_1.test)('a figure changed in the cash-flow statement is reported on it, naming the other statement', () => {
    const lines = fs.readFileSync(APPLE_1994, 'latin1').split(/\r\n|\r|\n/);
    const line = lines.findIndex((l, i) => i > 1900 && /^\s*Net income\b/.test(l) && l.includes('310,178'));
    assert.ok(line > 0, 'the cash-flow statement has its net income line');
    lines[line] = lines[line].replace('310,178', '310,718');
    const findings = (0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const f = findings[0];
    assert.equal(f.severity, 'error');
    assert.equal(f.span.line, line);
    assert.equal(lines[line].slice(f.span.start, f.span.end), '310,718');
    assert.equal(f.message, 'net income for 1994 is 310,718 here but $310,178 in Consolidated Statements of Income: 310,718 reads like two digits transposed for 310,178');
});
(0, node_test_1.test)("a financial data schedule's net income is tied to the income statement, in the schedule's unit", () => {
    const file = path.join(paths_1.CORPUS, '10k405-1995-merck-full-submission.txt');
    const lines = fs.readFileSync(file, 'latin1').split(/\r\n|\r|\n/);
    assert.deepEqual((0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304'), [], 'Merck 1995 ties');
    const line = lines.findIndex((l) => /^<NET-INCOME>/.test(l));
    const figure = /[\d,]+\s*$/.exec(lines[line])[0].trim();
    // Its first two different adjacent digits swapped.
    const digits = figure.replace(/,/g, '');
    let k = 0;
    while (digits[k] === digits[k + 1])
        k++;
    const swapped = digits.slice(0, k) + digits[k + 1] + digits[k] + digits.slice(k + 2);
    const written = Number(swapped).toLocaleString('en-US');
    lines[line] = lines[line].replace(figure, written.padStart(figure.length));
    const findings = (0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].span.line, line);
    assert.equal(lines[line].slice(findings[0].span.start, findings[0].span.end), written);
    assert.match(findings[0].message, new RegExp(`<NET-INCOME> ${written} in this financial data schedule, but .* states net income of .* for 1995: ${written} reads like two digits transposed for ${figure}`));
});
(0, node_test_1.test)('each figure a schedule tags is tied to its statement: one slip in any of them is reported, naming the item', () => {
    const lines = fs.readFileSync(APPLE_1994, 'latin1').split(/\r\n|\r|\n/);
    assert.deepEqual((0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304'), [], 'Apple 1994 ties');
    const items = [
        ['CASH', 'cash'],
        ['CURRENT-ASSETS', 'current assets'],
        ['CURRENT-LIABILITIES', 'current liabilities'],
        ['TOTAL-REVENUES', 'revenues'],
        ['INCOME-PRETAX', 'income before taxes'],
    ];
    for (const [tag, item] of items) {
        const line = lines.findIndex((l) => l.startsWith(`<${tag}>`));
        assert.ok(line >= 0, tag);
        const figure = /[\d,]+\s*$/.exec(lines[line])[0].trim();
        // The leading digit one more (a one-digit slip).
        const slipped = `${(Number(figure[0]) + 1) % 10}${figure.slice(1)}`;
        const changed = lines.slice();
        changed[line] = lines[line].replace(figure, slipped.padStart(figure.length));
        const findings = (0, core_1.analyze)(changed.join('\n')).findings.filter((f) => f.code === 'FL304');
        assert.equal(findings.length, 1, `${tag}: ${JSON.stringify(findings.map((f) => f.message))}`);
        assert.equal(findings[0].span.line, line, tag);
        assert.match(findings[0].message, new RegExp(`^<${tag}> ${slipped} in this financial data schedule, but .* states ${item} of .*: ${slipped} reads like`));
    }
});
(0, node_test_1.test)("a schedule's earnings per share ties to the income statement's, in dollars whatever the units", () => {
    const file = path.join(paths_1.CORPUS, '10k405-1995-merck-full-submission.txt');
    const lines = fs.readFileSync(file, 'latin1').split(/\r\n|\r|\n/);
    const perShare = (text) => (0, statements_1.scheduleTies)((0, core_1.parseFiling)(text))
        .filter((t) => /per share/.test(t.item))
        .map((t) => [t.item, t.year, t.agrees]);
    // The statement (in millions) prints one per-share line, `EARNINGS PER COMMON SHARE $ 2.70`; the
    // schedule's EPS-DILUTED 2.64 has none to tie to, and is not claimed.
    assert.deepEqual(perShare(lines.join('\n')), [['earnings per share', 1995, true]]);
    const line = lines.findIndex((l) => /^<EPS-PRIMARY>/.test(l));
    lines[line] = lines[line].replace('2.70', '2.07');
    const findings = (0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].span.line, line);
    assert.equal(findings[0].message, '<EPS-PRIMARY> 2.07 in this financial data schedule, but STATEMENT OF INCOME states earnings per share of $2.70 for 1995: 2.07 reads like two digits transposed for 2.70');
});
(0, node_test_1.test)("a statement of equity's net income ties to the income statement, for the year its next balance closes", () => {
    const file = path.join(paths_1.FIXTURES, 'corpus', 'dell-1998-equity-statement-net-income.txt');
    const text = fs.readFileSync(file, 'latin1');
    const equity = (t) => (0, statements_1.statementTies)((0, core_1.parseFiling)(t).tables)
        .filter((x) => x.slipOnly)
        .map((x) => [x.year, x.cell.text.trim(), x.other.text.trim()]);
    // Fiscal years end in January or February: `Balances at January 28, 1996` closes fiscal 1996.
    assert.deepEqual(equity(text), [
        [1996, '272', '272'],
        [1997, '518', '518'],
        [1998, '944', '944'],
    ]);
    // The 1998 net income transposed in both its columns: one finding, on the total column's figure.
    const lines = text.split(/\r\n|\r|\n/);
    const title = lines.findIndex((l) => l.includes("STATEMENT OF STOCKHOLDERS' EQUITY"));
    const line = lines.findIndex((l, i) => i > title && /^\s+Net income\.+/.test(l) && l.includes('944'));
    lines[line] = lines[line].replace(/944/g, '494');
    const findings = (0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].span.line, line);
    assert.equal(findings[0].span.start, lines[line].lastIndexOf('494'));
    assert.match(findings[0].message, /^net income for 1998 is 494 here but 944 in CONSOLIDATED STATEMENT OF INCOME: 494 reads like two digits transposed for 944$/);
    // A difference no slip explains is not claimed here: the year is read from the balance row below.
    lines[line] = lines[line].replace(/494/g, '900');
    assert.deepEqual((0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL304'), []);
    // The income statement's figure slipped: the cash-flow statement and the statement of equity both
    // state 944, so the income statement's is the one reported, once.
    const income = text.split(/\r\n|\r|\n/);
    const at = income.findIndex((l, i) => i < title && /^\s*Net income\b/.test(l) && l.includes('944'));
    income[at] = income[at].replace('944', '494');
    const outvoted = (0, core_1.analyze)(income.join('\n')).findings.filter((f) => f.code === 'FL304');
    assert.equal(outvoted.length, 1, JSON.stringify(outvoted.map((f) => f.message)));
    assert.equal(outvoted[0].span.line, at);
    assert.match(outvoted[0].message, /^net income for 1998 is 494 here but \$944 in CONSOLIDATED STATEMENT OF CASH FLOWS and CONSOLIDATED STATEMENT OF STOCKHOLDERS' EQUITY: 494 reads like two digits transposed for 944$/);
    assert.equal(outvoted[0].related.length, 2);
});
(0, node_test_1.test)("a statement set closes at its cash flows: the next company's statements are not tied to the one before's", () => {
    const statement = (title, label, figure) => [
        title,
        '(in thousands)',
        '',
        '                                          1999        1998',
        '                                        ------      ------',
        `Revenues                                 1,000         900`,
        `${label.padEnd(40)}${figure.padStart(6)}         120`,
        '',
        '',
    ].join('\n');
    const first = statement('COMBINED STATEMENT OF OPERATIONS', 'Net income (loss)', '(423)');
    const flows = statement('COMBINED STATEMENT OF CASH FLOWS', 'Net income (loss)', '(423)');
    // The next company's statement of operations is titled so that it is not found as one.
    const next = statement('(unaudited)', 'Net loss', '(746)');
    const nextFlows = statement('STATEMENT OF CASH FLOWS', 'Net loss', '(746)');
    const nextBalance = [
        'BALANCE SHEET',
        '(in thousands)',
        '',
        '                 1999',
        '                ------',
        'Cash             2,000',
        'Receivables        500',
        'Total assets     2,500',
        '',
        '',
    ].join('\n');
    const items = (text) => (0, statements_1.statementTies)((0, core_1.parseFiling)(text).tables)
        .filter((t) => t.item === 'net income')
        .map((t) => [t.year, t.cell.text.trim(), t.other.text.trim()]);
    // `Net income (loss)` is the income statement's net income.
    assert.deepEqual(items(first + flows), [
        [1999, '(423)', '(423)'],
        [1998, '120', '120'],
    ]);
    assert.deepEqual(items(first + flows + nextBalance + next + nextFlows), [
        [1999, '(423)', '(423)'],
        [1998, '120', '120'],
    ]);
});
(0, node_test_1.test)('a period since inception is not a quarter of the same year, nor are three months six', () => {
    const statement = (title, header, figure) => [
        title,
        '(in thousands)',
        '',
        `${''.padEnd(40)}${header.padStart(30)}`,
        `${''.padEnd(40)}${'March 31, 1999'.padStart(30)}`,
        `${''.padEnd(40)}${'--------'.padStart(30)}`,
        `${'Revenues'.padEnd(40)}${'1,000'.padStart(30)}`,
        `${'Net loss'.padEnd(40)}${figure.padStart(30)}`,
        '',
        '',
    ].join('\n');
    const ties = (a, b) => (0, statements_1.statementTies)((0, core_1.parseFiling)(a + b).tables)
        .filter((t) => t.item === 'net income')
        .map((t) => [t.cell.text.trim(), t.other.text.trim()]);
    const flows = statement('STATEMENT OF CASH FLOWS', 'Three months ended', '(746)');
    // A quarter against a quarter: tied.
    assert.deepEqual(ties(statement('STATEMENT OF OPERATIONS', 'Three months ended', '(746)'), flows), [
        ['(746)', '(746)'],
    ]);
    // Billpoint's statements (eBay's 1999 8-K/A): the period from inception against the quarter.
    assert.deepEqual(ties(statement('STATEMENT OF OPERATIONS', 'Period from inception to', '(820)'), flows), []);
    // Six months against three.
    assert.deepEqual(ties(statement('STATEMENT OF OPERATIONS', 'Six months ended', '(900)'), flows), []);
});
(0, node_test_1.test)("a schedule's total that is, exactly, one of the rows the statement's total adds up is reported; another row is not", () => {
    // SanDisk's FY1999 10-K405 (validation-9): <TOTAL-REVENUES> 41,220 is its license and royalty line.
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'corpus', 'sandisk-1999-data-schedule-revenues-from-a-line.txt'), 'latin1');
    const fl304 = (t) => (0, core_1.analyze)(t).findings.filter((f) => f.code === 'FL304');
    const tagged = (figure) => text.replace(/(<TOTAL-REVENUES>\s+)41,220/, `$1${figure}`);
    const [license] = fl304(text);
    assert.match(license.message, /^<TOTAL-REVENUES> 41,220 in this financial data schedule is License and royalty \(41,220\), one of the rows that add up to Total revenues 246,990 for 1999/);
    // The product line instead: the same kind, naming it.
    const [product, ...more] = fl304(tagged('205,770'));
    assert.equal(more.length, 0);
    assert.match(product.message, /is Product \(\$ ?205,770\)/);
    // The total itself ties; net income (not one of the rows revenues add up) or a one-digit slip of
    // the total are another matter: nothing, and the slip as before.
    assert.deepEqual(fl304(tagged('246,990')), []);
    assert.deepEqual(fl304(tagged('26,550')), []);
    assert.match(fl304(tagged('246,900'))[0].message, /reads like a one-digit slip for 246,990/);
});
(0, node_test_1.test)("a 10-Q's condensed statements are tied period by period: months, not years, say the period", () => {
    // Two columns of 1999 and 1998 under a heading line, a label line and the rows.
    const statement = (title, heading, label, figures) => [
        title,
        '(in thousands)',
        '(unaudited)',
        '',
        `${''.padEnd(40)}${heading.padStart(32)}`,
        `${''.padEnd(40)}${'1999'.padStart(16)}${'1998'.padStart(16)}`,
        `${''.padEnd(40)}${'--------'.padStart(16)}${'--------'.padStart(16)}`,
        `${'Accounts receivable'.padEnd(40)}${'1,000'.padStart(16)}${'900'.padStart(16)}`,
        `${label.padEnd(40)}${figures[0].padStart(16)}${figures[1].padStart(16)}`,
        '',
        '',
    ].join('\n');
    const ties = (text) => (0, statements_1.statementTies)((0, core_1.parseFiling)(text).tables).map((t) => [t.item, t.year]);
    const balance = statement('CONDENSED CONSOLIDATED BALANCE SHEETS', 'June 30,    December 31,', 'Cash and cash equivalents', ['4,500', '3,100']);
    const flows = (heading) => statement('CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS', heading, 'Cash and cash equivalents at end of period', ['4,500', '2,700']);
    // Six months to June 30: 1999 ties with the balance sheet at June 30, 1999; 1998 (June 30, 1998)
    // is not the balance sheet's December 31, 1998, whose cash differs.
    assert.deepEqual(ties(balance + flows('Six months ended June 30,')), [['cash', 1999]]);
    // A cash-flow heading that names no month says no date in a 10-Q: nothing is tied.
    assert.deepEqual(ties(balance + flows('Six months ended')), []);
    // A note's condensed balance sheet of another entity, its columns years alone (no interim
    // marks), is not the filer's statement; titled unaudited, or dated, it is a 10-Q's.
    const note = (title, heading) => (0, core_1.parseFiling)(statement(title, heading, 'Cash and cash equivalents', ['4,500', '3,100'])).tables[0];
    assert.equal((0, statements_1.statementKind)(note('CONDENSED BALANCE SHEET', '')), null);
    assert.equal((0, statements_1.statementKind)(note('CONDENSED BALANCE SHEET (Unaudited)', '')), 'balance sheet');
    assert.equal((0, statements_1.statementKind)(note('CONDENSED BALANCE SHEET', 'March 31,    December 31,')), 'balance sheet');
});
(0, node_test_1.test)("a 10-Q's net income is tied to the income statement's column of the same months", () => {
    const row = (label, figures) => `${label.padEnd(40)}${figures.map((f) => f.padStart(12)).join('')}`;
    const income = [
        'CONDENSED CONSOLIDATED STATEMENTS OF INCOME',
        '(in thousands, unaudited)',
        '',
        '                                             Three months ended       Six months ended',
        '                                                  June 30,                 June 30,',
        row('', ['1999', '1998', '1999', '1998']),
        row('', ['--------', '--------', '--------', '--------']),
        row('Revenues', ['10,000', '9,000', '19,000', '17,500']),
        row('Net income', ['1,200', '1,100', '2,300', '2,050']),
        '',
        '',
    ];
    const flows = [
        'CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS',
        '(in thousands, unaudited)',
        '',
        `${''.padEnd(40)}${'Six months ended June 30,'.padStart(24)}`,
        row('', ['1999', '1998']),
        row('', ['--------', '--------']),
        row('Net income', ['2,300', '2,050']),
        row('Depreciation', ['400', '350']),
        '',
        '',
    ];
    const ties = (0, statements_1.statementTies)((0, core_1.parseFiling)([...income, ...flows].join('\n')).tables);
    assert.deepEqual(ties.map((t) => [t.item, t.year, t.cell.text.trim(), t.other.text.trim()]), [
        ['net income', 1999, '2,300', '2,300'],
        ['net income', 1998, '2,050', '2,050'],
    ]);
});
(0, node_test_1.test)("a schedule's incomes before taxes and from continuing operations tie to the lines statements print", () => {
    const statement = (rows) => [
        'CONSOLIDATED STATEMENTS OF INCOME',
        '(In thousands)',
        '',
        `${''.padEnd(60)}${'Years Ended March 31'.padStart(20)}`,
        `${''.padEnd(60)}${'1995'.padStart(10)}${'1994'.padStart(10)}`,
        `${''.padEnd(60)}${'--------'.padStart(10)}${'--------'.padStart(10)}`,
        ...rows.map(([label, figure]) => `${label.padEnd(60)}${figure.padStart(10)}${'1,000'.padStart(10)}`),
        '',
        '',
    ];
    const schedule = (pretax, continuing) => [
        '<TYPE>EX-27',
        '<TEXT>',
        '<MULTIPLIER> 1,000',
        '<PERIOD-TYPE>                   YEAR',
        '<FISCAL-YEAR-END>                          MAR-31-1995',
        '<PERIOD-END>                               MAR-31-1995',
        `<INCOME-PRETAX>                                 ${pretax}`,
        `<INCOME-CONTINUING>                             ${continuing}`,
        '</TEXT>',
    ];
    const tied = (rows, pretax, continuing) => (0, statements_1.scheduleTies)((0, core_1.parseFiling)([...statement(rows), ...schedule(pretax, continuing)].join('\n')))
        .map((t) => [t.item, t.cell.text.trim(), t.agrees])
        .filter(([item]) => item !== 'earnings per share');
    // Taxes before minority interests, and no line of continuing operations: net income is that income.
    const plain = [
        ['Income before provision for income taxes', '78,078'],
        ['Provision for income taxes', '24,980'],
        ['Net income', '53,098'],
    ];
    assert.deepEqual(tied(plain, '78,078', '53,098'), [
        ['income before taxes', '78,078', true],
        ['income from continuing operations', '53,098', true],
    ]);
    // A minority interest after the taxes: which line the schedule takes is the filer's; not tied.
    const minority = [
        ['Income before provision for income taxes and minority interest', '78,078'],
        ['Provision for income taxes', '24,980'],
        ['Income before minority interest', '53,098'],
        ['Minority interest in consolidated joint venture', '2,620'],
        ['Net income', '55,718'],
    ];
    assert.deepEqual(tied(minority, '78,078', '53,098'), [['income before taxes', '78,078', true]]);
});
(0, node_test_1.test)("a schedule of several periods is tied period by period, each figure to its date's column", () => {
    const text = [
        'CONSOLIDATED BALANCE SHEET',
        '(In thousands)',
        '',
        `${''.padEnd(40)}${'December 31,'.padStart(14)}${'December 31,'.padStart(14)}`,
        `${''.padEnd(40)}${'1997'.padStart(14)}${'1998'.padStart(14)}`,
        `${''.padEnd(40)}${'--------'.padStart(14)}${'--------'.padStart(14)}`,
        `${'Cash and cash equivalents'.padEnd(40)}${'3,723'.padStart(14)}${'31,790'.padStart(14)}`,
        `${'Total current assets'.padEnd(40)}${'4,967'.padStart(14)}${'90,783'.padStart(14)}`,
        `${'Total assets'.padEnd(40)}${'5,619'.padStart(14)}${'92,483'.padStart(14)}`,
        '',
        '',
        '<TYPE>EX-27',
        '<TEXT>',
        '<MULTIPLIER> 1,000',
        '<PERIOD-TYPE>                   YEAR                   YEAR',
        '<FISCAL-YEAR-END>               DEC-31-1997            DEC-31-1998',
        '<PERIOD-END>                    DEC-31-1997            DEC-31-1998',
        '<CASH>                                3,723                 31,790',
        '<CURRENT-ASSETS>                      4,967                 90,783',
        '<TOTAL-ASSETS>                        5,619                 92,843',
        '</TEXT>',
    ].join('\n');
    const ties = (0, statements_1.scheduleTies)((0, core_1.parseFiling)(text));
    assert.deepEqual(ties.map((t) => [t.item, t.year, t.cell.text.trim(), t.agrees]), [
        ['total assets', 1997, '5,619', true],
        ['cash', 1997, '3,723', true],
        ['current assets', 1997, '4,967', true],
        ['total assets', 1998, '92,483', false],
        ['cash', 1998, '31,790', true],
        ['current assets', 1998, '90,783', true],
    ]);
    const findings = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL304');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^<TOTAL-ASSETS> 92,843 .* 92,843 reads like .* for 92,483/);
});
(0, node_test_1.test)("a schedule's figure with its first two digits swapped is a slip in the schedule's own unit", () => {
    const text = (figure) => [
        'CONSOLIDATED BALANCE SHEETS',
        '(In millions)',
        '',
        `${''.padEnd(40)}${'September 26,'.padStart(14)}${'September 27,'.padStart(14)}`,
        `${''.padEnd(40)}${'1997'.padStart(14)}${'1996'.padStart(14)}`,
        `${''.padEnd(40)}${'--------'.padStart(14)}${'--------'.padStart(14)}`,
        `${'Total current assets'.padEnd(40)}${'3,424'.padStart(14)}${'4,515'.padStart(14)}`,
        `${'Total current liabilities'.padEnd(40)}${'1,818'.padStart(14)}${'2,003'.padStart(14)}`,
        '',
        '',
        '<TYPE>EX-27',
        '<TEXT>',
        '<MULTIPLIER> 1,000,000',
        '<PERIOD-TYPE>                   YEAR',
        '<PERIOD-END>                    SEP-26-1997',
        '<CURRENT-ASSETS>                                 3,424',
        `<CURRENT-LIABILITIES>                            ${figure}`,
        '</TEXT>',
    ].join('\n');
    const tie = (figure) => (0, statements_1.scheduleTies)((0, core_1.parseFiling)(text(figure))).find((t) => t.item === 'current liabilities');
    assert.equal(tie('1,818').agrees, true);
    // 8,118 millions is nearer 1,818 thousands than 1,818 millions; the slip is in millions.
    assert.equal(tie('8,118').agrees, false);
    assert.equal((0, decimal_1.format)(tie('8,118').expected), '1,818');
});
(0, node_test_1.test)("a schedule's figures are tied to the column of its period's month, or the month beside it", () => {
    const text = (headers, end) => [
        'CONSOLIDATED BALANCE SHEETS',
        '(In thousands)',
        '',
        `${''.padEnd(40)}${headers[0].padStart(14)}${headers[1].padStart(14)}`,
        `${''.padEnd(40)}${'1999'.padStart(14)}${'1998'.padStart(14)}`,
        `${''.padEnd(40)}${'--------'.padStart(14)}${'--------'.padStart(14)}`,
        `${'Total current assets'.padEnd(40)}${'4,967'.padStart(14)}${'4,100'.padStart(14)}`,
        `${'Total assets'.padEnd(40)}${'5,619'.padStart(14)}${'5,002'.padStart(14)}`,
        '',
        '',
        '<TYPE>EX-27',
        '<TEXT>',
        '<MULTIPLIER> 1,000',
        '<PERIOD-TYPE>                   YEAR',
        `<PERIOD-END>                    ${end}`,
        '<TOTAL-ASSETS>                        5,619',
        '</TEXT>',
    ].join('\n');
    const tied = (headers, end) => (0, statements_1.scheduleTies)((0, core_1.parseFiling)(text(headers, end))).map((t) => [t.item, t.cell.text.trim()]);
    // A year of 52 or 53 weeks ends a few days from a month's end: April 3 is the year to March 31.
    assert.deepEqual(tied(['March 31,', 'March 31,'], 'APR-03-1999'), [['total assets', '5,619']]);
    // A 10-Q's balance sheet at June 30 is not the year's at December 31, whatever its year says.
    assert.deepEqual(tied(['June 30,', 'December 31,'], 'DEC-31-1999'), []);
    assert.deepEqual(tied(['June 30,', 'December 31,'], 'JUN-30-1999'), [['total assets', '5,619']]);
});
(0, node_test_1.test)('statement titles: unaudited first, a title read into the header, and a name that heads rows', () => {
    const table = (lines) => (0, core_1.parseFiling)(['', ...lines, '', ''].join('\n')).tables[0];
    const row = (label, a, b) => `${label.padEnd(44)}${a.padStart(12)}${b.padStart(12)}`;
    const body = [
        row('', '1999', '1998'),
        row('', '-------', '-------'),
        row('Net income', '1,392', '1,390'),
        row('Depreciation', '918', '853'),
        row('Net cash provided by operating activities', '1,933', '2,483'),
    ];
    // Broadcom's 10-Q: `UNAUDITED` before `CONDENSED`.
    assert.equal((0, statements_1.statementKind)(table(['UNAUDITED CONDENSED STATEMENTS OF CASH FLOWS', '', ...body])), 'cash flows');
    // Kodak's 10-K: the title printed inside <TABLE>, read into the label column's header; the
    // statement's first heading under the column markup, which ends in a colon, is the body's.
    const kodak = (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'kodak-1999-cash-flow-title-inside-table.txt'), 'latin1')).tables[0];
    assert.match(kodak.columns[0].header, /CASH FLOWS \(in millions\)$/);
    assert.equal(kodak.rows[0].kind, 'heading');
    assert.equal(kodak.rows[0].label, 'Cash flows from operating activities:');
    assert.equal((0, statements_1.statementKind)(kodak), 'cash flows');
    // A note's details under a statement's name and a colon (Bell Atlantic's `BALANCE SHEETS:` over
    // `Accounts payable and accrued liabilities:`, Amazon's `Statements of Operations:` over the lines
    // a charge is spread on) are not the statement.
    const details = (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'bell-atlantic-1998-details-under-statement-name.txt'), 'latin1')).tables[0];
    assert.deepEqual(details.rows.slice(0, 2).map((r) => `${r.kind} ${r.label}`), ['heading BALANCE SHEETS:', 'heading Accounts payable and accrued liabilities:']);
    assert.equal((0, statements_1.statementKind)(details), null);
    const charged = table([
        'Statements of Operations:',
        '',
        row('', '1999', '1998'),
        row('', '-------', '-------'),
        row('Cost of sales', '120', '110'),
        row('Marketing', '40', '35'),
    ]);
    assert.equal(charged.title.trim(), 'Statements of Operations:');
    assert.equal((0, statements_1.statementKind)(charged), null);
});
//# sourceMappingURL=statement-ties.test.js.map