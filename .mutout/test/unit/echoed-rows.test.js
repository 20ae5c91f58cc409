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
 * Rows worded apart (facts/echoedRows.ts, FL305): a statement's line that another table states under
 * other words is found by its figures, two periods alike; a third period one slip apart is reported.
 * Built tables show what keeps two rows from being taken as one line.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const YEARS = ['1999', '1998', '1997'];
/** A titled table of rows `label  figure per year`, the figures right-aligned in columns of `width`. */
function table(title, rows, width) {
    const line = (label, figures) => label.padEnd(40) + figures.map((f) => f.padStart(width)).join('');
    return [
        title,
        '',
        '<TABLE>',
        line('', YEARS),
        '<S>'.padEnd(40) + YEARS.map(() => '<C>'.padStart(width)).join(''),
        ...rows.map(([label, ...figures]) => line(label, figures)),
        '</TABLE>',
        '',
        'The accompanying notes are an integral part of these statements.',
        '',
    ].join('\n');
}
const CASH_FLOWS = table('STATEMENTS OF CASH FLOWS', [
    ['Net income', '26,886', '11,235', '4,231'],
    ['Depreciation and amortization', '12,223', '3,754', '2,432'],
    ['Deferred income taxes', '(95,823)', '(27,317)', '(13,226)'],
    ['Net cash provided by operations', '(56,714)', '(12,328)', '(6,563)'],
], 14);
/** The statement of cash flows, then a tax note totalling its deferred taxes as `label` (`total`), with `extra` rows. */
function filing(total, label = 'Total deferred benefit', extra = []) {
    const note = [
        ['Federal', '(79,948)', '(22,792)', '(11,035)'],
        ['State', '(15,880)', '(4,525)', '(2,191)'],
        ...extra,
        [label, ...total],
    ];
    return `${CASH_FLOWS}\n${table('The provision for income taxes consists of the following:', note, 16)}`;
}
function fl305(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL305');
}
(0, node_test_1.test)('a line worded apart, alike in two years and a slip apart in the third, is reported', () => {
    const found = fl305(filing(['(95,828)', '(27,317)', '(13,226)']));
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /^Total deferred benefit for 1999 is \(95,828\) here but \(95,823\) in STATEMENTS OF CASH FLOWS as "Deferred income taxes", whose figures for 1998 and 1997 are this row's/);
});
(0, node_test_1.test)('a line the other table states under another row is not this one', () => {
    // The note also prints the statement's 1999 figure, as income before a change and net income do.
    const text = filing(['(95,828)', '(27,317)', '(13,226)'], undefined, [
        ['Deferred before the change', '(95,823)', '(27,317)', '(13,226)'],
    ]);
    assert.deepEqual(fl305(text), []);
});
(0, node_test_1.test)('a difference of one unit in the last digit both print is rounding', () => {
    assert.deepEqual(fl305(filing(['(95,824)', '(27,317)', '(13,226)'])), []);
});
(0, node_test_1.test)('rows whose labels share no word are not taken as one line', () => {
    assert.deepEqual(fl305(filing(['(95,828)', '(27,317)', '(13,226)'], 'Total benefit')), []);
});
(0, node_test_1.test)('one year alike is not enough', () => {
    assert.deepEqual(fl305(filing(['(95,828)', '(27,317)', '(13,262)'])), []);
});
//# sourceMappingURL=echoed-rows.test.js.map