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
(0, node_test_1.test)('parses filing numbers exactly', () => {
    const cases = [
        ['113,346,210.62', '113346210.62', {}],
        ['$ 113,346,210.62', '113346210.62', { dollar: true }],
        ['$     322,150.00', '322150.00', { dollar: true }],
        ['50.35%', '50.35', { percent: true }],
        ['(1,234)', '-1234', {}],
        ['(.2)', '-0.2', {}],
        ['$(1,234)', '-1234', { dollar: true }],
        ['-', '0', { dash: true }],
        ['--', '0', { dash: true }],
        ['6.01*', '6.01', {}],
        ['553', '553', {}],
    ];
    for (const [text, plain, flags] of cases) {
        const n = (0, core_1.parseNumber)(text);
        assert.ok(n, text);
        assert.equal((0, core_1.toPlain)(n.value), plain, text);
        for (const [k, v] of Object.entries(flags)) {
            assert.equal(n[k], v, `${text} ${k}`);
        }
    }
    for (const bad of ['', 'abc', '2-4', '12,34', '(5', '1.2.3', '$', '333-92152', '5.']) {
        assert.equal((0, core_1.parseNumber)(bad), null, bad);
    }
});
(0, node_test_1.test)('the digits span excludes a detached dollar sign', () => {
    const n = (0, core_1.parseNumber)('$   7,276,695.21');
    assert.equal('$   7,276,695.21'.slice(n.start, n.end), '7,276,695.21');
});
(0, node_test_1.test)('adds money without floating point', () => {
    // 0.1 + 0.2 style traps: cents add exactly.
    let total = (0, core_1.decimal)(0n, 2);
    for (let i = 0; i < 10; i++)
        total = (0, core_1.add)(total, (0, core_1.parseNumber)('0.10').value);
    assert.equal((0, core_1.toPlain)(total), '1.00');
    assert.equal((0, core_1.format)((0, core_1.add)((0, core_1.parseNumber)('113,346,210.62').value, (0, core_1.parseNumber)('111,765,003.59').value)), '225,111,214.21');
    assert.equal((0, core_1.cmp)((0, core_1.sub)((0, core_1.decimal)(100n, 0), (0, core_1.decimal)(9999n, 2)), (0, core_1.decimal)(1n, 2)), 0);
});
(0, node_test_1.test)('rounds half away from zero', () => {
    assert.equal((0, core_1.toPlain)((0, core_1.roundTo)((0, core_1.decimal)(3555n, 1), 0)), '356');
    assert.equal((0, core_1.toPlain)((0, core_1.roundTo)((0, core_1.decimal)(-3555n, 1), 0)), '-356');
    assert.equal((0, core_1.toPlain)((0, core_1.roundTo)((0, core_1.decimal)(35549n, 2), 0)), '355');
    assert.equal((0, core_1.toPlain)((0, core_1.percentOf)((0, core_1.parseNumber)('113,346,210.62').value, (0, core_1.parseNumber)('225,112,214.21').value, 2)), '50.35');
});
(0, node_test_1.test)('formats a corrected value like the value it replaces', () => {
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(10000n, 2), '99.00%'), '100.00%');
    // A negative rate keeps its parentheses where the figure has them: round the digits, or the `%` too.
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(-1n, 0), '(4)%'), '(1)%');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(-1n, 0), '(4%)'), '(1%)');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(-1n, 0), '-4%'), '-1%');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(22511221421n, 2), '225,112,215.21'), '225,112,214.21');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(-1234n, 0), '(1,000)'), '(1,234)');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(5n, 1), '.2'), '.5');
    assert.equal((0, core_1.formatLike)((0, core_1.decimal)(553n, 0), '563'), '553');
});
//# sourceMappingURL=decimal.test.js.map