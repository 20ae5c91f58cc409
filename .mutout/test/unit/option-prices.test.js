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
 * Option prices (facts/optionPrices.ts, FL312): the options at a date in an activity table and the
 * same options in the table by range of exercise prices state one weighted-average price. Built
 * tables show what makes the two the same options (the count, in the tables' units) and what is a
 * price (an average, not a bound of a range).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
/** An activity table whose year ends with `count` options at `price`. */
function activity(count, price, heading = 'Weighted Average') {
    return [
        'A summary of option activity follows:',
        '',
        '<TABLE>',
        '<CAPTION>',
        `                                             ${heading.padStart(16)}`,
        '                                   Options    Exercise Price',
        '<S>                               <C>        <C>',
        'Balance at December 31, 1998       10,000         $ 9.00',
        '  Granted                           3,000          20.00',
        '  Exercised                          (655)          5.00',
        '                                  -------',
        `Balance at December 31, 1999      ${count.padStart(7)}         $${price.padStart(5)}`,
        '</TABLE>',
        '',
    ].join('\n');
}
/** The options at the end of 1999 by range of prices: 12,345 in all, averaging 10.4415; with a total row or not. */
function byRange(total) {
    return [
        'Options outstanding at December 31, 1999 were as follows:',
        '',
        '<TABLE>',
        '<CAPTION>',
        '                                  Number     Weighted Average',
        'Range of Exercise Prices     Outstanding       Exercise Price',
        '<S>                              <C>          <C>',
        '$ 1.00 - $ 5.00                    4,000           $ 3.00',
        '$ 5.01 - $15.00                    5,000            10.00',
        '$15.01 - $25.00                    3,345            20.00',
        ...(total === null
            ? []
            : [
                '                                 -------          -------',
                `                                  12,345          $${total.padStart(6)}`,
            ]),
        '</TABLE>',
        '',
    ].join('\n');
}
function fl312(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL312');
}
(0, node_test_1.test)("the activity table's year-end price against the by-range table's total for the same options", () => {
    const text = activity('12,345', '12.00') + byRange('10.44');
    const findings = fl312(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const [f] = findings;
    const lines = (0, core_1.splitLines)(text);
    assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), '12.00');
    assert.match(f.message, /^Weighted Average Exercise Price 12\.00 of the 12,345 options at "Balance at December 31, 1999" is not their price .*: its total row gives 10\.44 for the same 12,345 options, and its 3 ranges' prices weighted by their options give 10\.44$/);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined, 'the tables do not say which price is misprinted');
    assert.deepEqual(fl312(activity('12,345', '10.44') + byRange('10.44')), [], 'the same price');
});
(0, node_test_1.test)('without a total row, the ranges averaged by their options; within their rounding, the same price', () => {
    const findings = fl312(activity('12,345', '12.00') + byRange(null));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /its 3 ranges' prices weighted by their options give 10\.44 for the same options$/);
    assert.equal(findings[0].related.length, 3);
    assert.deepEqual(fl312(activity('12,345', '10.44') + byRange(null)), []);
});
(0, node_test_1.test)('other options, few options, and a bound of a range are not the same price', () => {
    assert.deepEqual(fl312(activity('12,346', '12.00') + byRange('10.44')), [], 'a different count: other options');
    // Counts of three digits may agree by chance.
    const small = byRange('10.44')
        .replace('12,345', '   345')
        .replace('4,000', '  100')
        .replace('5,000', '  200')
        .replace('3,345', '   45');
    assert.deepEqual(fl312(activity('345', '12.00').replace('10,000', '     10').replace('3,000', '  990').replace('(655)', ' (655)') +
        small), []);
    // A column headed as a range of prices, or a price printed as a range's bound, is no average.
    assert.deepEqual(fl312(activity('12,345', '12.00', 'Price Range') + byRange('10.44')), []);
    const bound = activity('12,345', '12.00').replace('$12.00', '$ 1.00 - $25.00');
    assert.deepEqual(fl312(bound + byRange('10.44')), []);
});
(0, node_test_1.test)("both tables' hovers list the options they state alike, and whether the prices agree", () => {
    const text = activity('12,345', '12.00') + byRange('10.44');
    const { model } = (0, core_1.analyze)(text);
    const [activityTable, rangeTable] = model.tables;
    // Markdown: points and parentheses escaped.
    const hover = (0, core_1.tableHoverMarkdown)(model, activityTable);
    assert.match(hover, /Options stated again by range of exercise prices:\n- ✗ Balance at December 31, 1999: 12,345 options at \$12\\\.00; by range 10\\\.44 in the table at line 18/);
    assert.match((0, core_1.tableHoverMarkdown)(model, rangeTable), /- ✗ Balance at December 31, 1999: 12,345 options .* in A summary of option activity/);
    const agreed = (0, core_1.analyze)(activity('12,345', '10.44') + byRange(null));
    assert.match((0, core_1.tableHoverMarkdown)(agreed.model, agreed.model.tables[0]), /- ✓ Balance at December 31, 1999: 12,345 options at \$10\\\.44; by range 10\\\.44 in /);
});
(0, node_test_1.test)('the export carries the options both tables state, on each table', () => {
    const { model } = (0, core_1.analyze)(activity('12,345', '12.00') + byRange(null));
    const [activityTable, rangeTable] = model.tables;
    const expected = [{ line: 12, count: '12345', price: '12.00', byRange: '10.4415', otherTable: 18, agrees: false }];
    assert.deepEqual((0, core_1.tableToJson)(activityTable, model).optionPrices, expected);
    assert.deepEqual((0, core_1.tableToJson)(rangeTable, model).optionPrices, [{ ...expected[0], otherTable: 1 }]);
});
(0, node_test_1.test)("edited as an editor edits: the tie follows the activity table's price and the lines above it", () => {
    const lines = (0, core_1.splitLines)(activity('12,345', '12.00') + byRange('10.44'));
    const cache = (0, core_1.createParseCache)();
    const fl312Of = () => (0, core_1.analyzeLines)(lines.slice(), { cache }).findings.filter((f) => f.code === 'FL312');
    assert.equal(fl312Of().length, 1);
    // Lines added above both tables move them; the finding moves with them.
    lines.splice(0, 0, 'NOTE 7. STOCK OPTIONS', '');
    const moved = fl312Of();
    assert.equal(moved.length, 1);
    assert.equal(lines[moved[0].span.line].slice(moved[0].span.start, moved[0].span.end), '12.00');
    // The price corrected: the tie holds.
    const at = lines.findIndex((l) => l.includes('$12.00'));
    lines[at] = lines[at].replace('$12.00', '$10.44');
    assert.deepEqual(fl312Of(), []);
});
(0, node_test_1.test)("a plan's name with `Long-Term` in it heads options, not a term", () => {
    // Texas Instruments 1996 heads its options `Long-Term Incentive and Stock Option Plans`; `Term`
    // alone heads a remaining contractual term, which counts no options.
    const plan = activity('12,345', '12.00').replace('                                   Options    Exercise Price', '                                 Long-Term    Exercise Price');
    assert.match(plan, /Long-Term {4}Exercise Price/);
    assert.equal(fl312(plan + byRange('10.44')).length, 1);
    const term = activity('12,345', '12.00').replace('                                   Options    Exercise Price', '                                      Term    Exercise Price');
    assert.deepEqual(fl312(term + byRange('10.44')), []);
});
//# sourceMappingURL=option-prices.test.js.map