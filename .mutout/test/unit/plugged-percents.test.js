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
 * Percents rebalanced so that a block adds to its stated percent (facts/shares.ts): each row a unit
 * off its exact share at most, the block's percents adding exactly to its subtotal's or to its own
 * 100%. A dash beside a figure whose share rounds to nothing is a zero the block adds; in a table of
 * blocks, each block is rebalanced to its own 100%. A rule under a heading row (HTML) underlines it:
 * the row below is not a total.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const html_1 = require("../support/html");
const paths_1 = require("../support/paths");
const OPERATING = 'fedex-2025-html-percent-of-revenue-plugged-with-dash';
const PLAN_ASSETS = 'fedex-2025-html-plan-assets-plugged-by-block';
const read = (name) => fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${name}.txt`), 'latin1');
const percentFindings = (text) => (0, core_1.analyze)(text)
    .findings.filter((f) => f.code === 'FL102' || f.code === 'FL103')
    .map((f) => `${f.code} ${f.message}`);
/** `text` with the figure `from` that first follows `label` printed as `to`. */
function retyped(text, label, from, to) {
    const at = text.indexOf(`>${from}`, text.indexOf(label));
    assert.ok(at > 0, `${from} after ${label}`);
    return text.slice(0, at + 1) + to + text.slice(at + 1 + from.length);
}
(0, node_test_1.test)("FedEx's expenses in percent of revenue, plugged to 93.5% past a dash: nothing reported", () => {
    assert.deepEqual(percentFindings(read(OPERATING)), []);
});
(0, node_test_1.test)('a percent two units off its share there is still reported', () => {
    const text = retyped(read(OPERATING), 'Depreciation and amortization', '5.0', '5.2');
    const findings = percentFindings(text);
    assert.ok(findings.some((f) => /^FL102 Percent 5\.2 ≠ 4\.9 computed from 3,722/.test(f)), JSON.stringify(findings));
});
(0, node_test_1.test)("FedEx's plan assets, each block plugged to its own 100%: nothing reported", () => {
    const text = read(PLAN_ASSETS);
    assert.deepEqual(percentFindings(text), []);
    // The international block's first asset class, under the rule of its heading, is one of its rows.
    const table = (0, core_1.parseFiling)(text).tables.find((t) => t.rows.some((r) => r.label.startsWith('Total international')));
    const cash = table.rows.filter((r) => r.label === 'Cash and cash equivalents');
    assert.deepEqual(cash.map((r) => r.kind), ['body', 'body']);
});
(0, node_test_1.test)('a block that no longer adds to 100% has its off share reported', () => {
    const text = retyped(read(PLAN_ASSETS), 'U.S. SMID cap equity', '2', '4');
    const findings = percentFindings(text);
    assert.ok(findings.some((f) => /^FL102 Percent 4 ≠ 3 computed from 671/.test(f)), JSON.stringify(findings));
});
/** An HTML table of `rows` ([label, figure, rule under it]) in a filing. */
function ruledTable(rows) {
    const tr = ([label, figure, ruled]) => {
        const style = ruled ? ' style="border-bottom:1px solid #000000"' : '';
        return `<tr><td${style}>${label}</td><td${style}>${figure}</td></tr>`;
    };
    return (0, html_1.htmlFiling)([
        '<p>Plan assets were as follows:</p>',
        '<table>',
        '<tr><td></td><td>Amount</td></tr>',
        ...rows.map(tr),
        '</table>',
    ]);
}
(0, node_test_1.test)('a rule under a heading that opens a block underlines it; one under a line among the rows is a total', () => {
    const kinds = (rows) => (0, core_1.parseFiling)(ruledTable(rows)).tables[0].rows.map((r) => `${r.label || '-'}:${r.kind}`);
    assert.deepEqual(kinds([
        ['Equities', '10', false],
        ['Bonds', '20', true],
        ['Total domestic', '30', false],
        ['International plans', '', true],
        ['Cash', '5', false],
        ['Bonds', '7', true],
        ['Total international', '12', false],
    ]), [
        'Equities:body',
        'Bonds:body',
        'Total domestic:total',
        'International plans:heading',
        'Cash:body',
        'Bonds:body',
        'Total international:total',
    ]);
    assert.deepEqual(kinds([
        ['Series A', '10', false],
        ['Series B', '20', false],
        ['with floor of 4% per annum', '', true],
        ['', '30', false],
    ]), ['Series A:body', 'Series B:body', 'with floor of 4% per annum:heading', '-:total']);
});
//# sourceMappingURL=plugged-percents.test.js.map