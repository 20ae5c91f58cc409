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
 * What a total row is not the sum of (facts/footings.ts, parse/html/table.ts): a balance column that
 * prints no movements, an aggregate intrinsic value at each balance's date, and per-share
 * adjustments, which add only to within their rounding; and an HTML column whose negative balances'
 * cells take in the `)` column beside them, read as one column with the movements between them.
 * The filings each kind was seen in are fixtures of test/fixtures/real (corpus validation-25).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const analysis_1 = require("../support/analysis");
const html_1 = require("../support/html");
/** A row of figures set flush right in columns 15 characters wide, after a 40-character label. */
const line = (label, ...cells) => label.padEnd(40) + cells.map((c) => c.padStart(15)).join('');
/** Receivables' balances beside their allowance's roll-forward, two quarters, as Travelers prints them. */
const RECEIVABLES = (() => {
    const rule = line('', '------------', '---------', '------------', '---------');
    return [
        '                     PREMIUMS RECEIVABLE AND ALLOWANCE',
        '',
        line('', '2023', '2023', '2022', '2022'),
        line('', 'Receivables,', 'Allowance', 'Receivables,', 'Allowance'),
        line('', 'net', '', 'net', ''),
        rule,
        line('Balance, beginning of period', '10,327', '72', '9,132', '89'),
        line('Current period change for credit losses', '', '11', '', '14'),
        line('Write-offs of uncollectible receivables', '', '(15)', '', '(17)'),
        rule,
        line('Balance, end of period', '10,345', '68', '8,886', '86'),
        '',
    ].join('\n');
})();
(0, node_test_1.test)('a balance column that prints no movements is no sum; its allowance beside it still rolls', () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(RECEIVABLES), []);
    const table = (0, core_1.parseFiling)(RECEIVABLES).tables[0];
    const whys = (0, facts_1.factsOf)(table).unchecked.map((u) => `${u.column}: ${u.why}`);
    assert.ok(whys.filter((why) => /none of what moved it/.test(why)).length === 2, whys.join('; '));
    // The allowances roll forward under the same reading: 72 + 11 - 15 = 68, 89 + 14 - 17 = 86.
    assert.deepEqual((0, facts_1.factsOf)(table)
        .footings.filter((f) => f.ok)
        .map((f) => f.column), [2, 4]);
});
/** Adjustments per share from GAAP to adjusted diluted EPS, as Walgreens prints them. */
function adjustedEps(adjusted2024) {
    return [
        '                 RECONCILIATION OF ADJUSTED DILUTED NET EARNINGS PER SHARE',
        '',
        '                                                          2024        2023',
        '                                                        -------     -------',
        'Diluted net (loss) earnings per common share (GAAP)     $(10.01)     $(3.57)',
        'Adjustments to operating (loss) income                    19.32       12.45',
        'Adjustments to other income, net                          (0.35)      (2.26)',
        'Adjustments to interest expense, net                       0.02          --',
        'Adjustments to income tax provision (benefit)              1.44       (2.48)',
        'Adjustments to post-tax earnings from equity investments   0.05        0.05',
        'Adjustments to net loss attributable to NCI               (7.61)      (0.21)',
        '                                                        -------     -------',
        `Adjusted diluted net earnings per common share          $ ${adjusted2024.padStart(5)}      $ 3.98`,
        '',
    ].join('\n');
}
(0, node_test_1.test)('adjustments per share add to within their rounding, not to the cent', () => {
    // Seven figures each rounded to the cent: 2.86 by the rows, 2.88 as printed.
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(adjustedEps('2.88')), []);
    // A dime off is no rounding.
    const slipped = (0, analysis_1.errorsAndWarnings)(adjustedEps('2.96'));
    assert.equal(slipped.length, 1, JSON.stringify(slipped));
    assert.match(slipped[0], /^FL101 .*2\.96/);
});
/** A year of stock option activity with the options' aggregate intrinsic value, as CAMP4 prints it. */
const OPTION_ACTIVITY = [
    '                          STOCK OPTION ACTIVITY',
    '',
    '                                    Number of     Weighted-average     Aggregate',
    '                                      options       exercise price     intrinsic value',
    '                                   ----------     ----------------     ---------------',
    'Balance at December 31, 2022        2,449,948                $6.47               6,140',
    'Granted                               191,184                 8.72',
    'Forfeited                            (324,885)                6.75                 203',
    'Exercised                             (43,026)                4.29',
    '                                   ----------                           ---------------',
    'Balance at December 31, 2023        2,273,221                $6.06               6,893',
    '',
].join('\n');
(0, node_test_1.test)("an aggregate intrinsic value is each balance's own, not rolled forward", () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(OPTION_ACTIVITY), []);
    const table = (0, core_1.parseFiling)(OPTION_ACTIVITY).tables[0];
    assert.ok((0, facts_1.factsOf)(table).unchecked.some((u) => /value at each date/.test(u.why)));
    // The options still roll forward: 2,449,948 + 191,184 - 324,885 - 43,026 = 2,273,221.
    assert.ok((0, facts_1.factsOf)(table).footings.some((f) => f.column === 1 && f.ok));
});
/** Disney's equity statement, one column of it: negative balances set over the `)` column too. */
function equityColumn(movement) {
    const row = (label, ...cells) => `<tr><td colspan="3">${label}</td>${cells.join('')}</tr>`;
    return (0, html_1.htmlFiling)([
        '<p>CONDENSED CONSOLIDATED STATEMENTS OF EQUITY (in millions)</p>',
        '<table>',
        row('', '<td colspan="3">Accumulated Other Comprehensive Income (Loss)</td>', '<td colspan="3">Total Equity</td>'),
        row('Balance at April 1, 2023', '<td>$</td><td colspan="2">(4,389)</td>', '<td>$</td><td>101,556</td><td></td>'),
        row('Comprehensive income (loss)', `<td colspan="2">${movement}</td><td></td>`, '<td colspan="2">(316)</td><td></td>'),
        row('Contributions', '<td colspan="2">&#8212;</td><td></td>', '<td colspan="2">602</td><td></td>'),
        row('Balance at July 1, 2023', '<td>$</td><td colspan="2">(4,413)</td>', '<td>$</td><td>101,842</td><td></td>'),
        '</table>',
    ]);
}
(0, node_test_1.test)('negative balances whose cells take in the `)` column are one column with the movements', () => {
    const table = (0, core_1.parseFiling)(equityColumn('(24)')).tables[0];
    assert.equal(table.columns.length, 3, table.columns.map((c) => c.header).join(' | '));
    const aoci = (0, facts_1.factsOf)(table).footings.find((f) => f.column === 1);
    assert.ok(aoci?.ok, `${aoci?.stated.units} for ${aoci?.computed.units}`);
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(equityColumn('(24)')), []);
});
/** A loss-making company's rate reconciliation, as CAMP4's prospectus prints it: 0.00% in the end. */
function rateReconciliation(state2023) {
    return [
        '                    EFFECTIVE INCOME TAX RATE RECONCILIATION',
        '',
        line('', '2023', '2022'),
        line('', '----', '----'),
        line('Income tax at federal statutory rate', '21.00%', '21.00%'),
        line('State taxes, net of federal benefit', state2023, '6.72'),
        line('Foreign rate differential', '0.04', '--'),
        line('Research and development credit', '4.03', '3.08'),
        line('Valuation allowance', '(31.99)', '(30.30)'),
        line('Permanent differences', '(0.57)', '(0.50)'),
        line('', '------', '------'),
        line('Effective income tax rate', '(0.00)%', '(0.00)%'),
        '',
    ].join('\n');
}
(0, node_test_1.test)('a total of nought is footed where a slip in one figure explains what its rows add to', () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(rateReconciliation('7.49')), []);
    // 21.00 + 8.49 + 0.04 + 4.03 - 31.99 - 0.57 = 1.00, not 0.00: one digit off.
    const slipped = (0, analysis_1.errorsAndWarnings)(rateReconciliation('8.49'));
    assert.equal(slipped.length, 1, JSON.stringify(slipped));
    assert.match(slipped[0], /^FL101 .*1\.00/);
});
//# sourceMappingURL=balances-and-rounding.test.js.map