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
 * Numbers that open a row of words are items' numbers, not figures (parse/html/table.ts
 * `unfigureListMarkers`): an exhibit list's `(1)`, `(2)` before each description. A row's figures
 * follow its label; a year over a column heading is left as it is.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const html_1 = require("../support/html");
const paths_1 = require("../support/paths");
const exhibits = (0, html_1.htmlFiling)([
    '<table>',
    '<tr><td>(m)</td><td colspan="2">Rule 12b-1 Plan.</td></tr>',
    '<tr><td></td><td>(1)</td><td>Plan under Rule 12b-1 for Class A incorporated into this filing by reference.</td></tr>',
    '<tr><td></td><td>(2)</td><td>Plan under Rule 12b-1 for Class C incorporated into this filing by reference.</td></tr>',
    '<tr><td></td><td>(3)</td><td>Plan under Rule 12b-1 for Class R incorporated into this filing by reference.</td></tr>',
    '<tr><td>(n)</td><td colspan="2">Rule 18f-3 Plan.</td></tr>',
    '<tr><td></td><td>(1)</td><td>Amended and Restated Multiple Class Plan attached as an exhibit.</td></tr>',
    '</table>',
]);
(0, node_test_1.test)('an exhibit list: the numbers before the descriptions are no figures', () => {
    const tables = (0, core_1.parseFiling)(exhibits).tables;
    const figures = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c?.value)));
    assert.deepEqual(figures, []);
    assert.deepEqual((0, core_1.analyze)(exhibits).findings.filter((f) => f.code === 'FL101'), []);
});
(0, node_test_1.test)('a year before a column heading of two words still heads its column', () => {
    const text = (0, html_1.htmlFiling)([
        '<p>Net sales were as follows:</p>',
        '<table>',
        '<tr><td></td><td>2024</td><td>Percent change</td></tr>',
        '<tr><td>Product</td><td>100</td><td>5</td></tr>',
        '<tr><td>Service</td><td>50</td><td>3</td></tr>',
        '<tr><td>Total</td><td>150</td><td>4</td></tr>',
        '</table>',
    ]);
    const [table] = (0, core_1.parseFiling)(text).tables;
    assert.deepEqual(table.columns.map((c) => c.header), ['', '2024', 'Percent change']);
});
(0, node_test_1.test)("Delaware's exhibit list (485BPOS): nothing reported", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'delaware-2023-html-exhibit-numbers.txt'), 'latin1');
    assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
});
//# sourceMappingURL=list-markers.test.js.map