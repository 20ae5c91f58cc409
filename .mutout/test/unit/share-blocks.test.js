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
 * A percent column in a table of blocks, each block adding to its own total and 100% (a plan-assets
 * table for this year, then the same for last year): each row's percent is a share of its own
 * block's total (facts/shares.ts), in text tables as in HTML ones.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const PLAN_ASSETS = [
    '                                   Plan assets',
    '                                 Amount        %',
    '2021',
    'U.S. equities                    $1,270       20%',
    'International equities              936       15',
    'Corporate bonds                   2,081       33',
    'Government bonds                  1,372       22',
    'Other                               659       10',
    '                                 ------      ---',
    '  Total                          $6,318      100%',
    '',
    '2020',
    'U.S. equities                    $1,331       23%',
    'International equities            1,164       20',
    'Corporate bonds                   1,648       29',
    'Government bonds                    981       17',
    'Other                               626       11',
    '                                 ------      ---',
    '  Total                          $5,750      100%',
    '',
].join('\n');
function fl10x(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL102' || f.code === 'FL103');
}
(0, node_test_1.test)("each block's percents are shares of its own total, not of the first block's", () => {
    const [table] = (0, core_1.parseFiling)(PLAN_ASSETS).tables;
    const [share] = (0, core_1.factsOf)(table).shares;
    assert.ok(share, 'the percent column is read as a share of the amounts');
    assert.ok(share.rows.every((r) => r.ok));
    assert.deepEqual(share.rows.map((r) => r.row.cells[share.baseColumn].text.trim() + ' of ' + (r.denominator ? r.denominator.units : '-')), [
        '$1,270 of 6318',
        '936 of 6318',
        '2,081 of 6318',
        '1,372 of 6318',
        '659 of 6318',
        '$1,331 of 5750',
        '1,164 of 5750',
        '1,648 of 5750',
        '981 of 5750',
        '626 of 5750',
    ]);
    assert.deepEqual(fl10x(PLAN_ASSETS), []);
});
(0, node_test_1.test)("a slip in the second block's percent is named against that block's total", () => {
    const slipped = PLAN_ASSETS.replace('Corporate bonds                   1,648       29', 'Corporate bonds                   1,648       92');
    const findings = fl10x(slipped).filter((f) => f.code === 'FL102');
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /^Percent 92 ≠ 29 computed from 1,648 of the total 5,750/);
});
(0, node_test_1.test)("Emerson's plan assets, a block for 2021 and one for 2020 (HTML): nothing reported", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'emerson-2021-html-plan-assets-by-year-block.txt'), 'latin1');
    assert.deepEqual(fl10x(text), []);
    const [table] = (0, core_1.parseFiling)(text).tables.filter((t) => t.rows.some((r) => r.label === 'U.S. equities'));
    const share = (0, core_1.factsOf)(table).shares.find((s) => s.rows.some((r) => r.denominator));
    assert.ok(share, 'read as blocks');
    assert.equal(share.rows.filter((r) => r.denominator?.units === 5750n).length, 6);
});
(0, node_test_1.test)("an income statement's `% of Sales` with none on `Net sales` itself: the shares are of net sales", () => {
    // Motorola's results of operations: costs, earnings before taxes and net earnings each with a
    // percent of sales, none printed on net sales. The sum of the rows with a percent is no whole.
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'motorola-2000-percent-of-sales-beside-costs.txt'), 'latin1');
    const share = (0, core_1.factsOf)((0, core_1.parseFiling)(text).tables[0]).shares.find((s) => s.rows.length > 3);
    assert.equal(share?.denominator.units, 9255n);
    assert.ok(share.rows.every((r) => r.ok));
    // A percent typed wrong is reported, of net sales: 1,598 of 9,255 is 17.3%, not 27%.
    const slipped = text.replace('1,598    17%', '1,598    27%');
    assert.notEqual(slipped, text);
    const found = (0, core_1.analyze)(slipped).findings.filter((f) => f.code === 'FL102');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /27% ≠ 17% computed from 1,598 .* 9,255/);
});
//# sourceMappingURL=share-blocks.test.js.map