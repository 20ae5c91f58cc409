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
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("../support/paths");
const stated_1 = require("../../server/src/core/summaries/stated");
const model = (0, core_1.parseFiling)((0, paths_1.readSample)());
const byTitle = (title) => (0, core_1.summarizeTable)(model.tables.find((t) => t.title === title));
(0, node_test_1.test)('pool average balance and its footnote ($407,075)', () => {
    const s = byTitle('Current Mortgage Loan Principal Balances');
    assert.equal((0, core_1.format)(s.averageAmount), '407,074.53');
    assert.equal(s.labelKind, 'range');
    assert.equal(s.stated.length, 1);
    assert.equal(s.stated[0].figure.text, '$407,075');
    assert.equal((0, core_1.format)(s.stated[0].computed), '407,075');
    assert.equal(s.stated[0].agrees, true);
});
(0, node_test_1.test)('weighted average mortgage rate 6.973%', () => {
    const s = byTitle('Mortgage Rates');
    assert.equal(s.labelKind, 'numeric');
    assert.equal((0, core_1.format)(s.weightedAverage.value), '6.973');
    assert.equal((0, core_1.format)(s.weightedAverage.min), '5.750');
    assert.equal((0, core_1.format)(s.weightedAverage.max), '10.500');
    const adjusted = s.stated.find((c) => c.figure.text === '6.973%');
    assert.equal(adjusted?.agrees, true);
    const unadjusted = s.stated.find((c) => c.figure.text === '6.996%');
    assert.equal(unadjusted?.agrees, null, 'the unadjusted rate is not in the table');
});
(0, node_test_1.test)('weighted remaining term 355.5 months agrees with "approximately 355 months"', () => {
    const s = byTitle('Remaining Terms to Maturity');
    assert.equal((0, core_1.format)(s.weightedAverage.value), '355.5');
    assert.equal(s.stated[0].agrees, true);
});
(0, node_test_1.test)('loan-to-value buckets bound the stated 72.65%', () => {
    const s = byTitle('Original Loan-to-Value Ratios');
    assert.equal(s.labelKind, 'range');
    const iv = s.weightedInterval;
    assert.ok(Number((0, core_1.format)(iv.low)) <= 72.65 && 72.65 <= Number((0, core_1.format)(iv.high)), `${(0, core_1.format)(iv.low)}..${(0, core_1.format)(iv.high)}`);
    assert.equal(s.stated[0].agrees, true);
});
(0, node_test_1.test)('largest concentration', () => {
    const s = byTitle('State Distribution of Mortgaged Properties');
    assert.equal(s.concentrations[0].label, 'California');
    assert.equal((0, core_1.format)(s.concentrations[0].percent), '50.35');
    assert.equal(s.foots, true);
});
(0, node_test_1.test)('how a table ties out: foots only when something was verified', () => {
    const summaryOf = (text) => {
        const m = (0, core_1.parseFiling)(text);
        assert.equal(m.tables.length, 1, text);
        return (0, core_1.summarizeTable)(m.tables[0]);
    };
    const rows = ['Alpha          1,000', 'Beta           2,000', 'Gamma          3,000'];
    const sample = byTitle('State Distribution of Mortgaged Properties');
    assert.equal((0, core_1.tieOut)(sample), 'foots');
    assert.equal(sample.checked > 0, true);
    const noTotal = summaryOf(`${rows.join('\n')}\n`);
    assert.equal((0, core_1.tieOut)(noTotal), 'no total row');
    assert.equal(noTotal.foots, false);
    const wrong = summaryOf(`${rows.join('\n')}\n               -----\nTotal          7,000\n`);
    assert.equal((0, core_1.tieOut)(wrong), '1 problem');
    // A total of a single row restates it rather than adds: nothing is verified, so it does not foot.
    const single = summaryOf(`Alpha          1,000\n               -----\nTotal          1,000\n`);
    assert.equal((0, core_1.tieOut)(single), 'total not checked');
    assert.equal(single.foots, false);
    assert.match((0, core_1.tableHoverMarkdown)((0, core_1.parseFiling)(`${rows.join('\n')}\n`), (0, core_1.parseFiling)(`${rows.join('\n')}\n`).tables[0]), / · no total row/);
});
(0, node_test_1.test)('a footnote states a total only when the total is named before its figure, not as what holds it', () => {
    const note = (text) => ({ marker: '(1)', text, startLine: 0, endLine: 0 });
    const total = (0, stated_1.statedFigures)([note('The aggregate principal balance of the loans is approximately $42,000,000.')]);
    assert.deepEqual(total.map((f) => [f.kind, f.text]), [['total', '$42,000,000']]);
    const part = (0, stated_1.statedFigures)([
        note('Included with this payment was approximately $3 million in interest charges which have been ' +
            'aggregated in the 1999 total interest expense used for the calculation of total fixed charges.'),
        note('Of which the total included is approximately $5 million.'),
    ]);
    assert.deepEqual(part, []);
});
(0, node_test_1.test)("a statement's totals say what they add: subtotals by name, signs as read", () => {
    const apple = (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.CORPUS, '10k-1997-apple-full-submission.txt'), 'latin1'));
    const table = apple.tables.find((t) => t.title === 'CONSOLIDATED STATEMENTS OF OPERATIONS');
    const s = (0, core_1.summarizeTable)(table);
    const adds = new Map(s.structure.map((line) => [line.label, line.adds]));
    assert.match(adds.get('Operating income (loss)') ?? '', /^Net sales − line \d+$/);
    assert.equal(adds.get('Income (loss) before provision (benefit) for income taxes'), 'Operating income (loss) + Interest and other income (expense), net');
    assert.match(adds.get(s.structure[0].label) ?? '', /^the 6 rows above$/);
    const hover = (0, core_1.tableHoverMarkdown)(apple, table).replace(/\\/g, '');
    assert.match(hover, /- Operating income \(loss\) = Net sales − line \d+: 1997 ✓ · 1996 ✓ · 1995 ✓/);
});
(0, node_test_1.test)('a statement shows its totals and relations, not concentrations; the lens says cross-foots', () => {
    const apple = (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.CORPUS, '10k-1997-apple-full-submission.txt'), 'latin1'));
    const table = apple.tables.find((t) => t.title === "CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY");
    const s = (0, core_1.summarizeTable)(table);
    assert.equal(s.statement, true);
    assert.deepEqual(s.concentrations, []);
    assert.equal(s.structure.length, 3, 'three balance rows');
    assert.ok(s.structure.every((line) => line.columns.every((c) => c.ok)));
    assert.equal((0, core_1.tieOut)(s), 'foots · cross-foots');
    // Markdown escapes aside.
    const hover = (0, core_1.tableHoverMarkdown)(apple, table).replace(/\\/g, '');
    assert.match(hover, /Totals:\n- Balance as of September 29, 1995 = [^\n]+: /);
    assert.match(hover, /Across the rows:\n- ✓ TOTAL SHAREHOLDERS' EQUITY = AMOUNT \(column 2\) \+ AMOUNT \(column 4\) \+ RETAINED EARNINGS \+ OTHER: 19 of 19 rows/);
    assert.doesNotMatch(hover, /Largest:/);
    // Down the rows: the three years' balances roll forward in every column.
    assert.deepEqual(s.rollForwards.map((r) => [r.open, r.close, r.tied, r.columns]), [
        ['Balance as of September 30, 1994', 'Balance as of September 29, 1995', 5, 5],
        ['Balance as of September 29, 1995', 'Balance as of September 27, 1996', 5, 5],
        ['Balance as of September 27, 1996', 'Balance as of September 26, 1997', 5, 5],
    ]);
    assert.match(hover, /Down the rows:\n- ✓ Balance as of September 30, 1994 → Balance as of September 29, 1995: 5 of 5 columns tie/);
});
(0, node_test_1.test)('concentrations only where the rows are parts of one whole the table prints', () => {
    const summaryOf = (text) => (0, core_1.summarizeTable)((0, core_1.parseFiling)(text).tables[0]);
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
    assert.deepEqual(summaryOf(regions).concentrations.map((c) => [c.label, (0, core_1.format)(c.percent)]), [
        ['United States', '50.00'],
        ['Europe', '30.00'],
        ['Asia', '20.00'],
    ]);
    // Percents that make up a whole are shares without a total; margins that do not, are not.
    const percents = (a, b) => [
        '                                     Percent',
        '                                     -------',
        `Customer A                             ${a}%`,
        `Customer B                             ${b}%`,
        '',
    ].join('\n');
    assert.deepEqual(summaryOf(percents('57', '43')).concentrations.map((c) => c.label), ['Customer A', 'Customer B']);
    assert.deepEqual(summaryOf(percents('37', '12')).concentrations, []);
});
//# sourceMappingURL=summaries.test.js.map