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
 * Balance sheets balance (facts/balanceSheets.ts, FL306): the two totals found by their labels or,
 * unlabelled, by where they stand, across two tables where the liabilities side is printed apart;
 * a slip in either is reported on the one whose column does not foot with it, with its fix.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const balanceSheets_1 = require("../../server/src/core/facts/balanceSheets");
const paths_1 = require("../support/paths");
const XEROX = path.join(paths_1.FIXTURES, 'corpus', 'xerox-1999-balance-sheet-across-two-tables.txt');
const APPLE = path.join(paths_1.FIXTURES, 'corpus', 'apple-1996-balance-sheet-unlabelled-totals.txt');
const MICROSOFT = path.join(paths_1.FIXTURES, 'corpus', 'microsoft-1994-balance-sheet.txt');
const fl306 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL306');
/** The text with the figure at the n-th line matching `line` replaced. */
function slipped(text, line, from, to) {
    const lines = (0, core_1.splitLines)(text);
    const at = lines.findIndex((l) => line.test(l) && l.includes(from));
    assert.ok(at >= 0, `a line matching ${line} holds ${from}`);
    lines[at] = lines[at].replace(from, to);
    return { text: lines.join('\n'), at };
}
(0, node_test_1.test)('Xerox 1999: total assets on one table, total liabilities and equity on the next, in its columns', () => {
    const text = fs.readFileSync(XEROX, 'latin1');
    const ties = (0, balanceSheets_1.balanceTies)((0, core_1.analyze)(text).model.tables);
    assert.deepEqual(ties.map((t) => [
        t.year,
        t.assets.text.trim(),
        t.claims.text.replace(/\s+/g, ' ').trim(),
        t.assetsTable !== t.claimsTable,
    ]), [
        [1999, '$ 28,631', '$ 28,631', true],
        [1998, '$ 30,024', '$ 30,024', true],
    ]);
    assert.deepEqual(fl306(text), []);
});
(0, node_test_1.test)('a slip in a total whose own column adds up to the other total is reported on it, with its fix', () => {
    const pristine = fs.readFileSync(MICROSOFT, 'latin1');
    assert.deepEqual(fl306(pristine), []);
    for (const [label, mine, theirs] of [
        [/^\s+Total liabilities and stockholders' equity/, 'total liabilities and equity', 'total assets'],
        [/^\s+Total assets/, 'total assets', 'total liabilities and equity'],
    ]) {
        const { text, at } = slipped(pristine, label, '5,363', '5,336');
        const findings = fl306(text);
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const [f] = findings;
        assert.equal(f.span.line, at);
        assert.equal(f.severity, 'error');
        assert.equal(f.message, `${mine} for 1994 is 5,336 but ${theirs} 5,363: a balance sheet's two totals are equal; ` +
            'its column adds up to 5,363, not 5,336: 5,336 reads like two digits transposed for 5,363');
        assert.equal(f.fix.title, 'Change 5,336 to 5,363');
        assert.deepEqual(fl306((0, core_1.applyEdits)(text, f.fix.edits)), []);
    }
});
(0, node_test_1.test)('where no column says which total is wrong, the liabilities side is reported, without a fix', () => {
    // Xerox prints no rules: neither total is footed.
    const { text, at } = slipped(fs.readFileSync(XEROX, 'latin1'), /^Total Liabilities and Equity/, '28,631', '28,361');
    const findings = fl306(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].span.line, at);
    assert.equal(findings[0].message, "total liabilities and equity for 1999 is 28,361 but total assets 28,631: a balance sheet's two totals are " +
        'equal: they differ by two digits transposed, and neither column says which is right');
    assert.equal(findings[0].fix, undefined);
});
(0, node_test_1.test)('Apple 1996: unlabelled totals, the assets one before the liabilities heading', () => {
    const pristine = fs.readFileSync(APPLE, 'latin1');
    assert.deepEqual((0, balanceSheets_1.balanceTies)((0, core_1.analyze)(pristine).model.tables).map((t) => [t.year, t.assets.text.trim(), t.claims.text.trim()]), [[1995, '$ 6,231', '$6,231']]);
    assert.deepEqual(fl306(pristine), []);
    const { text } = slipped(pristine, /^\s+\$5,364\s+\$ 6,231/, '6,231', '6,321');
    const findings = fl306(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /for 1995 is .* a balance sheet's two totals are equal/);
});
(0, node_test_1.test)('a difference no slip explains is not claimed; the footing speaks for the total', () => {
    const { text, at } = slipped(fs.readFileSync(MICROSOFT, 'latin1'), /^\s+Total liabilities and stockholders' equity/, '5,363', '5,900');
    assert.deepEqual(fl306(text), []);
    assert.ok((0, core_1.analyze)(text).findings.some((f) => f.code === 'FL101' && f.span.line === at));
});
//# sourceMappingURL=balance-sheets.test.js.map