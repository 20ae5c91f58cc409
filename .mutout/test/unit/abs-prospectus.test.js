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
 * What today's auto ABS prospectuses (424H, HTML) print that a pool table's checks must read as
 * meant: securitization values rounded to the cent under a note that says so, delinquency months of
 * zeros beside percents of another whole, a footnote's share of the pool, and tables of other pools
 * (prior securitizations, sub-pools) whose totals are not the trust's. Cut from BMW's and
 * AmeriCredit's 424H filings (test/corpus, validation-10).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const stated_1 = require("../../server/src/core/summaries/stated");
const fixtures_1 = require("../support/fixtures");
(0, node_test_1.test)('a note that amounts may not sum to total due to rounding adds the cents within the rounding interval', () => {
    const text = (0, fixtures_1.realFixture)('bmw-2025-html-lease-values-rounded-to-the-cent');
    const model = (0, core_1.parseFiling)(text);
    const table = model.tables.find((t) => /Original Term/.test(t.title));
    const values = (0, facts_1.factsOf)(table).footings.find((f) => /Securitization Value/.test(table.columns[f.column].header) && !/Percentage/.test(table.columns[f.column].header));
    assert.ok(values, 'the securitization values are footed');
    assert.ok(values.ok, 'and foot, a cent apart');
    assert.equal(values.stated.units - values.computed.units, 1n, 'the Total is a cent above the rows');
    // Without the note the securitization values are still present values, each rounded: no finding.
    const unnoted = text.replace('Amounts may not sum to total due to rounding.', 'Amounts are as of the Cutoff Date.');
    assert.notEqual(unnoted, text);
    assert.deepEqual((0, core_1.analyze)(unnoted).findings.filter((f) => f.code === 'FL101'), []);
    // Principal balances under no such note are exact, and the cent is reported.
    const principal = unnoted.replace('Aggregate Securitization Value', 'Aggregate Principal Balance');
    assert.notEqual(principal, unnoted);
    assert.deepEqual((0, core_1.analyze)(principal)
        .findings.filter((f) => f.code === 'FL101')
        .map((f) => f.span.line), [227]);
});
(0, node_test_1.test)('percents beside a column of zeros but one are no shares of that column', () => {
    const model = (0, core_1.parseFiling)((0, fixtures_1.realFixture)('bmw-2025-html-delinquency-months-of-zeros'));
    const table = model.tables.find((t) => t.columns.some((c) => /121-150 Days Delinquent \(\$\)/.test(c.header)));
    const bucket = table.columns.find((c) => /121-150 Days Delinquent \(\$\)/.test(c.header));
    assert.deepEqual((0, facts_1.factsOf)(table).shares.filter((s) => s.baseColumn === bucket.index), [], 'one month of 213,066 and two of 0 do not make 0.01% a share of the months');
    for (const s of (0, facts_1.factsOf)(table).shares) {
        const telling = s.rows.filter((r) => r.ok && r.row.cells[s.baseColumn].value.units !== 0n);
        assert.ok(telling.length >= 2, `the share of ${table.columns[s.baseColumn].header} stands on two figures not zero`);
    }
});
const footnote = (text) => ({ marker: '(3)', text, startLine: 0, endLine: 0 });
(0, node_test_1.test)("a footnote's share of the total pool is not the total, its aggregate balance is", () => {
    const share = (0, stated_1.statedFigures)([
        footnote('The total aggregate principal balance of all new GM vehicles is $357,076,226.78, or approximately 27% of the total pool.'),
    ]);
    assert.deepEqual(share, []);
    const part = (0, stated_1.statedFigures)([
        footnote('The aggregate principal balance is approximately $5,000,000 of the total pool balance.'),
    ]);
    assert.deepEqual(part, [], 'a figure said to be of the total pool is a part of it');
    const total = (0, stated_1.statedFigures)([
        footnote('The aggregate principal balance of the receivables is approximately $1,316,861,669.06.'),
    ]);
    assert.deepEqual(total.map((s) => [s.kind, s.text]), [['total', '$1,316,861,669.06']]);
});
(0, node_test_1.test)('a percent cell beyond zero-width spacers is not read with the figure before them', () => {
    // Harley-Davidson's 424H (validation-10): `84,550,000`, four cells of a zero-width space, then a
    // cell of figure spaces and `%` (an empty percent column). The amounts are amounts, and add up.
    const model = (0, core_1.parseFiling)((0, fixtures_1.realFixture)('harley-davidson-2024-html-percent-beyond-spacers'));
    const table = model.tables[0];
    const offered = table.columns.find((c) => /Initial Offered Amount/.test(c.header));
    assert.equal(offered.kind, 'amount');
    assert.deepEqual(table.rows.map((r) => r.label), ['Class A-1 Notes', 'Class A-2 Notes', 'Class A-3 Notes', 'Class A-4 Notes', 'Total'], 'spacers are no part of the labels');
    const footings = (0, facts_1.factsOf)(table).footings.filter((f) => f.total.label === 'Total');
    assert.deepEqual(footings.map((f) => [table.columns[f.column].header, f.ok]), [
        ['Initial Principal Amount', true],
        ['Initial Offered Amount(1)', true],
    ]);
});
//# sourceMappingURL=abs-prospectus.test.js.map