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
 * Rates averaged across a row (facts/weightedRates.ts) and what FL106 reports of them: a market-risk
 * table's Total rate is the principal-weighted average of its row's rates. Property tests print random
 * tables of instruments by year of maturity, as a 10-K's Item 7A does, with each Total rate the exact
 * weighted average rounded to its places; one total changed is named, and a table whose reading
 * nothing confirms (one instrument, amounts that do not add up) gets no claim.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const weightedRates_1 = require("../../server/src/core/facts/weightedRates");
const paths_1 = require("../support/paths");
const YEARS = ['2000', '2001', '2002', '2003', '2004', 'THEREAFTER'];
const LABELS = ['Commercial paper', 'Corporate notes and bonds', 'Asset-backed securities', 'Treasury notes'];
function amount(n) {
    return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Basis points as a rate: 580 -> `5.80%`. */
function rate(bp) {
    return `${(bp / 100).toFixed(2)}%`;
}
/** The principal-weighted average of the rates, in basis points, rounded half up. */
function averageOf(i) {
    let w = 0;
    let s = 0;
    i.amounts.forEach((a, k) => {
        w += a;
        s += a * i.rates[k];
    });
    return Math.round(s / w);
}
function render(instruments, totals) {
    const years = instruments[0].amounts.length;
    const cols = [...YEARS.slice(0, years - 1), YEARS[YEARS.length - 1], 'TOTAL'];
    const lines = [
        'The table below presents principal amounts and related weighted average interest rates by year of',
        'maturity for the investment portfolio:',
        '',
        '                               ' + cols.map((c) => c.padStart(12)).join(''),
        '                               ' + cols.map(() => '    --------').join(''),
    ];
    instruments.forEach((inst, n) => {
        const sum = inst.amounts.reduce((a, b) => a + b, 0);
        lines.push(`${LABELS[n].padEnd(31)}` + [...inst.amounts, sum].map((a) => `$${amount(a)}`.padStart(12)).join(''), 'Weighted average interest rate ' +
            [...inst.rates.map(rate), rate(totals[n])].map((r) => r.padStart(12)).join(''));
    });
    return [...lines, ''].join('\n');
}
const instrument = (years) => fast_check_1.default.record({
    amounts: fast_check_1.default.array(fast_check_1.default.integer({ min: 1_000, max: 250_000 }), { minLength: years, maxLength: years }),
    rates: fast_check_1.default.array(fast_check_1.default.integer({ min: 300, max: 1_200 }), { minLength: years, maxLength: years }),
});
/** Two to four instruments of three to six years, their rates not all alike. */
const portfolios = fast_check_1.default
    .integer({ min: 3, max: 6 })
    .chain((years) => fast_check_1.default.array(instrument(years), { minLength: 2, maxLength: 4 }))
    .filter((xs) => xs.every((x) => new Set(x.rates).size > 1));
function fl106(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL106');
}
(0, node_test_1.test)('each Total rate the weighted average of its row: read, and nothing reported', () => {
    fast_check_1.default.assert(fast_check_1.default.property(portfolios, (xs) => {
        const text = render(xs, xs.map(averageOf));
        const [table] = (0, core_1.parseFiling)(text).tables;
        const rows = (0, weightedRates_1.weightedRatesOf)(table);
        assert.equal(rows.length, xs.length, 'every rate row is read against the amounts above it');
        assert.ok(rows.every((r) => r.ok));
        assert.deepEqual(fl106(text), []);
    }), { numRuns: 60, seed: 106 });
});
(0, node_test_1.test)('one Total rate off by more than rounding: FL106 names it, with the average as its fix', () => {
    fast_check_1.default.assert(fast_check_1.default.property(portfolios, fast_check_1.default.nat(), fast_check_1.default.integer({ min: 5, max: 90 }), (xs, pick, off) => {
        const totals = xs.map(averageOf);
        const n = pick % xs.length;
        const changed = [...totals];
        changed[n] = totals[n] + off;
        // Still an average of the row (between its rates), or the row is not read as one.
        if (changed[n] > Math.max(...xs[n].rates))
            return;
        const text = render(xs, changed);
        const findings = fl106(text);
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const [f] = findings;
        const line = text.split('\n')[f.span.line];
        assert.equal(line.slice(f.span.start, f.span.end), rate(changed[n]));
        assert.equal(f.span.line, 6 + 2 * n, 'on the changed row');
        assert.equal((0, core_1.applyEdits)(text, f.fix.edits), render(xs, totals), 'the fix writes the average, in its place');
    }), { numRuns: 80, seed: 1060 });
});
(0, node_test_1.test)('nothing confirms the reading: one instrument, or amounts that do not add up to their total', () => {
    const one = { amounts: [21_129, 6_250, 12_176], rates: [580, 858, 896] };
    // Its total 7.13% printed 6.84%: no other row of the table keeps the average.
    assert.deepEqual(fl106(render([one], [684])), []);
    const two = { amounts: [2_455, 102_850, 4_000], rates: [580, 670, 700] };
    const text = render([one, two], [684, averageOf(two)]);
    assert.equal(fl106(text).length, 1, 'with a second row keeping it, the first is reported');
    // The first row's amounts no longer add up to their total: that row is not read.
    const broken = text.replace('$58,437', '$59,437').replace('$39,555', '$40,555');
    assert.notEqual(broken, text);
    assert.deepEqual(fl106(broken), []);
});
(0, node_test_1.test)("Xerox's swaps: the rates paid and received, weighted by each year's notional total", () => {
    const dir = path.join(paths_1.FIXTURES, 'real');
    const pristine = fs.readFileSync(path.join(dir, 'xerox-1996-swap-rates-weighted-by-notional.txt'), 'utf8');
    const [table] = (0, core_1.parseFiling)(pristine).tables;
    const rows = (0, weightedRates_1.weightedRatesOf)(table);
    assert.deepEqual(rows.map((r) => [r.rates.label, r.weights.label, r.ok]), [
        ['Interest rate paid', 'Total', true],
        ['Interest rate received', 'Total', true],
        ['Interest rate paid', 'Total', true],
        ['Interest rate received', 'Total', true],
    ]);
    // 1996: no swaps mature in 1996, so three years weight each rate.
    assert.deepEqual(rows.map((r) => r.terms.length), [3, 3, 4, 4]);
    const slipped = fs.readFileSync(path.join(dir, 'xerox-1996-swap-rate-total-slipped.txt'), 'utf8');
    const [f] = fl106(slipped);
    assert.match(f.message, /6\.53% reads like two digits transposed/);
    assert.equal((0, core_1.applyEdits)(slipped, f.fix.edits), pristine);
});
//# sourceMappingURL=weighted-rates.test.js.map