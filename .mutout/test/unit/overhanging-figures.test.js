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
 * A figure whose cell reaches past its column (parse/html/table.ts `keyOverhangingFigures`): Workiva
 * sets some rows' cells one grid column wider than the others, and such a figure belongs to the
 * column its cell spans, not to a column of its own that the totals above it leave out.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const html_1 = require("../support/html");
const paths_1 = require("../support/paths");
/** A delivery table, two years, in a grid of three columns per year; Gamma's 2022 cell spans three. */
function deliveries(gamma2022) {
    const row = (label, a, b, wide = false) => `<tr><td colspan="3">${label}</td><td colspan="2">${a}</td><td></td>` +
        (wide ? `<td colspan="3">${b}</td>` : `<td colspan="2">${b}</td><td></td>`) +
        '</tr>';
    return (0, html_1.htmlFiling)([
        '<p>Deliveries of units were as follows:</p>',
        '<table>',
        '<tr><td colspan="3"></td><td colspan="3">2023</td><td colspan="3">2022</td></tr>',
        row('Alpha', '10', '20'),
        row('Beta', '5', '7'),
        row('Gamma', '1', gamma2022, true),
        row('Delta', '3', '2'),
        row('Total', '19', '33'),
        '</table>',
    ]);
}
const footingCodes = (text) => (0, core_1.analyze)(text)
    .findings.filter((f) => f.code === 'FL101')
    .map((f) => f.message);
(0, node_test_1.test)('a figure whose cell spans its column and one grid column more is read in that column', () => {
    const [table] = (0, core_1.parseFiling)(deliveries('4')).tables;
    assert.deepEqual(table.columns.map((c) => c.header), ['', '2023', '2022']);
    const gamma = table.rows.find((r) => r.label === 'Gamma');
    assert.equal(gamma.cells[2]?.text.trim(), '4');
    const footings = (0, core_1.factsOf)(table).footings.filter((f) => f.total.label === 'Total');
    assert.equal(footings.length, 2);
    assert.ok(footings.every((f) => f.ok));
    assert.deepEqual(footingCodes(deliveries('4')), []);
});
(0, node_test_1.test)('a slip in the overhanging figure is footed and reported', () => {
    const messages = footingCodes(deliveries('5'));
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.match(messages[0], /Total 33 ≠ sum of rows 34/);
});
(0, node_test_1.test)("Boeing's deliveries: the satellites' 2022 figures add into the 2022 column", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'boeing-2023-html-figures-overhanging-their-column.txt'), 'latin1');
    const table = (0, core_1.parseFiling)(text).tables.find((t) => t.rows.some((r) => r.label === 'Commercial Satellites'));
    assert.deepEqual(table.columns.map((c) => c.header), ['Years ended December 31,', '2023', '2022', '2021']);
    const totals = (0, core_1.factsOf)(table).footings.filter((f) => f.total.label === 'Total');
    assert.deepEqual(totals.map((f) => [f.stated.units, f.ok]), [
        [162n, true],
        [165n, true],
        [169n, true],
    ]);
});
(0, node_test_1.test)("Linde's statement of equity: share-based compensation adds into paid-in capital", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'linde-2023-html-equity-figures-overhanging-their-column.txt'), 'latin1');
    const table = (0, core_1.parseFiling)(text).tables.find((t) => t.rows.some((r) => r.label === 'Share-based compensation'));
    const capital = table.columns.find((c) => /Additional Paid-in Capital/i.test(c.header));
    const compensation = table.rows.filter((r) => r.label === 'Share-based compensation');
    assert.deepEqual(compensation.map((r) => r.cells[capital.index]?.text.trim()), ['128', '107', '141']);
    assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101' || f.code === 'FL105'), []);
});
//# sourceMappingURL=overhanging-figures.test.js.map