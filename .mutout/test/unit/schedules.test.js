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
 * Schedules of valuation and qualifying accounts (Schedule II, before 1995 Schedule VIII): a balance
 * at the beginning, the movements and the balance at the end of each year, in blocks headed by the
 * year under EDGAR's column markup. Cut from Eastman Kodak's 10-K for 1997 (test/corpus, tuning) and
 * Seagate Technology's 10-K405 for fiscal 1996 (validation-3, counted).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const fixtures_1 = require("../support/fixtures");
(0, node_test_1.test)("the first block's headings under the column markup are the body's, not the label column's heading", () => {
    const table = (0, core_1.parseFiling)((0, fixtures_1.realFixture)('kodak-1997-schedule-ii-headings-under-markup')).tables[0];
    // Before, `Year ended December 31, 1997`, `Deducted in the Statement`, `of Financial Position:`,
    // `From Current Receivables` and `Reserve for doubtful` were read as the label column's heading,
    // and the first row's label was `accounts`.
    assert.equal(table.columns[0].header, '');
    assert.deepEqual(table.rows.slice(0, 3).map((r) => `${r.kind} ${r.label}`), ['heading Year ended December 31, 1997', 'heading Deducted in the Statement', 'heading of Financial Position:']);
    assert.match(table.rows[3].label, /Reserve for doubtful accounts$/);
    // Each year's rows are read alike, and each block's balances roll forward.
    const [roll] = (0, facts_1.factsOf)(table).relations;
    assert.equal(table.columns[roll.result].header, 'Balance at End of Period');
    assert.equal(roll.holds.length, 12);
    assert.deepEqual(roll.fails, []);
});
(0, node_test_1.test)('a column of movements that moves nothing leaves the relation the headers state', () => {
    const text = (0, fixtures_1.realFixture)('seagate-1996-schedule-ii-nil-column');
    const table = (0, core_1.parseFiling)(text).tables[0];
    assert.deepEqual(table.rows.filter((r) => r.kind !== 'heading').map((r) => r.label), ['Allowance for doubtful accounts', 'Allowance for doubtful accounts', 'Allowance for doubtful accounts']);
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
    // The opening balance of fiscal 1996 slipped: the row no longer rolls, and with three rows, one
    // failing, the search alone has too little to go by. The headers state the relation, but with
    // `CHARGED TO OTHER ACCOUNTS`, a dash on every row, among its terms it was never the one that
    // holds: taken out, the relation stands on the other two years, and the chain of balances names
    // the figure.
    const [finding, ...more] = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, '$71,702,000  $ 3,744,000', '$81,702,000  $ 3,744,000')).findings;
    assert.deepEqual(more, []);
    assert.equal(finding.code, 'FL105');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^81,702,000 in "Allowance for doubtful accounts", 1996, is not the balance 1995 ended with/);
});
//# sourceMappingURL=schedules.test.js.map