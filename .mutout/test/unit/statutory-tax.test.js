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
 * FL308: a tax reconciliation's tax at the statutory rate against the income statement's pre-tax
 * income (facts/statutoryTax.ts). Reported only where other years agree and one slip explains the
 * difference; a few units off, a year at another federal rate, or a line no year agrees with is not.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
/** An income statement and a tax note, `pretax` and `statutory` by year (1997, 1996, 1995). */
function filing(pretax, statutory, label = 'Tax at U.S. federal statutory rate', note = '') {
    const row = (name, xs) => `${name.padEnd(44)}${xs.map((x) => x.padStart(12)).join('')}`;
    return [
        '                      CONSOLIDATED STATEMENTS OF INCOME',
        '                        (In thousands)',
        '',
        `${''.padEnd(44)}${['1997', '1996', '1995'].map((y) => y.padStart(12)).join('')}`,
        `${''.padEnd(44)}${'    --------'.repeat(3)}`,
        row('Net revenues', ['900,000', '800,000', '700,000']),
        row('Costs and expenses', ['500,000', '450,000', '400,000']),
        `${''.padEnd(44)}${'    --------'.repeat(3)}`,
        row('Income before income taxes', pretax),
        row('Provision for income taxes', ['100,000', '90,000', '80,000']),
        '',
        '',
        '                      INCOME TAXES',
        '                        (In thousands)',
        note,
        '',
        `${''.padEnd(44)}${['1997', '1996', '1995'].map((y) => y.padStart(12)).join('')}`,
        `${''.padEnd(44)}${'    --------'.repeat(3)}`,
        row(label, statutory),
        row('State taxes, net of federal benefit', ['5,000', '4,000', '3,000']),
        row('Other', ['(1,000)', '(2,000)', '(1,000)']),
        '',
    ].join('\n');
}
const fl308 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL308');
(0, node_test_1.test)('a year one slip off the rate times its pre-tax income is an error, with the fix', () => {
    // 35% of 400,000 = 140,000 (printed 146,000), of 300,000 = 105,000, of 200,000 = 70,000.
    const text = filing(['400,000', '300,000', '200,000'], ['146,000', '105,000', '70,000']);
    const [f, ...rest] = fl308(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^Tax at the statutory rate for 1997 is 146,000, but 35% of income before taxes 400,000/);
    assert.match(f.message, /146,000 reads like a one-digit slip for 140,000; the line agrees for 1996 \(35% of 300,000\), 1995/);
    assert.equal(f.fix?.title, 'Change 146,000 to 140,000');
    assert.deepEqual(fl308((0, core_1.applyEdits)(text, f.fix.edits)), []);
});
(0, node_test_1.test)('the rate a line states, or a rate row beside it, is the one used', () => {
    // At 40% (stated), 160,000 / 120,000 / 80,000; 168,000 is one digit off.
    const stated = filing(['400,000', '300,000', '200,000'], ['168,000', '120,000', '80,000'], 'Tax at statutory rate of 40%');
    assert.match(fl308(stated)[0]?.message ?? '', /40% of income before taxes 400,000 .* is 160,000/);
    // A row of the rate itself gives each year's.
    const rated = stated.replace('Tax at statutory rate of 40%', `${'Statutory rate'.padEnd(44)}${'40.0%'.padStart(12).repeat(3)}\n${'Tax at statutory rate'.padEnd(28)}`);
    assert.match(fl308(rated)[0]?.message ?? '', /40\.0% of income before taxes 400,000 .* is 160,000/);
    // No rate and no federal tax named: nothing is claimed.
    const unnamed = filing(['400,000', '300,000', '200,000'], ['168,000', '120,000', '80,000'], 'Tax at statutory rate');
    assert.deepEqual(fl308(unnamed), []);
});
(0, node_test_1.test)('a few units off, a year at the other federal rate, or no agreeing year: nothing', () => {
    // 140,004 is four units off 140,000: a base a little other than the one printed, no slip.
    assert.deepEqual(fl308(filing(['400,000', '300,000', '200,000'], ['140,004', '105,000', '70,000'])), []);
    // 1995 at 34% (68,000) beside years at 35%.
    assert.deepEqual(fl308(filing(['400,000', '300,000', '200,000'], ['140,000', '105,000', '68,000'])), []);
    // Every year off (a restated base): nothing agrees, so nothing is read as meant.
    assert.deepEqual(fl308(filing(['400,000', '300,000', '200,000'], ['146,000', '115,000', '78,000'])), []);
});
(0, node_test_1.test)('the note may state its figures in another unit than the statement', () => {
    // Figures a thousand times the statement's unit: 35% of 400,000 thousand is 140.0 million.
    const text = filing(['400,000', '300,000', '200,000'], ['146.0', '105.0', '70.0']);
    const [f] = fl308(text);
    assert.match(f?.message ?? '', /is 146\.0, but 35% of income before taxes 400,000 .* is 140\.0/);
});
//# sourceMappingURL=statutory-tax.test.js.map