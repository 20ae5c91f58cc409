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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * FL102 on rows of percentages under rows of amounts (facts/percentRows.ts): `% of net sales` under
 * each line of an analysis of the income statement is that line's share of the table's sales, to its
 * printed decimals, allowing for the rounding of both amounts.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const decimal_1 = require("../../server/src/core/decimal");
const percentRows_1 = require("../../server/src/core/facts/percentRows");
const paths_1 = require("../support/paths");
const pad = (name, xs) => `${name.padEnd(34)}${xs.map((x) => x.padStart(12)).join('')}`;
/** An analysis of the income statement in millions, with `% of net sales` rows; `pct` overrides them by line. */
function analysis(pct = {}, base = 'Net sales') {
    const rows = [
        ['Cost of sales', ['$2,164', '$1,722', '$1,580'], ['21.6%', '21.6%', '22.3%']],
        ['Selling and administrative', ['$3,855', '$3,184', '$3,005'], ['38.5%', '39.9%', '42.4%']],
        ['R&D expenses', ['$1,442', '$1,126', '$961'], ['14.4%', '14.1%', '13.6%']],
        ['Other deductions--net', ['$261', '$115', '$60'], ['2.6%', '1.4%', '.8%']],
    ];
    return [
        'Analysis of the Consolidated Statement of Income',
        '',
        pad('(millions of dollars)', ['1995', '1994', '1993']),
        pad('', ['-------', '-------', '-------']),
        pad(base, ['$10,021', '$7,977', '$7,083']),
        ...rows.flatMap(([label, amounts, percents]) => [
            pad(label, amounts),
            pad('  % of net sales', pct[label] ?? percents),
            '',
        ]),
    ].join('\n');
}
const fl102 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL102');
(0, node_test_1.test)("percentages that are their lines' shares of net sales are not reported", () => {
    assert.deepEqual(fl102(analysis()), []);
});
(0, node_test_1.test)("a percentage off its line's share is an error with the fix, beyond the rounding of both amounts", () => {
    // 115 / 7,977 = 1.442%: printed 1.5% (Pfizer's 1995 and 1996 10-Ks print this 1994 figure so).
    const text = analysis({ 'Other deductions--net': ['2.6%', '1.5%', '.8%'] });
    const [f, ...rest] = fl102(text);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'Percent 1.5% ≠ 1.4% computed from $115 (Other deductions--net) of $7,977 (Net sales), even allowing for the rounding of both');
    assert.equal(f.fix?.title, 'Change 1.5% to 1.4%');
    assert.deepEqual(fl102((0, core_1.applyEdits)(text, f.fix.edits)), []);
});
(0, node_test_1.test)('a percentage the unrounded amounts could give is accepted', () => {
    // 2,164 / 10,021 = 21.595%, printed 21.6%; 21.7% is beyond what 2,164.5 / 10,020.5 = 21.601% allows.
    assert.deepEqual(fl102(analysis({ 'Cost of sales': ['21.6%', '21.6%', '22.3%'] })), []);
    assert.equal(fl102(analysis({ 'Cost of sales': ['21.7%', '21.6%', '22.3%'] })).length, 1);
});
(0, node_test_1.test)('the base is the row of sales most percentages agree with', () => {
    // Printed over `Total revenues` instead: the same shares, no finding.
    assert.deepEqual(fl102(analysis({}, 'Total revenues')), []);
});
(0, node_test_1.test)('a table where fewer than three percentages agree claims nothing', () => {
    const wrong = ['50.0%', '50.0%', '50.0%'];
    const text = analysis({
        'Cost of sales': wrong,
        'Selling and administrative': wrong,
        'R&D expenses': wrong,
        'Other deductions--net': ['2.6%', '1.4%', '9.9%'],
    });
    assert.deepEqual(fl102(text), []);
});
(0, node_test_1.test)('shareAllowed: the share of two rounded amounts, positive or negative', () => {
    // Dell FY1996: 1,067 of 5,296 lies between 20.14% and 20.16%, so 20.2% may stand; 690 of 5,296 not 13.1%.
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(202n, 1), (0, decimal_1.decimal)(1067n, 0), (0, decimal_1.decimal)(5296n, 0)), true);
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(131n, 1), (0, decimal_1.decimal)(690n, 0), (0, decimal_1.decimal)(5296n, 0)), false);
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(130n, 1), (0, decimal_1.decimal)(690n, 0), (0, decimal_1.decimal)(5296n, 0)), true);
    // A loss: (110.5) of 7,230.2 = (1.528)%.
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(-15n, 1), (0, decimal_1.decimal)(-1105n, 1), (0, decimal_1.decimal)(72302n, 1)), true);
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(-16n, 1), (0, decimal_1.decimal)(-1105n, 1), (0, decimal_1.decimal)(72302n, 1)), false);
    // No base: nothing is a share of it.
    assert.equal((0, percentRows_1.shareAllowed)((0, decimal_1.decimal)(0n, 0), (0, decimal_1.decimal)(0n, 0), (0, decimal_1.decimal)(0n, 0)), false);
});
(0, node_test_1.test)('property: percentages computed from the amounts are accepted; one changed beyond rounding is found on it', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 5_000, max: 90_000 }), fast_check_1.default.array(fast_check_1.default.integer({ min: 100, max: 4_000 }), { minLength: 4, maxLength: 4 }), fast_check_1.default.integer({ min: 0, max: 3 }), fast_check_1.default.integer({ min: 2, max: 9 }), (sales, lines, which, bump) => {
        const pct = (n) => `${((1000 * n) / sales / 10).toFixed(1)}%`;
        const rows = lines.flatMap((n, i) => [
            pad(`Line ${'ABCD'[i]}`, [`$${n.toLocaleString('en-US')}`]),
            pad('  % of net sales', [pct(n)]),
        ]);
        const text = (r) => [pad('', ['1995']), pad('Net sales', [`$${sales.toLocaleString('en-US')}`]), ...r].join('\n');
        assert.deepEqual(fl102(text(rows)), []);
        // Raise one percentage by `bump` tenths: beyond what the rounding of whole amounts allows.
        const k = 2 * which + 1;
        const raised = (Number(rows[k].trim().split(/\s+/).pop().replace('%', '')) + bump / 10).toFixed(1);
        const changed = [...rows];
        changed[k] = pad('  % of net sales', [`${raised}%`]);
        const found = fl102(text(changed));
        assert.equal(found.length, 1);
        assert.equal(found[0].span.line, k + 2);
    }), { numRuns: 80 });
});
(0, node_test_1.test)("IBM 1999: a margin row is its named row over its own block's revenues", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'ibm-1999-segment-pretax-margins.txt'), 'latin1');
    const { model } = (0, core_1.analyze)(text);
    const read = (0, percentRows_1.percentRowsOf)(model.tables[0]);
    assert.ok(read, 'the margins are read');
    const lines = text.split('\n');
    const at = (line) => lines[line].trim().split(/\s{2,}/)[0];
    assert.deepEqual(read.cells.map((c) => [
        c.cell.text.trim(),
        at(c.part.span.line),
        c.part.text.replace(/[$\s]/g, ''),
        c.base.text.replace(/[$\s]/g, ''),
        c.ok,
    ]), [
        ['21.1%', 'Pre-tax income (loss)', '1,357', '6,439', true],
        ['33.0%', 'Pre-tax income (loss)', '625', '1,893', true],
        ['(14.1)%', 'Pre-tax income (loss)', '(173)', '1,224', true],
        ['10.6%', 'Pre-tax income (loss)', '4,891', '46,297', true],
        ['20.8%', 'Pre-tax income (loss)', '1,221', '5,871', true],
        ['31.7%', 'Pre-tax income (loss)', '586', '1,793', false],
        ['(28.7)%', 'Pre-tax income (loss)', '(311)', '1,082', true],
        ['9.4%', 'Pre-tax income (loss)', '3,838', '40,589', false],
    ]);
    // The year-to-year changes under the 1999 block are not margins, nor shares of revenue.
    assert.ok(read.cells.every((c) => /margin/.test(c.row.label)));
});
//# sourceMappingURL=percent-rows.test.js.map