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
 * A statement that runs onto a second page inside one pair of `<TABLE>` tags, the page's number at
 * its foot and the column headings printed again, with no `<PAGE>` marker between. Cut from Texas
 * Instruments' 10-K for 1997 (test/corpus, tuning): its statement of cash flows, `16` at the margin
 * between the pages.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const fixtures_1 = require("../support/fixtures");
const text = (0, fixtures_1.realFixture)('texas-instruments-1997-cash-flows-page-number-between');
(0, node_test_1.test)('a page number between two pages of a statement ends the first page', () => {
    const tables = (0, core_1.parseFiling)(text).tables;
    assert.equal(tables.length, 2);
    const [first, second] = tables;
    // Before, `16` was a row of the first page, its figure at the labels' margin made a column of the
    // labels, and the rows under it lost theirs; the second page was titled `16`.
    assert.deepEqual(first.columns.map((c) => c.kind), ['label', 'amount', 'amount', 'amount']);
    assert.deepEqual(first.rows.filter((r) => r.kind !== 'heading' && r.label === '').map((r) => r.line), []);
    assert.ok(first.rows.some((r) => r.label === 'Depreciation'));
    assert.notEqual(second.title, '16');
    assert.equal(second.columns[0].header, 'CASH FLOWS (continued)');
    // The first page's sections foot under their labels.
    const footed = (0, facts_1.factsOf)(first)
        .footings.filter((f) => f.ok)
        .map((f) => f.total.label);
    assert.ok(footed.includes('Net cash provided by operating activities'));
    assert.ok(footed.includes('Net cash used in investing activities'));
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
});
//# sourceMappingURL=page-break-in-table.test.js.map