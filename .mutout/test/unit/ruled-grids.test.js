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
 * A table ruled under every row (a grid's borders): each row stands under a rule, and only its label
 * says whether it is a total. Cut from Autodesk's 8-K/A of 1999 (test/corpus, tuning): its
 * investments, `Municipal bonds`, `Preferred stock` and `Treasury bills` each boxed over their
 * unlabelled total.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const fixtures_1 = require("../support/fixtures");
const text = (0, fixtures_1.realFixture)('autodesk-1999-investments-boxed-rows');
(0, node_test_1.test)('the boxed rows of a grid are the rows its unlabelled total adds', () => {
    const table = (0, core_1.parseFiling)(text).tables[0];
    // Every row under the first stands under a rule; before, the first was counted among the rows
    // that need one, three of four fell short of a grid, and the boxed rows were read as totals.
    assert.deepEqual(table.rows.map((r) => `${r.kind} ${r.label}`), ['body Municipal bonds', 'body Preferred stock', 'body Treasury bills', 'total ']);
    const footings = (0, facts_1.factsOf)(table).footings;
    assert.deepEqual(footings.map((f) => [f.column, f.ok, f.segment.map((r) => r.label).join(' + ')]), [
        [1, true, 'Municipal bonds + Preferred stock + Treasury bills'],
        [2, true, 'Municipal bonds + Preferred stock + Treasury bills'],
        [4, true, 'Municipal bonds + Preferred stock + Treasury bills'],
    ]);
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
});
(0, node_test_1.test)('a slip in one boxed row is named, the other columns confirming the rows the total adds', () => {
    // Before, the boxed rows were totals, and a reading of all three was believed only where it footed
    // every column: with the cost of municipal bonds transposed, the total was read over two of the rows
    // and nothing said.
    const [finding, ...more] = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, '$ 90,655', '$ 96,055')).findings;
    assert.deepEqual(more, []);
    assert.equal(finding.code, 'FL101');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^96,055 in "Municipal bonds" reads like two digits transposed for 90,655/);
    assert.equal(finding.fix?.edits[0].newText, '90,655');
});
//# sourceMappingURL=ruled-grids.test.js.map