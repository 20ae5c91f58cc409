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
 * How a statement's lines add (facts/readings.ts, facts/footings.ts, parse/body.ts): a line whose
 * label names both ways its figures go (`(earnings)/loss`, `income (expense)`) prints its own sign,
 * `Less:` or not; a total over sub-headings without subtotals adds the rows under them all, back to
 * the total above it; a line that names a row above and a part of it breaks that row down, and is
 * no sum of the rows above.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const body_1 = require("../../server/src/core/parse/body");
const paths_1 = require("../support/paths");
const analysis_1 = require("../support/analysis");
(0, node_test_1.test)('labels that name both ways their figures go', () => {
    for (const label of [
        'Less: other comprehensive (earnings)/loss attributable to noncontrolling interests',
        'Total other income (expense)',
        'Net actuarial (gain) loss',
        'Other gains/(losses), net',
    ]) {
        assert.ok((0, body_1.signedBothWays)(label), label);
    }
    for (const label of ['Less: income attributable to noncontrolling interests', 'Other income', 'Net loss (Note 7)']) {
        assert.ok(!(0, body_1.signedBothWays)(label), label);
    }
    assert.ok((0, body_1.isDeduction)('Less: income attributable to noncontrolling interests'));
    assert.ok(!(0, body_1.isDeduction)('Less: other comprehensive (earnings)/loss attributable to noncontrolling interests'));
});
/** A year's results of discontinued operations: revenues less expenses, plus a signed other line. */
function discontinued(loss) {
    return [
        '                    RESULTS OF DISCONTINUED OPERATIONS',
        '                            (in millions)',
        '',
        '                                               2022',
        '                                              ------',
        'Revenues                                     $ 9,454',
        'Operating expenses',
        '  Cost of revenues                             5,481',
        '  Selling, general and administrative          2,791',
        '  Depreciation and amortization                1,172',
        '                                              ------',
        'Total operating expenses                       9,444',
        'Interest expense                                 131',
        'Equity in net income (loss) of affiliates        (27)',
        'Other income (expense) - net                     (87)',
        '                                              ------',
        'Total other income (expense)                    (245)',
        '                                              ------',
        `Net loss before income taxes                ${loss.padStart(8)}`,
        '',
    ].join('\n');
}
(0, node_test_1.test)('revenues less expenses plus a line that prints its own sign: nothing reported', () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(discontinued('(235)')).filter((f) => f.includes('Net loss') || f.includes('(235)')), []);
});
/** Lease liabilities under two sub-headings without subtotals, after the assets' total. */
function leases(total) {
    return [
        '                           LEASES',
        '                        (in millions)',
        '',
        '                                   Operating    Finance',
        '                                     Leases      Leases',
        '                                   ---------   --------',
        'Assets:',
        '  Machinery and equipment          $     --    $   165',
        '  Other assets                          679         --',
        '                                   ---------   --------',
        'Total lease assets                  $   679    $   165',
        'Liabilities:',
        '  Current',
        '    Current portion of debt        $     --    $    35',
        '    Accrued liabilities                 207         --',
        '  Noncurrent',
        '    Long-term debt                       --         49',
        '    Other liabilities                   526         --',
        '                                   ---------   --------',
        `Total lease liabilities             $   733    $ ${total.padStart(5)}`,
        '',
    ].join('\n');
}
(0, node_test_1.test)('a total over sub-headings without subtotals adds the rows under them all', () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(leases('84')), []);
});
(0, node_test_1.test)('a slip in that total is reported against the rows under both sub-headings', () => {
    const findings = (0, analysis_1.errorsAndWarnings)(leases('94')).filter((f) => f.startsWith('FL101'));
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.match(findings[0], /Total \$ ?94 ≠ sum of rows \$ ?84/);
});
for (const [name, what] of [
    ['mondelez-2023-html-less-row-signed-both-ways', 'a `Less:` row naming both ways, added as printed'],
    ['3m-2025-html-breakdown-lines-after-grand-total', 'lines that break a row above down, after a grand total'],
    ['philip-morris-2025-html-total-over-sub-headings', 'a total over sub-headings without subtotals'],
    ['att-2024-html-net-reading-signed-line', 'a net reading with a line that prints its own sign'],
]) {
    (0, node_test_1.test)(`real filing: ${what}: nothing reported`, () => {
        const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${name}.txt`), 'latin1');
        assert.deepEqual((0, analysis_1.errorsAndWarnings)(text), []);
    });
}
/** Restricted stock units rolled forward: forfeitures printed as an amount, their value in parentheses. */
function units(closing) {
    return [
        '                        RESTRICTED STOCK UNITS',
        '',
        '                                             Units       Value',
        '                                          --------     -------',
        'Beginning of Period                        243,600     $ 3,409',
        'New awards                                       -           -',
        'Actual forfeitures                          20,000        (295)',
        'Expense recognized                               -        (100)',
        '                                          --------     -------',
        `End of Period                              ${closing.padStart(7)}     $ 3,014`,
        '',
    ].join('\n');
}
(0, node_test_1.test)('a roll-forward read as a total takes off the decreases its labels name', () => {
    assert.deepEqual((0, analysis_1.errorsAndWarnings)(units('223,600')).filter((f) => f.startsWith('FL101')), []);
    const slipped = (0, analysis_1.errorsAndWarnings)(units('233,600')).filter((f) => f.startsWith('FL101'));
    assert.equal(slipped.length, 1, JSON.stringify(slipped));
    assert.match(slipped[0], /233,600/);
});
for (const [name, what] of [
    ['gainsco-2009-html-rsu-forfeitures-taken-off', 'forfeitures taken off an RSU roll-forward'],
    ['abbvie-2024-html-repurchases-equal-balances', 'a netted reading tied only by equal balances cancelling'],
]) {
    (0, node_test_1.test)(`real filing: ${what}: nothing reported`, () => {
        const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${name}.txt`), 'latin1');
        assert.deepEqual((0, analysis_1.errorsAndWarnings)(text), []);
    });
}
//# sourceMappingURL=statement-readings.test.js.map