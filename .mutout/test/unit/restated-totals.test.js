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
 * A balance line that prints, figure for figure, a total above it (`Options vested and expected to
 * vest` under `Outstanding at December 31`) restates that total and is not footed as a sum of the
 * rows between (facts/footings.ts); the lens and hover say why it is not checked.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
(0, node_test_1.test)('a line labelled as a total is footed, even where it prints the subtotal above it', () => {
    // `Total` copied from the subtotal above while rows between are not nil: still a sum to check.
    const copied = [
        '                                    2025        2024',
        'Cash                               1,200       1,100',
        'Receivables                          800         700',
        '                                  ------      ------',
        '  Total current assets             2,000       1,800',
        'Property                              50          40',
        '                                  ------      ------',
        '  Total assets                     2,000       1,800',
        '',
    ].join('\n');
    const [table] = (0, core_1.parseFiling)(copied).tables;
    const whys = (0, core_1.factsOf)(table)
        .unchecked.filter((u) => u.total.label === 'Total assets')
        .map((u) => u.why);
    assert.equal(whys.length, 2, 'footed in both columns (and left in doubt: nothing confirms the reading)');
    assert.ok(whys.every((w) => !w.startsWith('it restates')), whys.join('; '));
});
(0, node_test_1.test)("Mastercard's options: vested and expected to vest restates the outstanding line, and says so", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'mastercard-2025-html-options-vested-and-expected-restates-outstanding.txt'), 'latin1');
    assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101'), []);
    const table = (0, core_1.parseFiling)(text).tables.find((t) => t.rows.some((r) => r.label.startsWith('Options vested')));
    const whys = (0, core_1.factsOf)(table)
        .unchecked.filter((u) => u.total.label.startsWith('Options vested'))
        .map((u) => u.why);
    assert.ok(whys.length > 0);
    // The aggregate intrinsic value is not footed at any balance (a value at each date), restated or not.
    const restates = whys.filter((w) => w === 'it restates "Outstanding at December 31, 2025"');
    assert.ok(restates.length > 0, whys.join('; '));
    assert.ok(whys.every((w) => restates.includes(w) || w.startsWith('"Aggregate Intrinsic Value (in millions)" is a value at each date')), whys.join('; '));
});
(0, node_test_1.test)('a line that prints a total above it and breaks it down is still footed: a slip between is found', () => {
    // TRW's 1994 savings plans: net assets, then each plan's share of them, totalled again.
    const plans = (esop) => [
        '                                                             1994                1993',
        'Investments                                           $707,000,000        $717,000,000',
        'Receivables                                                436,477             509,528',
        '                                                     --------------------------------',
        'NET ASSETS AVAILABLE FOR BENEFITS                     $707,436,477        $717,509,528',
        '                                                     ================================',
        '',
        `Employee Stock Ownership Plan                         $${esop}        $466,874,664`,
        'Stock Savings Plan                                     254,431,768         250,634,864',
        '                                                     --------------------------------',
        'NET ASSETS AVAILABLE FOR BENEFITS                     $707,436,477        $717,509,528',
        '                                                     ================================',
        '',
    ].join('\n');
    assert.deepEqual((0, core_1.analyze)(plans('453,004,709')).findings.filter((f) => f.code === 'FL101'), []);
    const slipped = (0, core_1.analyze)(plans('553,004,709')).findings.filter((f) => f.code === 'FL101');
    assert.equal(slipped.length, 1, JSON.stringify(slipped.map((f) => f.message)));
    assert.match(slipped[0].message, /one-digit slip/);
});
//# sourceMappingURL=restated-totals.test.js.map