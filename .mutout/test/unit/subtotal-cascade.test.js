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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A wrong subtotal and the totals below it (facts/footings.ts `subtotalSlipped`, checks/footing.ts):
 * a slip in `Gross profit` makes `Operating income` fail by as much, though it is printed right. The
 * subtotal is reported, with its fix; the total below is reported one severity lower as following
 * from it, with no fix of its own. And a subtotal's rows read across a heading of their own
 * (facts/readings.ts `sectionItems`), so that the total under them is checked at all.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const facts_1 = require("../../server/src/core/facts");
const paths_1 = require("../support/paths");
const APPLE = path.join(paths_1.FIXTURES, 'real', 'apple-1997-operations-costs-subtotal-slip-carried.txt');
(0, node_test_1.test)('Apple 1997: operating income is net sales less the costs subtotal read across "Special charges:"', () => {
    // The fixture's one slip put back: the statement as filed.
    const text = fs.readFileSync(APPLE, 'latin1').replace(/ {3}8,161 {5}/, '   8,151     ');
    const { model, findings } = (0, core_1.analyze)(text);
    assert.deepEqual(findings.filter((f) => f.code === 'FL101'), []);
    const footings = (0, facts_1.factsOf)(model.tables[0]).footings.filter((f) => f.total.label === 'Operating income (loss)');
    assert.equal(footings.length, 3, 'each year column is checked');
    for (const f of footings) {
        assert.ok(f.ok, `${(0, core_1.format)(f.stated)} = ${(0, core_1.format)(f.computed)}`);
        assert.deepEqual(f.segment.map((r) => r.label), ['Net sales', '']);
    }
});
/**
 * Totals below subtotals, each read as the filing adds it: the subtotals standing for the rows their
 * own footings read (facts/readings.ts `standsFor`). Each total foots in every column named.
 */
const READINGS = [
    {
        fixture: 'ibm-1993-operations-subtotals-across-headings',
        total: 'Operating (Loss) Income',
        rows: ['Gross profit', 'Total Operating Expenses'],
        columns: 3,
    },
    {
        fixture: 'amazon-1998-net-interest-after-operating-loss',
        total: 'Net interest income (expense)',
        rows: ['Interest income', 'Interest expense'],
        columns: 3,
    },
    {
        fixture: 'ford-2002-allowance-net-deductions-subtotal',
        total: 'Balance, end of year',
        rows: ['Balance, beginning of year', 'Provision charged to operations', 'Net deductions'],
        columns: 3,
    },
    {
        fixture: 'microsoft-1996-equity-total-of-closing-balances',
        total: "Total stockholders' equity",
        rows: ['Balance, end of year', 'Balance, end of year'],
        columns: 3,
    },
    {
        fixture: 'intervu-1999-balance-sheet-shares-dated-respectively',
        total: "Total liabilities and stockholders' equity",
        rows: [
            'Total current liabilities',
            'Capital lease obligations, less current portion',
            'Long term debt, less current portion',
            'Other long-term liabilities',
            'at December 31, 1999 and December 31, 1998, respectively',
            "Total stockholders' equity",
        ],
        columns: 2,
    },
    {
        // The balance above a year's movements is not one of them: only a total that names a balance
        // sums the closing balances above it.
        fixture: 'pfizer-1999-equity-comprehensive-income-under-balance',
        total: 'Total comprehensive income',
        rows: ['Net income', 'Total other comprehensive expense'],
        columns: 3,
    },
    {
        fixture: 'kodak-1994-sales-deduction-and-wrapped-total',
        total: 'Total Sales from Continuing Operations',
        rows: ['Total Consumer Imaging', 'Total Commercial Imaging', 'Deduct: Intersegment Sales'],
        columns: 3,
    },
    {
        fixture: 'amd-2000-pro-forma-bracket-markers',
        total: '',
        rows: ['Total current assets', 'Property, plant and equipment, net', 'Investment in joint venture', 'Other assets'],
        columns: 4,
    },
];
for (const { fixture, total, rows, columns } of READINGS) {
    (0, node_test_1.test)(`${fixture}: ${total || 'the unlabelled total'} adds ${rows.join(', ')}`, () => {
        const { model } = (0, core_1.analyze)(fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${fixture}.txt`), 'latin1'));
        const footings = model.tables.flatMap((t) => (0, facts_1.factsOf)(t).footings.filter((f) => f.total.label === total));
        assert.equal(footings.length, columns, 'each column is checked');
        for (const f of footings) {
            assert.ok(f.ok, `${(0, core_1.format)(f.stated)} = ${(0, core_1.format)(f.computed)}`);
            assert.deepEqual(f.segment.map((r) => r.label), rows);
        }
    });
}
(0, node_test_1.test)("Microsoft 1996: a transposition in Total stockholders' equity is reported against the closing balances", () => {
    const fixture = path.join(paths_1.FIXTURES, 'real', 'microsoft-1996-equity-total-of-closing-balances.txt');
    const text = fs.readFileSync(fixture, 'latin1').replace('$6,908', '$6,980');
    const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
    assert.equal(footing.length, 1, footing.map((f) => f.message).join('\n'));
    assert.equal(text.split('\n')[footing[0].span.line].slice(footing[0].span.start, footing[0].span.end), '6,980');
    assert.equal(footing[0].fix?.edits[0].newText.trim(), '6,908');
});
(0, node_test_1.test)('eBay 1999: Total other comprehensive income is read under its heading only, not with net income above it', () => {
    const fixture = path.join(paths_1.FIXTURES, 'real', 'ebay-1999-comprehensive-income-columns-one-space-apart.txt');
    const [table] = (0, core_1.analyze)(fs.readFileSync(fixture, 'latin1')).model.tables;
    const total = 'Total other comprehensive income';
    // Its 1999 figure, 19,653, is net income 10,828 plus the items' 8,825: the filing's own error,
    // which a reading across the heading would confirm as footing. Read under its heading, it fails,
    // and Comprehensive income below, which adds 8,825 in its place, says the subtotal is wrong.
    const footings = (0, facts_1.factsOf)(table).footings.filter((f) => f.total.label === total);
    assert.deepEqual(footings.map((f) => [f.column, f.ok, f.segment.map((r) => r.label)]), [
        [
            3,
            false,
            [
                'Foreign currency translation adjustments..',
                'Unrealized gains on securities',
                'Unrealized losses on securities',
            ],
        ],
    ]);
    assert.equal(footings[0].heldBelow?.total.label, 'Comprehensive income');
    assert.deepEqual((0, facts_1.factsOf)(table)
        .unchecked.filter((u) => u.total.label === total)
        .map((u) => u.column), []);
});
(0, node_test_1.test)('SanDisk 1998: Comprehensive income in the Total column stands for its rows there only', () => {
    const fixture = path.join(paths_1.FIXTURES, 'real', 'sandisk-1998-equity-comprehensive-income-in-total-column.txt');
    const text = fs.readFileSync(fixture, 'latin1');
    const [table] = (0, core_1.analyze)(text).model.tables;
    const closing = (0, facts_1.factsOf)(table).footings.filter((f) => f.total.label === 'Balance at December 31, 1996');
    assert.equal(closing.length, 6, 'every column of the closing balance is checked');
    for (const f of closing) {
        assert.ok(f.ok, `column ${f.column}: ${(0, core_1.format)(f.stated)} = ${(0, core_1.format)(f.computed)}`);
        const labels = f.segment.map((r) => r.label);
        const total = table.columns[f.column].index === 6;
        assert.equal(labels.includes('Comprehensive income'), total, labels.join(', '));
        assert.equal(labels.includes('Net income'), !total, labels.join(', '));
    }
    // A slip in the subtotal is then reported against the balance it makes fail, in the Total column.
    const slipped = text.replace('14,490', '14,940');
    const footing = (0, core_1.analyze)(slipped).findings.filter((f) => f.code === 'FL101');
    assert.ok(footing.some((f) => slipped.split('\n')[f.span.line].includes('14,940')), footing.map((f) => `${f.span.line}: ${f.message}`).join('\n'));
});
/** A figure right-aligned in a column `width` wide, with thousands separators. */
function cell(value, width = 12) {
    return value.toLocaleString('en-US').padStart(width);
}
/** An income statement for two years, each subtotal under a rule, as 1990s 10-Ks print them. */
function statement(years, grossPrinted) {
    const rule = ' '.repeat(40) + '   ---------   ---------';
    const row = (label, a, b) => label.padEnd(40) + cell(a) + cell(b);
    const gross = years.map((y) => y.sales - y.cost);
    const operating = years.map((y, i) => gross[i] - y.selling - y.research);
    const before = years.map((y, i) => operating[i] - y.interest);
    const net = years.map((y, i) => before[i] - y.tax);
    const shown = grossPrinted ?? gross;
    return [
        '                 CONSOLIDATED STATEMENTS OF INCOME',
        '                        (In thousands)',
        '',
        ' '.repeat(40) + '        2004        2003',
        rule,
        row('Net sales', years[0].sales, years[1].sales),
        row('Cost of sales', years[0].cost, years[1].cost),
        rule,
        row('Gross profit', shown[0], shown[1]),
        row('Selling, general and administrative', years[0].selling, years[1].selling),
        row('Research and development', years[0].research, years[1].research),
        rule,
        row('Operating income', operating[0], operating[1]),
        row('Interest expense', years[0].interest, years[1].interest),
        rule,
        row('Income before income taxes', before[0], before[1]),
        row('Provision for income taxes', years[0].tax, years[1].tax),
        rule,
        row('Net income', net[0], net[1]),
        ' '.repeat(40) + '   =========   =========',
        '',
    ].join('\n');
}
const year = fast_check_1.default
    .record({
    sales: fast_check_1.default.integer({ min: 200_000, max: 999_999 }),
    costShare: fast_check_1.default.integer({ min: 30, max: 60 }),
    sellingShare: fast_check_1.default.integer({ min: 5, max: 15 }),
    researchShare: fast_check_1.default.integer({ min: 2, max: 10 }),
    interest: fast_check_1.default.integer({ min: 100, max: 9_999 }),
    taxShare: fast_check_1.default.integer({ min: 20, max: 40 }),
})
    .map((r) => {
    const cost = Math.floor((r.sales * r.costShare) / 100) + 7;
    const selling = Math.floor((r.sales * r.sellingShare) / 100) + 3;
    const research = Math.floor((r.sales * r.researchShare) / 100) + 1;
    const before = r.sales - cost - selling - research - r.interest;
    return {
        sales: r.sales,
        cost,
        selling,
        research,
        interest: r.interest,
        tax: Math.floor((before * r.taxShare) / 100),
    };
});
(0, node_test_1.test)('a statement as generated foots and has no finding', () => {
    fast_check_1.default.assert(fast_check_1.default.property(year, year, (a, b) => {
        const footing = (0, core_1.analyze)(statement([a, b])).findings.filter((f) => f.code === 'FL101');
        assert.deepEqual(footing.map((f) => f.message), []);
    }), { numRuns: 40 });
});
(0, node_test_1.test)('a slipped gross profit is the error; operating income follows from it, one severity lower', () => {
    fast_check_1.default.assert(fast_check_1.default.property(year, year, fast_check_1.default.integer({ min: 0, max: 1 }), fast_check_1.default.integer({ min: 1, max: 4 }), fast_check_1.default.integer({ min: 1, max: 9 }), (a, b, column, place, by) => {
        const gross = [a.sales - a.cost, b.sales - b.cost];
        const printed = gross.slice();
        // One digit changed, from the tens up to the ten thousands (a unit is within the rounding of
        // figures in thousands): the leading digit stays.
        const digit = Math.floor(gross[column] / 10 ** place) % 10;
        printed[column] = gross[column] + (((digit + by) % 10) - digit) * 10 ** place;
        // The leading digit stays, as said above: changed, it can halve the figure (80,000 printed
        // 40,000) or drop its digits (printed 0), and the total below then differs by more than a
        // slip of its own size.
        fast_check_1.default.pre(place < String(gross[column]).length - 1);
        const text = statement([a, b], printed);
        const lines = text.split('\n');
        const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
        const at = (f) => lines[f.span.line].slice(f.span.start, f.span.end);
        const shown = footing.map((f) => `${f.severity} ${f.span.line}: ${f.message}`).join('\n');
        assert.equal(footing.length, 2, shown);
        const [subtotal, below] = footing;
        assert.equal(subtotal.severity, 'error', shown);
        assert.equal(subtotal.span.line, 8, shown);
        assert.equal(at(subtotal), printed[column].toLocaleString('en-US'));
        assert.ok(subtotal.fix, 'the subtotal carries the fix');
        assert.equal(subtotal.fix.edits[0].newText.trim(), gross[column].toLocaleString('en-US'));
        assert.ok(subtotal.related.some((r) => r.span.line === 12 && /foots once this is corrected/.test(r.message)), 'the subtotal names the total that follows from it');
        assert.equal(below.severity, 'warning', shown);
        assert.equal(below.span.line, 12, shown);
        assert.match(below.message, /this follows from .* in Gross profit, which should read/);
        assert.equal(below.fix, undefined, 'the total below has no fix of its own');
    }), { numRuns: 60 });
});
(0, node_test_1.test)('with one year only, the slipped subtotal is a warning, and the total below it one lower still', () => {
    let followed = 0;
    const runs = 40;
    fast_check_1.default.assert(fast_check_1.default.property(year, year, fast_check_1.default.integer({ min: 1, max: 3 }), (a, b, place) => {
        const gross = a.sales - a.cost;
        const digit = Math.floor(gross / 10 ** place) % 10;
        const printed = gross + (((digit + 1) % 10) - digit) * 10 ** place;
        // The second year's column cut off: no other column confirms the statement's reading.
        const text = statement([a, b], [printed, b.sales - b.cost])
            .split('\n')
            .map((line) => line.slice(0, 52).trimEnd())
            .join('\n');
        const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
        const shown = footing.map((f) => `${f.severity} ${f.span.line}: ${f.message}`).join('\n');
        // A difference that a slip in a row above would make as well (`91,903 ... or 108,007 in Cost
        // of sales`) names no one figure for the total below to follow from.
        fast_check_1.default.pre(!/does not say which/.test(shown));
        assert.deepEqual([footing[0]?.span.line, footing[0]?.severity], [8, 'warning'], shown);
        // Where the total below is reported as following from it (not where its difference has
        // another explanation too, and it says less), it is one severity lower.
        for (const f of footing.slice(1)) {
            assert.deepEqual([f.span.line, f.severity], [12, 'information'], shown);
            assert.match(f.message, /this follows from/);
            followed++;
        }
    }), { numRuns: runs });
    assert.ok(followed >= runs / 4, `the total below followed in ${followed} of ${runs} statements`);
});
(0, node_test_1.test)('a reading a small slip away is believed over the plain one a slip of most of the total away', () => {
    // Read as written, Gross profit adds Net sales and Cost of sales (1,299,999), and a slip of Net
    // sales' leading digit (999,994 "for 399,994") would explain its 699,999. Netted, the rows miss it by
    // 10, the slip in Gross profit itself: a difference of most of a total is a misreading's shape.
    const a = { sales: 999_994, cost: 300_005, selling: 50_002, research: 20_000, interest: 100, tax: 125_977 };
    const b = { sales: 200_000, cost: 60_007, selling: 10_003, research: 4_001, interest: 100, tax: 25_177 };
    const text = statement([a, b], [699_999, b.sales - b.cost])
        .split('\n')
        .map((line) => line.slice(0, 52).trimEnd())
        .join('\n');
    const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
    const shown = footing.map((f) => `${f.severity} ${f.span.line}: ${f.message}`).join('\n');
    assert.deepEqual([footing[0]?.span.line, footing[0]?.severity], [8, 'warning'], shown);
    assert.match(footing[0].message, /699,999 .*slip for 699,989/, shown);
});
//# sourceMappingURL=subtotal-cascade.test.js.map