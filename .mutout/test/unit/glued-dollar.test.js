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
 * Figures in columns set tight, where a negative's closing parenthesis meets the `$` of the next
 * figure: `$ (123)$  (40)`, `$  (126)$(1,020)`, `$(1,198)$  (26)`. The `$` starts a figure of its
 * own. Cut from Eastman Kodak's 10-K for 1997 (test/corpus, tuning): the funded status of its
 * pension plans; the other lines are Xerox's 1994 and Apple's 1996 10-Ks as printed.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const lines_1 = require("../../server/src/core/parse/lines");
const fixtures_1 = require("../support/fixtures");
const figures = (line) => (0, lines_1.tokenize)(line).map((c) => (c.number ? c.text.replace(/\s+/g, ' ') : `[${c.text}]`));
(0, node_test_1.test)("a `$` against a negative's parenthesis starts the next figure", () => {
    assert.deepEqual(figures('Net Income (Loss)                      $   794 $  (126)$(1,020)'), [
        '[Net Income (Loss)]',
        '$ 794',
        '$ (126)',
        '$(1,020)',
    ]);
    assert.deepEqual(figures('Americas \t\t$(1,198)$  (26)\t$ (27)'), ['[Americas]', '$(1,198)', '$ (26)', '$ (27)']);
    assert.deepEqual(figures('   Income (loss) before income taxes\t\t$(1,295)$ 674\t$ 500 '), [
        '[Income (loss) before income taxes]',
        '$(1,295)',
        '$ 674',
        '$ 500',
    ]);
    // Words that are no figure keep their `$`.
    assert.deepEqual(figures('Fees (see note)$  12'), ['[Fees (see note)$]', '12']);
});
(0, node_test_1.test)('a total row set tight is read whole, and each column foots', () => {
    const text = (0, fixtures_1.realFixture)('kodak-1997-dollar-glued-to-negative');
    const [table] = (0, core_1.parseFiling)(text).tables;
    const total = table.rows.find((r) => r.label === 'Prepaid pension expense');
    assert.equal(total.kind, 'total');
    assert.deepEqual(total.cells.slice(1).map((c) => c?.text.replace(/\s+/g, ' ')), ['$ (123)', '$ (40)', '$ (110)', '$ (67)']);
    const footed = (0, facts_1.factsOf)(table)
        .footings.filter((f) => f.ok && f.total === total)
        .map((f) => f.column);
    assert.deepEqual(footed, [1, 2, 3, 4]);
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
});
(0, node_test_1.test)('a slip in the first column is found now that its total is read', () => {
    // 331 for 313 in the first column's transition asset: before, the column had no total to foot.
    const text = (0, fixtures_1.slippedOnce)((0, fixtures_1.realFixture)('kodak-1997-dollar-glued-to-negative'), 'Unrecognized net transition asset              331', 'Unrecognized net transition asset              313');
    const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
    assert.equal(footing.length, 1, JSON.stringify(footing.map((f) => f.message)));
    assert.match(footing[0].message, /313/);
});
//# sourceMappingURL=glued-dollar.test.js.map