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
 * A fund's fee table (Form N-1A's annual fund operating expenses, in every mutual fund and ETF
 * prospectus): each share class's fees and expenses, percents of its assets, add to the total
 * operating expenses, and the total less a fee waiver to the net. Cut from the summary prospectuses
 * of Virtus (2018, its cells spaced with zero-width spaces) and Financial Investors Trust (2025, its
 * `Total Other Expenses` printed over the rows it adds), both of test/corpus (validation-13), and
 * Virtus Opportunities Trust (2025, every row boxed; validation-14).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const fixtures_1 = require("../support/fixtures");
/** Each total row's label with how many of its columns foot and fail. */
function footed(text) {
    const table = (0, core_1.parseFiling)(text).tables[0];
    const out = {};
    for (const f of (0, facts_1.factsOf)(table).footings) {
        const [ok, failed] = (out[f.total.label] ?? '0/0').split('/').map(Number);
        out[f.total.label] = f.ok ? `${ok + 1}/${failed}` : `${ok}/${failed + 1}`;
    }
    return out;
}
/** The one finding on a fixture with one figure replaced: there must be exactly one. */
function onlyFinding(text, from, to) {
    const findings = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, from, to)).findings;
    assert.equal(findings.length, 1, `one finding for ${from} printed ${to}`);
    return findings[0];
}
(0, node_test_1.test)('a fee table adds its expenses in every share class, and the waiver comes off the total', () => {
    const text = (0, fixtures_1.realFixture)('virtus-2018-html-fee-table-zero-width-spaces');
    const table = (0, core_1.parseFiling)(text).tables[0];
    // Zero-width spaces around the labels print nothing: `Total ...` is a total row.
    assert.deepEqual(table.rows.filter((r) => r.kind === 'total').map((r) => r.label), [
        'Total Annual Fund Operating Expenses (b)',
        'Total Annual Fund Operating Expenses After Expense Reimbursement(b)(c)',
    ]);
    assert.deepEqual(footed(text), {
        'Total Annual Fund Operating Expenses (b)': '4/0',
        'Total Annual Fund Operating Expenses After Expense Reimbursement(b)(c)': '4/0',
    });
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
    // Class I's total with two digits transposed is named, with the fix.
    const findings = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, '6.18', '6.81')).findings.filter((f) => f.code === 'FL101');
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /^6\.81 in the total reads like two digits transposed for 6\.18/);
    assert.equal(findings[0].fix?.edits[0].newText, '6.18');
});
(0, node_test_1.test)('other expenses printed over the rows they add stand for them in the total', () => {
    const text = (0, fixtures_1.realFixture)('financial-investors-2025-html-other-expenses-over-parts');
    assert.deepEqual(footed(text), {
        'Total Other Expenses': '5/0',
        'Total Annual Fund Operating Expenses': '5/0',
        'Total Annual Fund Operating Expenses After Fee Waiver/Expense Reimbursement': '5/0',
    });
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
    // A slip in one of those rows no longer hides which rows the subtotal adds: its column is reported.
    const finding = onlyFinding(text, '0.31', '0.13');
    assert.equal(finding.code, 'FL101');
    assert.match(finding.message, /^0\.13% in "Other Expenses" reads like two digits transposed for 0\.31%/);
});
(0, node_test_1.test)('percents of a table that is no fee table are still not summed', () => {
    const text = (0, fixtures_1.realFixture)('virtus-2018-html-fee-table-zero-width-spaces').replace(/Management Fees/g, 'Portfolio turnover');
    assert.deepEqual(footed(text), {});
});
(0, node_test_1.test)('a fee table boxed row by row adds the operating expenses since its heading, not the loads above', () => {
    // Virtus Opportunities Trust's 497K (2025, validation-14): every row has a border; the shareholder
    // fees above the heading (Class C's 1.00% deferred sales charge among them) were taken into
    // Class C's total, a false FL101 as gathered.
    const text = (0, fixtures_1.realFixture)('virtus-2025-html-fee-table-boxed-rows');
    assert.deepEqual(footed(text), {
        'Total Annual Fund Operating Expenses': '4/0',
        'Total Annual Fund Operating Expenses After Fee Waiver and/or Expense Reimbursement': '4/0',
    });
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
    // Class C's other expenses with two digits transposed: the other three classes confirm the reading.
    const finding = onlyFinding(text, '0.38', '0.83');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^0\.83% in "Other Expenses" reads like two digits transposed for 0\.38%/);
});
(0, node_test_1.test)('a percent sign set apart from its figure in the same cell is read with it, and a fix leaves it be', () => {
    // Vanguard's 497Ks (validation-14) print `0.08`, line breaks, then `%` in one cell: no table was read.
    const text = (0, fixtures_1.realFixture)('vanguard-2024-html-percent-sign-apart');
    const table = (0, core_1.parseFiling)(text).tables[0];
    assert.ok(table, 'the fee table is read');
    assert.ok(table.rows.some((r) => r.cells[1]?.percent && r.cells[1]?.text === '0.08'), 'its figures are percents, their text the digits alone');
    assert.deepEqual(footed(text), { 'Total Annual Fund Operating Expenses': '1/0' });
    const slip = (0, fixtures_1.slippedOnce)(text, '0.08', '0.06');
    const [finding] = (0, core_1.analyze)(slip).findings;
    assert.equal(finding.code, 'FL101');
    const edit = finding.fix.edits[0];
    const lines = slip.split('\n');
    assert.equal(lines[edit.span.line].slice(edit.span.start, edit.span.end), '0.09', 'the fix replaces the digits only');
    assert.equal(edit.newText, '0.07');
});
(0, node_test_1.test)('a fee table spaced by empty rows, its % on the first row only, adds its other expenses from their row down', () => {
    // Invesco's 497Ks (validation-14): no total row was read (each `Total` row follows an empty one),
    // and `Total Other Expenses` adds `Other Expenses` and `Interest Expense`, not the fees above.
    const text = (0, fixtures_1.realFixture)('invesco-2025-html-fee-table-spaced-rows');
    assert.deepEqual(footed(text), {
        'Total Other Expenses': '5/0',
        'Total Annual Fund Operating Expenses': '5/0',
    });
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
    assert.match(onlyFinding(text, '>0.04<', '>0.07<').message, /^Total 0\.20% ≠ sum of rows 0\.23%.*0\.07 in "Other Expenses" \(a one-digit slip for 0\.04\)/);
});
(0, node_test_1.test)("a fee table that writes the % after each row's label adds its bare figures", () => {
    // Voya's 497Ks (validation-13 to -15): `Total Annual Fund Operating Expenses %` was taken for a
    // ratio row by its `%`, and none of its eight fee tables was footed.
    const text = (0, fixtures_1.realFixture)('voya-2025-html-fee-table-percent-in-labels');
    assert.deepEqual(footed(text), {
        'Total Annual Fund Operating Expenses %': '4/0',
        'Total Annual Fund Operating Expenses After Waivers and Reimbursements %': '4/0',
    });
    assert.match(onlyFinding(text, '>0.10<', '>0.19<').message, /^0\.19 in "Other Expenses %" reads like a one-digit slip for 0\.10/);
    // A transposition across the point moves the zero before it (`0.70` printed `7.00`): a slip still,
    // not a misreading, though the difference is larger than the total.
    const [moved] = (0, core_1.analyze)((0, fixtures_1.slippedOnce)(text, '>0.70<', '>7.00<')).findings;
    assert.equal(moved.severity, 'error');
    assert.match(moved.message, /^7\.00 in the total reads like two digits transposed for 0\.70/);
});
//# sourceMappingURL=fund-fee-tables.test.js.map