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
 * Totals printed above the rows they add (facts/readings.ts `headedRows`): read from the rows below
 * only where the rows above do not foot and the rows below add up to the total exactly in every
 * column of figures; never across a balance sheet's two sides, which add up to a total of their own.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const paths_1 = require("../support/paths");
const ORACLE = path.join(paths_1.FIXTURES, 'real', 'oracle-2014-html-total-above-rows.txt');
(0, node_test_1.test)('Oracle 2014: TOTAL HARDWARE SYSTEMS REVENUES adds the two rows printed under it', () => {
    const { model, findings } = (0, core_1.analyze)(fs.readFileSync(ORACLE, 'latin1'));
    assert.deepEqual(findings.filter((f) => f.code === 'FL101'), []);
    const [table] = model.tables;
    const footings = (0, facts_1.factsOf)(table).footings.filter((f) => f.total.label.startsWith('TOTAL HARDWARE'));
    assert.ok(footings.length >= 2);
    for (const f of footings) {
        assert.ok(f.ok);
        assert.deepEqual(f.segment.map((r) => r.label), ['Hardware systems products', 'Hardware systems support (4)']);
    }
});
const SIDES = [
    '                                      1998        1997',
    '                                      ----        ----',
    'Cash                                   100          90',
    'Receivables                            200         210',
    '                                      ----        ----',
    'Total assets                           300         300',
    'Liabilities                            120         110',
    "Shareholders' equity                   180         190",
    '                                      ----        ----',
    'Total liabilities and equity           300         300',
    '                                      ====        ====',
].join('\n');
(0, node_test_1.test)('a slip above a total is still reported where the rows under it add up to a total of their own', () => {
    assert.deepEqual((0, core_1.analyze)(SIDES).findings.filter((f) => f.code === 'FL101'), []);
    const slipped = SIDES.replace('Receivables                            200', 'Receivables                            290');
    const footing = (0, core_1.analyze)(slipped).findings.filter((f) => f.code === 'FL101');
    assert.equal(footing.length, 1, JSON.stringify(footing.map((f) => f.message)));
    assert.equal(footing[0].span.line, 5);
});
(0, node_test_1.test)('a total heading its rows is read from them, and not where they miss it', () => {
    const headed = [
        '                                      1998        1997',
        '                                      ----        ----',
        'Total revenues                         500         450',
        '  Product                              300         280',
        '  Service                              200         170',
        '                                      ----        ----',
        'Net income                              50          45',
    ].join('\n');
    const table = (0, core_1.analyze)(headed).model.tables[0];
    const footings = (0, facts_1.factsOf)(table).footings.filter((f) => f.total.label === 'Total revenues');
    assert.equal(footings.length, 2);
    assert.ok(footings.every((f) => f.ok && f.segment.length === 2));
    // Rows that do not add up to it exactly are not taken for its parts.
    const apart = (0, core_1.analyze)(headed.replace('  Service                              200', '  Service                              210'));
    assert.deepEqual((0, facts_1.factsOf)(apart.model.tables[0]).footings.filter((f) => f.total.label === 'Total revenues'), []);
});
(0, node_test_1.test)('a row that the rows above add up to in two columns is footed there, only in a table that marks no total', () => {
    const row = (label, a, b, c) => `${label.padEnd(30)}${a.padStart(10)}${b.padStart(10)}${c.padStart(10)}`;
    const unmarked = [
        row('', 'Income', 'Shares', 'Income'),
        row('Basic', '1,408', '326,686', '1,162'),
        row('Options', '', '3,964', ''),
        row('ESOP', '44', '27,342', '40'),
        row('Convertible debt', '3', '2,644', '3'),
        row('Diluted', '1,455', '360,696', '1,205'),
    ].join('\n');
    const fl101 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
    // 326,686 + 3,964 + 27,342 + 2,644 = 360,636: one digit off, where both income columns add up.
    const [slip] = fl101(unmarked);
    assert.match(slip?.message ?? '', /360,696 in the total reads like a one-digit slip for 360,636/);
    assert.deepEqual(fl101(unmarked.replace('360,696', '360,636')), []);
    // A table that marks its totals is read by them: an unmarked row adding up there is an item.
    const marked = `${unmarked}\n${'-'.repeat(60)}\n${row('Total', '2,910', '721,332', '2,410')}`;
    assert.ok(!fl101(marked).some((f) => f.span.line === 5));
    // A column off by more than a slip says the row is no sum of those rows: nothing is claimed.
    assert.deepEqual(fl101(unmarked.replace(/^Basic.*$/m, row('Basic', '1,408', '326,686', '1,000'))), []);
});
const TI_1998 = path.join(paths_1.FIXTURES, 'real', 'texas-instruments-1998-equity-under-subheadings.txt');
(0, node_test_1.test)("Texas Instruments 1998: Total stockholders' equity adds the rows since the heading it names, across headings inside", () => {
    const text = fs.readFileSync(TI_1998, 'latin1');
    const { model } = (0, core_1.analyze)(text);
    const footings = (0, facts_1.factsOf)(model.tables[0]).footings.filter((f) => f.total.label.startsWith('Total stockholders'));
    assert.equal(footings.length, 2, 'both columns are footed');
    // The preferred stock prints dashes: a row of the section with nothing to add (its cells have no value).
    for (const f of footings) {
        assert.ok(f.ok);
        assert.deepEqual(f.segment.map((r) => r.label.replace(/\.{2,}.*$/, '').trim()), [
            'Participating cumulative preferred. None issued',
            'Shares issued: 1998 - 391,172,005; 1997 - 390,359,317',
            'Paid-in capital',
            'Retained earnings',
            'Shares: 1998 - 660,437; 1997 - 860,765',
            'Other',
        ]);
    }
    // A slip in one of those rows is now reported at the total (before, the total was not checked).
    const slipped = text.replace('Paid-in capital....................................................     1,203', 'Paid-in capital....................................................     1,230');
    assert.notEqual(slipped, text);
    const fl101 = (0, core_1.analyze)(slipped).findings.filter((f) => f.code === 'FL101');
    assert.ok(fl101.some((f) => /5,977/.test(f.message) || /1,230/.test(f.message)), JSON.stringify(fl101.map((f) => f.message)));
});
//# sourceMappingURL=headed-totals.test.js.map