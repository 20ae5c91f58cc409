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
 * Which figure a footing's slip is in: where a slip in the total and a slip in one row explain the
 * difference equally, the finding names both and offers no edit, unless the table settles it (a
 * subtotal that foots from its own rows is as printed; a balance whose intended figure the table
 * prints as the balance at the other end of a period beside it is the one that slipped).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const footings = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
/** A cash roll of two years, the 2000 column's total 50 off: `end` and `open` as printed in 2000. */
function cash(open, end) {
    return [
        '                                              2000        1999',
        '                                            --------    --------',
        'Net increase (decrease) during the year         208         (37)',
        `Balance at beginning of year               ${open.padStart(9)}       1,648`,
        '                                            --------    --------',
        `Balance at end of year                    $${end.padStart(9)}    $  1,611`,
        '                                            ========    ========',
        '',
    ].join('\n');
}
(0, node_test_1.test)('a total and one row that each explain the difference: both named, no edit', () => {
    // 208 + 1,661 = 1,869 against 1,819: 1,819 for 1,869, or 1,661 for 1,611, and no 1,869 or 1,611 elsewhere.
    const text = cash('1,661', '1,819').replace('1,611', '1,599').replace('1,648', '1,636');
    const [f, ...rest] = footings(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^1,819 in the total reads like a one-digit slip for 1,869, or 1,661 in .* for 1,611; the table does not say which/);
    assert.equal(f.fix, undefined);
    assert.ok(f.related.some((r) => text.split('\n')[r.span.line].slice(r.span.start, r.span.end) === '1,661'));
});
(0, node_test_1.test)('the row is the one when the period before closed with its intended figure', () => {
    // `Beginning of period` chains no years (FL105's period chain needs them): the footing settles it.
    const text = cash('1,661', '1,819')
        .replace('Balance at beginning of year', 'Cash at beginning of period ')
        .replace('Balance at end of year', 'Cash at end of period ');
    const [f, ...rest] = footings(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^1,661 in "Cash at beginning of period" reads like a one-digit slip for 1,611/);
    assert.equal(f.fix?.title, 'Change 1,661 to 1,611');
    assert.deepEqual(footings((0, core_1.applyEdits)(text, f.fix.edits)), []);
    // With years, FL105 names the same figure, as the year 1999 closed with 1,611.
    const chained = (0, core_1.analyze)(cash('1,661', '1,819')).findings;
    assert.deepEqual(chained.map((x) => [x.code, x.fix?.title]), [['FL105', 'Change 1,661 to 1,611']]);
});
(0, node_test_1.test)('the total is the one when the next year opens with its intended figure', () => {
    // The same two columns a year later: 2001 opens with 1,869, what 2000 should have closed with.
    const text = [
        '                                              2001        2000',
        '                                            --------    --------',
        'Net increase (decrease) during the year          47         208',
        'Balance at beginning of year                  1,869       1,661',
        '                                            --------    --------',
        'Balance at end of year                     $  1,916    $  1,819',
        '                                            ========    ========',
        '',
    ].join('\n');
    const [f, ...rest] = footings(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^1,819 in the total reads like a one-digit slip for 1,869: /);
    assert.equal(f.fix?.title, 'Change 1,819 to 1,869');
});
//# sourceMappingURL=slip-cell.test.js.map