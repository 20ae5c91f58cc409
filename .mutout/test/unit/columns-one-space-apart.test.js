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
 * Columns printed one space apart (parse/columns.ts `splitSharedRuns`): a run of figures that holds
 * two or more of one line's figures is cut between them, at every gutter they share, where each of
 * the run's figures then falls in a column of its own. A range's hyphen (`1989 - 1994`) asks for no
 * cut, and a cut that would leave a figure between two columns is not made. And what rides along a
 * line of figures without being one: marks set under a row (`(5)  (7)`), a `)` that hangs past its
 * column's digits (`2.40)`).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const read = (name) => (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${name}.txt`), 'latin1'));
(0, node_test_1.test)('eBay 1999: three year columns one space apart are three columns, every figure read', () => {
    const [table] = read('ebay-1999-comprehensive-income-columns-one-space-apart').tables;
    const figures = table.columns.filter((c) => c.kind !== 'label');
    assert.deepEqual(figures.map((c) => /\b(19\d\d)\b/.exec(c.header)?.[1]), ['1997', '1998', '1999']);
    for (const row of table.rows.filter((r) => r.kind !== 'heading')) {
        assert.deepEqual(row.unread.map((c) => c.text), [], row.label);
        assert.equal(row.cells.filter((c, k) => k > 0 && c).length, 3, row.label);
    }
    const net = table.rows.find((r) => r.label === 'Net income');
    assert.deepEqual(net.cells.slice(1).map((c) => c?.text.trim()), ['$7,061', '$ 7,273', '$10,828']);
});
(0, node_test_1.test)('PepsiCo 1994: the growth rates under `1989 - 1994` stay one column', () => {
    const [table] = read('pepsico-1994-growth-rate-under-year-range').tables;
    const rates = table.columns.find((c) => c.kind === 'percent');
    assert.ok(rates, table.columns.map((c) => c.kind).join(','));
    const domestic = table.rows.find((r) => r.label === 'Domestic');
    assert.equal(domestic.cells[rates.index]?.text.trim(), '7.2%');
});
(0, node_test_1.test)('Kodak 1996: footnote marks on a line of their own under a row are no row', () => {
    const [table] = read('kodak-1996-footnote-marks-under-row').tables;
    const marksOnly = table.rows.filter((r) => r.cells.slice(1).some((c) => c) && r.cells.slice(1).every((c) => !c || /^\(\d{1,2}\)$/.test(c.text.trim())));
    assert.deepEqual(marksOnly.map((r) => r.line), []);
});
(0, node_test_1.test)('Ford 1998: `2.40)` hanging past its column is a cell that could not be read, not a dropped one', () => {
    const [table] = read('ford-1998-selected-data-per-share-missing-parenthesis').tables;
    const diluted = table.rows.find((r) => r.label === 'Diluted');
    assert.deepEqual(diluted.unread.map((c) => c.text.trim()), ['2.40)']);
});
//# sourceMappingURL=columns-one-space-apart.test.js.map