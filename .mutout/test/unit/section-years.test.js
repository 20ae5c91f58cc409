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
 * Tables that print their periods as sections, a year alone on a line over that year's rows,
 * rather than as columns. Cut from ADP's 10-K for fiscal 2000 (test/corpus, tuning: its EPS
 * computation, `2000`, `1999` and `1998` over net earnings, average shares and EPS) and Pfizer's 10-K
 * for 1996 (validation-1, counted: its segment table, a year over each block of rows, one label
 * in each block wrapped onto a second line and typed out with spaces to the table's width).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const fixtures_1 = require("../support/fixtures");
(0, node_test_1.test)('a year over the first section of rows is its heading, not a column heading', () => {
    const table = (0, core_1.parseFiling)((0, fixtures_1.realFixture)('adp-2000-eps-years-over-sections')).tables[0];
    // Before, the first `2000` was read into the header, and the years at the labels' margin made a
    // column of the labels: no row had a label, and the first column was headed `2000`.
    assert.deepEqual(table.columns.map((c) => c.header), ['', 'Basic', 'Effect of Zero Coupon Subordinated Notes', 'Effect of Stock Options', 'Diluted']);
    assert.deepEqual(table.rows.map((r) => (r.kind === 'heading' ? `[${r.label}]` : r.label)), [
        '[2000]',
        'Net earnings',
        'Average shares',
        'EPS',
        '[1999]',
        'Net earnings',
        'Average shares',
        'EPS',
        '[1998]',
        'Net earnings',
        'Average shares',
        'EPS',
    ]);
    // EPS rows are per-share figures, not parts of a sum across the row: with them left out, the
    // columns' figures are whole thousands alike, and net earnings cross-foot.
    const relations = (0, facts_1.factsOf)(table).relations.map((r) => [
        table.columns[r.result].header,
        r.terms.map((t) => table.columns[t.column].header),
        r.holds.map((h) => h.label),
    ]);
    assert.deepEqual(relations, [
        [
            'Diluted',
            ['Basic', 'Effect of Zero Coupon Subordinated Notes'],
            ['Net earnings', 'Net earnings', 'Net earnings'],
        ],
    ]);
    assert.deepEqual((0, core_1.analyze)((0, fixtures_1.realFixture)('adp-2000-eps-years-over-sections')).findings.filter((f) => f.code !== 'FL401'), []);
});
(0, node_test_1.test)('a wrapped label typed out to the width of the table stays in it', () => {
    const text = (0, fixtures_1.realFixture)('pfizer-1996-segments-padded-wrapped-labels');
    const tables = (0, core_1.parseFiling)(text).tables;
    // `Income from continuing operations before provision for taxes` is followed by spaces to column
    // 113: counted as printed, it was a paragraph, and it cut the table in three.
    assert.equal(tables.length, 1);
    const table = tables[0];
    assert.deepEqual(table.rows.filter((r) => r.kind === 'heading').map((r) => r.label), ['1996', '1995', '1994']);
    assert.ok(table.rows.some((r) => r.label.startsWith('Income from continuing operations before provision for taxes')));
    const [segments] = (0, facts_1.factsOf)(table).relations.filter((r) => table.columns[r.result].header === 'Consolidated');
    assert.equal(segments.holds.length, 18);
    assert.deepEqual(segments.fails, []);
    // A slip in the last block's identifiable assets breaks the row's sum of the segments: before, that
    // block was a table of its own, three rows too few to believe the sum by.
    const [finding, ...more] = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, '$5,388', '$6,388')).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(more, []);
    assert.equal(finding.code, 'FL104');
    assert.match(finding.message, /Identifiable assets/);
    assert.match(finding.message, /holds on 17 of 18 rows but not on this one/);
});
(0, node_test_1.test)("a year underlined at the labels' margin heads its rows, and its underline marks no total", () => {
    // Motorola's 1993 Schedule V (test/corpus, tuning): `1993` over `- ----` under the column markup.
    // Before, the year and its underline were read into the header, the headings above the markup were
    // lost, and a misaligned figure was said to be out of `column 5`.
    const text = (0, fixtures_1.realFixture)('motorola-1993-schedule-v-underlined-years');
    const table = (0, core_1.parseFiling)(text).tables[0];
    assert.deepEqual(table.columns.map((c) => c.header), [
        'Classification',
        'Balance at beginning of period',
        'Additions at cost',
        'Retirements',
        'Other changes add (deduct)',
        // The notes' markers set after those figures (`(29) (1)`) stand in a column of their own.
        'Other changes add (deduct)',
        'Balance at end of period',
    ]);
    assert.deepEqual(table.rows.slice(0, 2).map((r) => `${r.kind} ${r.label}`), ['heading 1993', 'body Land']);
    const misaligned = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL201');
    assert.match(misaligned[0].message, /the numbers of "Other changes add \(deduct\)" end at column 71/);
});
//# sourceMappingURL=section-years.test.js.map